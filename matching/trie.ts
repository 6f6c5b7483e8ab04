/**
 * The forms folded into a trie at build time and flattened into strings the
 * background ships (`compileTrie`). Pure.
 */
import { NAME_PARTICLES } from './name-context';
import { ANY_CASE, SURNAME, type Term } from './rules';
import { fold, isUpper, SPACE_CODE } from './fold';

/**
 * The forms' trie, flattened in depth-first order: node 0 is the root, a
 * node's first child follows it, and each next sibling follows the previous
 * one's subtree. Strings, one code unit a node, are the smallest and fastest
 * thing to ship in JSON and to read: small counts compress far better than
 * subtree sizes or node numbers, which the matcher derives when it loads.
 */
export interface CompiledTrie {
  /** Each node's folded code unit (the root's is a space, never read). */
  chars: string;
  /** Each node's number of children, plus `COUNT_OFFSET` (so that no code unit needs escaping in JSON). */
  children: string;
  /**
   * How many terms end at each node, plus `COUNT_OFFSET`: the terms are in
   * the order of the nodes they end at (`compileTrie` gives that order).
   */
  endings: string;
  /** Lower-case letters some form can start with: see `lowerCaseStarts`. */
  lowerStarts: number[];
  /** Per person (entity index), the folded words before the surname in their longer forms ("nicolas"). */
  givenNames: Record<number, string[]>;
  /** Per person (entity index), the roles they had as bits (name-context.ts `roleBits`). */
  roles: Record<number, number>;
}

export const COUNT_OFFSET = 0x30;
const count = (n: number): string => {
  if (n + COUNT_OFFSET >= 0xd800)
    throw new Error(`A trie node with ${n} children or terms is too many to ship`);
  return String.fromCharCode(n + COUNT_OFFSET);
};

interface BuildNode {
  next: Map<number, BuildNode>;
  terms: number[];
}

/**
 * Folds every form into a trie and flattens it: run at build time
 * (compile/dictionary.ts). `order` lists the terms' indices in the order the
 * trie needs them: the matcher is loaded with `order.map((k) => terms[k])`.
 */
export function compileTrie(
  terms: readonly Term[],
  roles: Record<number, number> = {},
): { trie: CompiledTrie; order: number[] } {
  const root: BuildNode = { next: new Map(), terms: [] };
  terms.forEach((term, k) => {
    let node = root;
    const key = fold(term.form);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), terms: [] }));
      node = child;
    }
    node.terms.push(k);
  });
  let chars = '';
  let children = '';
  let endings = '';
  const order: number[] = [];
  const visit = (node: BuildNode, code: number): void => {
    chars += String.fromCharCode(code);
    children += count(node.next.size);
    endings += count(node.terms.length);
    order.push(...node.terms);
    for (const c of [...node.next.keys()].sort((a, b) => a - b)) visit(node.next.get(c)!, c);
  };
  visit(root, SPACE_CODE);
  const givenNames: Record<number, string[]> = {};
  const people = new Set(terms.filter((t) => t.flags & SURNAME).map((t) => t.entity));
  for (const term of terms) {
    const words = fold(term.form).split(' ');
    if (words.length < 2 || !people.has(term.entity)) continue;
    const names = (givenNames[term.entity] ??= []);
    // A particle ("al" of "al Asad") is part of the surname, nobody's given name.
    for (const word of words.slice(0, -1))
      if (!NAME_PARTICLES.has(word) && !names.includes(word)) names.push(word);
  }
  return {
    trie: { chars, children, endings, lowerStarts: [...lowerCaseStarts(terms)], givenNames, roles },
    order,
  };
}

/** Latin and Cyrillic letters: where the accented variants of lower-case letters are. */
const VARIANT_RANGES: [number, number][] = [
  [0x0061, 0x007a],
  [0x00c0, 0x024f],
  [0x0400, 0x04ff],
];

/**
 * Most forms must start with a capital on the page, so most words (lower
 * case) cannot start a match and are skipped without walking the trie. The
 * exceptions are the letters some lower-case or any-case form begins with
 * ("state department", "доктрина Монро"), in any accented variant.
 */
function lowerCaseStarts(terms: readonly Term[]): Set<number> {
  const folded = new Set<string>();
  for (const term of terms) {
    const first = term.form[0]!;
    if (!isUpper(first) || term.flags & ANY_CASE) folded.add(fold(first));
  }
  const codes = new Set<number>();
  for (const [from, to] of VARIANT_RANGES) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      if (!isUpper(c) && folded.has(fold(c))) codes.add(code);
    }
  }
  return codes;
}
