/** The kinds of entity, in their own module so that importing them never pulls in the catalogue. */
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
