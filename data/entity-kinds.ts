/**
 * What an entity is (kinds and roles; the interface names them in
 * locales/), in their own module so that importing them never pulls in the
 * catalogue.
 */
export const ENTITY_KINDS = [
  'person',
  'organisation',
  'country',
  'place',
  'agreement',
  'format',
  'doctrine',
  'event',
  'company',
  'concept',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The offices a person held, as titles name them (matching/name-context.ts lists the titles). */
export const ROLES = [
  'head',
  'vice',
  'minister',
  'secretary',
  'spokesperson',
  'diplomat',
  'adviser',
  'military',
  'legislator',
] as const;
export type Role = (typeof ROLES)[number];

export interface FormDef {
  text: string;
  exactCase?: true;
  commonWord?: true;
  /** Any capitalisation, including all lower case ("state department"). */
  anyCase?: true;
  /** What else the form usually means: needs evidence on the page. */
  ambiguous?: string;
  /** Other entities whose unambiguous presence also confirms an ambiguous form. */
  evidencedBy?: string[];
  /**
   * A phrase other countries and bodies use too ("Foreign Ministry"): what
   * else it names. Marked only with evidence in the same paragraph (an entity
   * in `evidencedBy`) or its owner named around it ("Russia's Foreign Ministry").
   */
  generic?: string;
  /** A surname that is also an everyday word ("Pence"): at a sentence start, needs evidence near it. */
  sentenceWord?: true;
  /** A spelling readers use that the five texts happen not to. */
  notInTexts?: true;
}

/** A form's text, whether the catalogue wrote it alone or with its rules. */
export const formText = (form: string | FormDef): string => (typeof form === 'string' ? form : form.text);

/** An entity as written by hand in data/catalogue.ts (form rules there). */
export interface EntityDef {
  id: string;
  name: string;
  kind: EntityKind;
  /**
   * Gloss's own words: who or what it is (true whatever happens next), what
   * it was in 2019, and what changed since, each change with its date.
   */
  description: string;
  /** The month the description was last checked against sources (YYYY-MM), shown in the card. */
  checked: string;
  forms: (string | FormDef)[];
  /**
   * The entity's names in the other languages news about it is written in
   * (Spanish, Portuguese, French, German, Russian, Ukrainian), with the case
   * endings Russian adds to names. None is in the five English texts.
   */
  translations?: (string | FormDef)[];
  /** For people: the offices they held, so a title that fits confirms them and one that does not rules them out. */
  roles?: Role[];
  /**
   * For people: why their surname alone means them on news pages. Without
   * it, the surname alone is theirs only where the page also names them in
   * full or with a title that fits.
   */
  rareSurname?: string;
}
