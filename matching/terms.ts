/**
 * The shape of the compact dictionary the content script ships with
 * (data/generated/dictionary.json, built by compile/dictionary.ts), and its
 * unpacking into matcher terms. Kept apart from the catalogue so that the
 * catalogue's descriptions stay out of the content script.
 */
import type { EntityKind } from '../data/entity-kinds';
import { loadMatcher, type CompiledTrie, type Matcher, type Term } from './matcher';
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

export function termsOf(dictionary: Pick<Dictionary, 'terms'>): Term[] {
  return dictionary.terms.map(([form, entity, flags, evidence]) =>
    evidence ? { form, entity, flags, evidence } : { form, entity, flags },
  );
}

/** The matcher a dictionary's compiled trie gives: the one the content script runs. */
export function matcherOf(dictionary: Dictionary): Matcher {
  return loadMatcher(termsOf(dictionary), dictionary.trie);
}
