/**
 * The catalogue as the reader reads it: each entity's name and Gloss's
 * description of it in the language Gloss's interface speaks
 * (data/catalogue.<lang>.json), English where Gloss has no other. Gloss's
 * pages load it once, before they show anything (`loadEntityNames`), and
 * fetch only that one language; the content script never does. The
 * articles' own words (passages, titles) stay in English, as written.
 */
import { CATALOGUE, nameOf } from '../data/catalogue';
import type { CatalogueLanguage } from '../data/catalogue-language';
import { messagesLanguage } from '../i18n/i18n';
import type { EntityCard } from '../card/card-content';

const FILES = import.meta.glob<CatalogueLanguage>('../data/catalogue.*.json', { import: 'default' });
let table: CatalogueLanguage | undefined;

/** Loads the names and descriptions of `language` (the interface's unless given); English needs none. */
export async function loadEntityNames(language = messagesLanguage()): Promise<void> {
  table = await FILES[`../data/catalogue.${language}.json`]?.();
}

/**
 * A name as a heading or a list shows it: the press writes "formato de
 * Astaná" or "doctrine Monroe" inside a sentence, a card heads it with a capital.
 */
const headed = (name: string) => name.charAt(0).toLocaleUpperCase() + name.slice(1);

/** An entity's name in the reader's language; the id if Gloss does not know it. */
export function entityName(id: string): string {
  const own = table?.[id]?.name;
  return own ? headed(own) : nameOf(id);
}

/** Gloss's description of an entity in the reader's language. */
export const entityDescription = (id: string): string =>
  table?.[id]?.description ?? CATALOGUE.find((e) => e.id === id)?.description ?? '';

/** A card as the background built it (in English), with Gloss's own words in the reader's language. */
export function inReaderLanguage(card: EntityCard): EntityCard {
  const own = table?.[card.id];
  return {
    ...card,
    ...(own && { name: headed(own.name), description: own.description, checked: own.checked }),
    related: card.related.map((r) => ({ ...r, name: entityName(r.id) })),
  };
}
