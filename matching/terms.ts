/**
 * The shape of the compact dictionary the content script ships with
 * (data/generated/dictionary.json, built by compile/dictionary.ts), and its
 * unpacking into matcher terms. Kept apart from the catalogue so that the
 * catalogue's descriptions stay out of the content script.
 */
import type { EntityKind } from '../data/entity-kinds';
import { loadMatcher, type Matcher } from './matcher';
import type { CompiledTrie } from './trie';
import type { Term } from './rules';
import type { CompiledScan } from './scan';

export interface Dictionary {
  ids: string[];
  kinds: EntityKind[];
  /** [form, entity index, flags, evidence entity indices?] */
  terms: [string, number, number, number[]?][];
  /** The forms' trie, compiled at build time (see matcher.ts). */
  trie: CompiledTrie;
  /** Where forms may begin on a page, as regular expressions (see scan.ts). */
  scan: CompiledScan;
}

/**
 * What the content script needs of the dictionary: the entities' ids and
 * kinds, and each term's entity, rule bits and evidence, in the dictionary's
 * order (a found match names its term by that order). The background finds;
 * the page judges evidence and the reader's settings, and names what it marks.
 */
export interface PageTerms {
  ids: string[];
  kinds: EntityKind[];
  /** [entity index, flags, evidence entity indices?] */
  terms: [number, number, number[]?][];
}

export function pageTermsOf({ ids, kinds, terms }: Dictionary): PageTerms {
  return { ids, kinds, terms: terms.map(([, ...rest]) => rest) };
}

/** A term as the matcher takes it; `evidence` only where there is some. */
const termOf = (form: string, entity: number, flags: number, evidence?: number[]): Term =>
  evidence ? { form, entity, flags, evidence } : { form, entity, flags };

/** The `k`th term of the page's list, as the matcher's `Term` (its form's text is the background's). */
export function pageTerm({ terms }: PageTerms, k: number): Term {
  return termOf('', ...terms[k]!);
}

export function termsOf(dictionary: Pick<Dictionary, 'terms'>): Term[] {
  return dictionary.terms.map((term) => termOf(...term));
}

/** The matcher a dictionary's compiled trie gives: the one the content script runs. */
export function matcherOf(dictionary: Dictionary): Matcher {
  return loadMatcher(termsOf(dictionary), dictionary.trie);
}
