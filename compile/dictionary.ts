/**
 * The compact dictionary that the content script matches pages against:
 * entity ids, names and kinds, and every form with its rule bits. Built from
 * the catalogue; descriptions and passages stay out of it (and out of the
 * content script) and are fetched from the background when a card opens.
 */
import { CATALOGUE, NOT_ENTITIES, type EntityDef } from '../data/catalogue';
import type { Dictionary } from '../matching/terms';
import { withCatalogueNames } from './catalogue-names';
import {
  AMBIGUOUS,
  ANY_CASE,
  COMMON_WORD,
  EXACT_CASE,
  NOT_AN_ENTITY,
  SURNAME,
  CAPITALISED,
  NEAR,
  PERSON,
  SENTENCE_WORD,
} from '../matching/rules';
import { compileTrie } from '../matching/trie';
import { isUpper } from '../matching/fold';
import { roleBits } from '../matching/name-context';
import { compileScan } from '../matching/scan';
import { termsOf } from '../matching/terms';

export function buildDictionary(catalogue: readonly EntityDef[] = withCatalogueNames(CATALOGUE)): Dictionary {
  const index = new Map(catalogue.map((e, i) => [e.id, i]));
  const indexOf = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`Unknown entity id in evidencedBy: ${id}`);
    return i;
  };
  const terms: Dictionary['terms'] = [];
  const roles: Record<number, number> = {};
  catalogue.forEach((entity, i) => {
    if (entity.roles) roles[i] = roleBits(entity.roles);
    const person = entity.kind === 'person';
    for (const def of [...entity.forms, ...(entity.translations ?? [])]) {
      const form = typeof def === 'string' ? { text: def } : def;
      const surname = person && !/\s/.test(form.text);
      const flags =
        (form.exactCase ? EXACT_CASE : 0) |
        (form.commonWord ? COMMON_WORD : 0) |
        (form.anyCase ? ANY_CASE : 0) |
        // A common surname alone needs the page to name its person in full, or with a title.
        (form.ambiguous || form.generic || (surname && !entity.rareSurname) ? AMBIGUOUS : 0) |
        (form.generic ? NEAR : 0) |
        (form.sentenceWord ? SENTENCE_WORD : 0) |
        (person ? PERSON : 0) |
        (surname ? SURNAME : 0) |
        (isUpper(form.text[0]!) ? CAPITALISED : 0);
      const evidence = form.evidencedBy?.map(indexOf);
      terms.push(evidence ? [form.text, i, flags, evidence] : [form.text, i, flags]);
    }
  });
  for (const phrase of NOT_ENTITIES) terms.push([phrase, -1, NOT_AN_ENTITY]);
  const { trie, order } = compileTrie(termsOf({ terms }), roles);
  return {
    ids: catalogue.map((e) => e.id),
    kinds: catalogue.map((e) => e.kind),
    terms: order.map((k) => terms[k]!),
    trie,
    scan: compileScan(termsOf({ terms })),
  };
}

/**
 * The dictionary as the content script ships it: on a page, a form's text is
 * needed only to compare exact-case forms ("US"); every other rule is in its
 * flags and the compiled trie. Keeps about 3 kB (gzipped) off every page.
 */
export function forShipping(dictionary: Dictionary): Dictionary {
  return {
    ...dictionary,
    terms: dictionary.terms.map(([form, entity, flags, evidence]) => {
      const kept = flags & EXACT_CASE ? form : '';
      return evidence ? [kept, entity, flags, evidence] : [kept, entity, flags];
    }),
  };
}
