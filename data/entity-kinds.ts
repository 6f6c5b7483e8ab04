/**
 * What an entity is, and how it is named in the interface: in their own
 * module so that importing them never pulls in the catalogue.
 */
export const ENTITY_KINDS = [
  'person',
  'organisation',
  'country',
  'place',
  'agreement',
  'doctrine',
  'event',
  'company',
  'concept',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How each kind is named: one entity ("Person") and a list of them ("People"). */
export const KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  country: { one: 'Country', many: 'Countries' },
  place: { one: 'Place', many: 'Cities, regions and other places' },
  agreement: { one: 'Agreement or format', many: 'Agreements and formats' },
  doctrine: { one: 'Doctrine', many: 'Doctrines' },
  event: { one: 'Event', many: 'Events' },
  company: { one: 'Company', many: 'Companies' },
  concept: { one: 'Concept', many: 'Concepts' },
};

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
  /** A spelling readers use that the five texts happen not to. */
  notInTexts?: true;
}

/** An entity as written by hand in data/catalogue.ts (form rules there). */
export interface EntityDef {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  forms: (string | FormDef)[];
  /**
   * The entity's names in the other languages news about it is written in
   * (Spanish, Portuguese, French, German, Russian, Ukrainian), with the case
   * endings Russian adds to names. None is in the five English texts.
   */
  translations?: (string | FormDef)[];
}
