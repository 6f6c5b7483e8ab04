/**
 * The catalogue in the reader's language: each entity's name and Gloss's
 * description of it, one data file per language beside the English
 * catalogue (data/catalogue.<lang>.json), loaded by Gloss's pages for the
 * language they are shown in. The five articles' passages stay as written.
 */

export const CATALOGUE_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'uk'] as const;
export type Language = (typeof CATALOGUE_LANGUAGES)[number];

export interface Translated {
  name: string;
  description: string;
  /** The month this translation was last checked against the English (YYYY-MM). */
  checked: string;
}

/** Entity id → its name and description in one language. */
export type CatalogueLanguage = Record<string, Translated>;
