/**
 * Finds every surface form of every entity in a string, in one pass.
 *
 * Pure: text in, matches out, no DOM. Used by the content script on page text
 * and by the index compiler on the corpus, so both follow the same rules.
 *
 * How: the forms are folded (accents, case, typography) into a trie of
 * characters. At each word start the text is walked down the trie, folding
 * each character on the fly, so the cost per character does not grow with the
 * number of forms and the longest form that ends on a word boundary wins
 * (leftmost-longest). No folded copy of the text and no offset map are built:
 * offsets are always the page's own.
 *
 * The trie is compiled once, at build time (`compileTrie`), into strings
 * that the content script ships: every page would otherwise spend tens of
 * milliseconds folding the forms before reading a word.
 */

/** Bits of `Term.flags`; see the catalogue for what each rule is for. */
export const EXACT_CASE = 1;
export const COMMON_WORD = 2;
export const ANY_CASE = 4;
export const AMBIGUOUS = 8;
/** A phrase that contains a form but names something else ("Washington Post"). */
export const NOT_AN_ENTITY = 16;
/** A person's surname on its own ("Bolton"): not theirs after another given name ("Michael Bolton"). */
export const SURNAME = 32;
/** The form starts with a capital, so the page's text must too (unless `ANY_CASE`). */
export const CAPITALISED = 64;
/**
 * A phrase any country or body may use ("Foreign Ministry", "Russian troops"):
 * it is this entity only with evidence near it, in the same paragraph, or when
 * the words around it name the owner ("Russia's Foreign Ministry").
 */
export const NEAR = 128;
/** A surname that is an everyday word too ("Pence"): at a sentence start it needs evidence near it. */
export const SENTENCE_WORD = 256;
/** Any form of a person's name: not theirs when a suffix follows ("Donald Trump Jr."). */
export const PERSON = 512;

export interface Term {
  /** Index of the entity in the dictionary. */
  entity: number;
  /** The form as written in the catalogue. */
  form: string;
  flags: number;
  /** For `AMBIGUOUS` forms: entities whose unambiguous presence confirms it. */
  evidence?: readonly number[];
}

export interface Match {
  start: number;
  end: number;
  term: Term;
  /** The words around it name the entity (a title that fits, its owner): as good as an unambiguous form. */
  confirmed?: true;
  /** Needs evidence near it, in the same paragraph, rather than anywhere on the page. */
  near?: true;
}

import { NAME_PARTICLES, NAME_PREFIXES, NAME_SUFFIX, NOT_NAME_ENDINGS, TITLE_ROLES } from './name-context';
import { ROLES } from '../data/entity-kinds';

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

const COUNT_OFFSET = 0x30;
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

/**
 * Calls `add` with each form's first `length` folded code units (all of a
 * shorter form's), read from the compiled trie without loading a matcher:
 * a walk of the flattened nodes, the open ones' remaining children on a stack.
 */
export function beginningsOf(
  { chars, children, endings }: CompiledTrie,
  length: number,
  add: (codes: readonly number[]) => void,
): void {
  const open = [children.charCodeAt(0) - COUNT_OFFSET];
  const path: number[] = [];
  for (let j = 1; j < chars.length; j++) {
    while (open[open.length - 1] === 0) open.pop();
    open[open.length - 1]!--;
    const depth = open.length;
    open.push(children.charCodeAt(j) - COUNT_OFFSET);
    if (depth > length) continue;
    path.length = depth;
    path[depth - 1] = chars.charCodeAt(j);
    if (depth === length || endings.charCodeAt(j) > COUNT_OFFSET) add(path);
  }
}

/** Folded form of each UTF-16 code unit, filled in as characters are met. */
const foldTable: (string | undefined)[] = [];

/** Tables cover the scripts news is written in; rarer code units go through a map. */
const TABLE_SIZE = 0x3000;
const UNKNOWN = -3;
/** `foldCode` of a character that folds to nothing (soft hyphen, combining mark). */
const NOTHING = -1;
/** `foldCode` of a character that folds to several (a ligature): use `foldChar`. */
export const SEVERAL = -2;
const SPACE_CODE = 32;
const foldCodes = new Int32Array(TABLE_SIZE).fill(UNKNOWN);
const foldCodesBeyond = new Map<number, number>();
// ASCII folds by arithmetic: a page's first words need no regular expression to be read.
for (let code = 0; code < 128; code++)
  foldCodes[code] =
    code >= 65 && code <= 90
      ? code + 32
      : code === 96
        ? 39
        : (code >= 9 && code <= 13) || code === 32
          ? 32
          : code;

/** `foldChar` as a code: the folded code unit, NOTHING or SEVERAL. */
function foldCode(code: number): number {
  let f = code < TABLE_SIZE ? foldCodes[code]! : (foldCodesBeyond.get(code) ?? UNKNOWN);
  if (f === UNKNOWN) {
    const folded = foldChar(String.fromCharCode(code));
    f = folded === '' ? NOTHING : folded.length === 1 ? folded.charCodeAt(0) : SEVERAL;
    if (code < TABLE_SIZE) foldCodes[code] = f;
    else foldCodesBeyond.set(code, f);
  }
  return f;
}
/**
 * Hands `step` the folded code units of `text` from `start` on, as the trie
 * compares them (invisible characters skipped, spaces collapsed; `SEVERAL`
 * for a character that folds to more than one), until it returns false or
 * the text ends.
 */
export function walkFolded(text: string, start: number, step: (code: number) => boolean): void {
  let lastWasSpace = false;
  for (let i = start; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === NOTHING || (f === SPACE_CODE && lastWasSpace)) continue;
    lastWasSpace = f === SPACE_CODE;
    if (!step(f)) return;
  }
}
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032`\u00B4]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const MARK = /\p{M}/u;

/**
 * One character of text as the trie sees it: lower case without accents,
 * apostrophes and dashes unified, any space as one space, and invisible
 * characters (soft hyphens, zero-width spaces, combining marks) as nothing.
 */
export function foldChar(c: string): string {
  const code = c.length === 1 ? c.charCodeAt(0) : -1;
  let folded = code >= 0 ? foldTable[code] : undefined;
  if (folded === undefined) {
    if (ZERO_WIDTH.test(c) || MARK.test(c)) folded = '';
    else if (SPACE.test(c)) folded = ' ';
    else if (APOSTROPHES.test(c)) folded = "'";
    else if (DASHES.test(c)) folded = '-';
    else folded = c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (code >= 0) foldTable[code] = folded;
  }
  return folded;
}

/** A whole string folded the way the trie compares it (spaces collapsed). */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldChar(c);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

/** Accents and typography folded but case kept: for `EXACT_CASE` forms. */
function foldKeepingCase(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldChar(c);
    const kept = f === c.toLowerCase() ? c.normalize('NFD').replace(/\p{M}/gu, '') : f;
    if (kept === ' ' && out.endsWith(' ')) continue;
    out += kept;
  }
  return out;
}

/** What a code unit is to the scan (0: not yet known). */
const NOT_WORD = 1;
const IN_WORD = 2;
/** A word character that can begin a form: a capital, or the first letter of some lower-case form. */
const CAN_START = 3;

/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 not a word character, 2 one. */
const wordChars = new Uint8Array(TABLE_SIZE);
const wordCharsBeyond = new Map<number, boolean>();
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks of any script make up words. */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (code >= TABLE_SIZE) {
    let word = wordCharsBeyond.get(code);
    if (word === undefined) wordCharsBeyond.set(code, (word = WORD_CHAR.test(String.fromCharCode(code))));
    return word;
  }
  if (wordChars[code] === 0) wordChars[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
  return wordChars[code] === 2;
}

export function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

/**
 * True when the text around [start, end) has letters but no lower-case one:
 * a headline in capitals, where "US" is likelier the pronoun than the country.
 */
function isShouted(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 40), start) + text.slice(end, end + 40);
  let capitals = 0;
  for (const c of around) {
    if (c !== c.toUpperCase()) return false;
    if (c !== c.toLowerCase()) capitals++;
  }
  return capitals >= 3;
}

function acceptsCase(term: Term, text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  if (term.flags & EXACT_CASE) {
    if (foldKeepingCase(raw) !== foldKeepingCase(term.form)) return false;
  } else if ((term.flags & (ANY_CASE | CAPITALISED)) === CAPITALISED && !isUpper(raw[0]!)) {
    return false;
  }
  return !(term.flags & COMMON_WORD) || !isShouted(text, start, end);
}

export interface Matcher {
  /** Every match in `text`, in order, not overlapping. */
  find(text: string): Match[];
  /**
   * Whether some form's folded letters begin at `start` (case and word ends
   * not looked at, so never false where `find` would match): a cheap test
   * before the page's structure is read.
   */
  mayStartAt(text: string, start: number): boolean;
}

/** Folds the forms and makes a matcher, all at once: for build-time tools and tests. */
export function buildMatcher(terms: readonly Term[]): Matcher {
  const { trie, order } = compileTrie(terms);
  return loadMatcher(
    order.map((k) => terms[k]!),
    trie,
  );
}

/** A matcher over a trie compiled at build time: what the content script does on a page. */
export function loadMatcher(terms: readonly Term[], trie: CompiledTrie): Matcher {
  const { chars, children, endings } = trie;
  const nodes = chars.length;
  // The terms come in the order of the nodes they end at.
  const termsAt: (Term[] | undefined)[] = [];
  for (let j = 0, k = 0; j < nodes; j++)
    for (let n = endings.charCodeAt(j) - COUNT_OFFSET; n > 0; n--) (termsAt[j] ??= []).push(terms[k++]!);
  // Subtree sizes, from the children counts: walking the nodes backwards, a
  // node's children are the last subtrees finished.
  const sizes = new Uint32Array(nodes);
  const finished: number[] = [];
  for (let j = nodes - 1; j >= 0; j--) {
    let size = 1;
    for (let n = children.charCodeAt(j) - COUNT_OFFSET; n > 0; n--) size += finished.pop()!;
    finished.push((sizes[j] = size));
  }
  const size = (node: number) => sizes[node]!;
  // The root has a child per letter forms start with: a map beats scanning them.
  const rootChildren = new Map<number, number>();
  for (let j = 1; j < chars.length; j += size(j)) rootChildren.set(chars.charCodeAt(j), j);
  /** The child of `node` reached by the folded code unit `code`, or -1. */
  const child = (node: number, code: number): number => {
    if (node === 0) return rootChildren.get(code) ?? -1;
    const end = node + size(node);
    for (let j = node + 1; j < end; j += size(j)) if (chars.charCodeAt(j) === code) return j;
    return -1;
  };
  const givenNames = new Map(
    Object.entries(trie.givenNames).map(([e, words]) => [Number(e), new Set(words)]),
  );
  const roles = new Map(Object.entries(trie.roles).map(([e, bits]) => [Number(e), bits]));

  // Where forms end along the current walk; reused so a walk allocates nothing.
  const candidateEnds: number[] = [];
  const candidateTerms: Term[][] = [];

  /** The longest acceptable match starting at `start`, if any. */
  function longestAt(text: string, start: number): Match | undefined {
    let found = 0;
    let node = 0;
    let lastWasSpace = false;
    for (let i = start; i < text.length; i++) {
      const f = foldCode(text.charCodeAt(i));
      if (f === NOTHING) continue;
      if (f === SPACE_CODE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      if (f === SEVERAL) {
        const folded = foldChar(text[i]!);
        for (let k = 0; node >= 0 && k < folded.length; k++) node = child(node, folded.charCodeAt(k));
      } else {
        node = child(node, f);
      }
      if (node < 0) break;
      const ending = termsAt[node];
      if (ending) {
        let end = i + 1;
        // Combining marks after the last letter belong to it ("Guaido" + U+0301).
        while (end < text.length && MARK.test(text[end]!)) end++;
        if (end === text.length || !isWordChar(text.charCodeAt(end))) {
          candidateEnds[found] = end;
          candidateTerms[found] = ending;
          found++;
        }
      }
    }
    for (let k = found - 1; k >= 0; k--) {
      const end = candidateEnds[k]!;
      const term = candidateTerms[k]!.find((t) => acceptsCase(t, text, start, end));
      if (term) return { start, end, term };
    }
    return undefined;
  }

  /** Whether `word` (folded) is one of the person's given names, declined or not ("владимира"). */
  const isOwnGivenName = (entity: number, word: string): boolean => {
    const own = givenNames.get(entity);
    if (!own) return false;
    if (own.has(word)) return true;
    // Only Russian and Ukrainian decline names (data/declension.ts): a Cyrillic word may be the
    // name with a case ending of up to three letters ("владимира", "володимирові"). A Latin word
    // must be the name itself, or "Alan" would be "Al" declined.
    if (!CYRILLIC.test(word)) return false;
    for (let cut = 1; cut <= 3 && cut < word.length; cut++)
      if (own.has(word.slice(0, word.length - cut))) return true;
    return false;
  };

  /**
   * Whether a person's surname alone at `m` is theirs, by the words around it:
   * someone else's after another given name ("Michael Bolton"), in a
   * double-barrelled name ("Chavez-DeRemer"), after a title they never held
   * ("Admiral Ushakov") or, for a common surname, before another capitalised
   * name ("Bolton Wanderers"); confirmed by their own given name or a title
   * they held ("Foreign Minister Lavrov").
   */
  function judgeSurname(text: string, m: Match, before: Match | undefined): number {
    const { start, end } = m;
    const entity = m.term.entity;
    if (text[end] === '-' && isUpperCode(text.charCodeAt(end + 1)) && !longestAt(text, end + 1))
      return REJECTED;
    if (m.term.flags & AMBIGUOUS) {
      const next = wordAfter(text, end);
      if (next && isUpper(next[0]!) && !NAME_PREFIXES.has(fold(next))) return REJECTED;
    }
    let at = start;
    if (text[start - 1] === '-') {
      // "al-Assad": the given name is before the particle; "Trump-Putin": two names Gloss knows;
      // "pro-Maduro": a lower-case prefix; any other capitalised half makes it someone else's.
      const joined = wordEndingAt(text, start - 1);
      if (joined && NAME_PARTICLES.has(fold(joined.word))) at = joined.start;
      else return joined && isUpper(joined.word[0]!) && before?.end !== start - 1 ? REJECTED : PLAIN;
    }
    let prev = wordBefore(text, at);
    if (prev && NAME_PARTICLES.has(fold(prev.word))) prev = wordBefore(text, prev.start);
    if (!prev) return PLAIN;
    const folded = fold(prev.word);
    if (isOwnGivenName(entity, folded)) return CONFIRMED;
    const titled = TITLE_ROLES.get(folded);
    if (titled !== undefined) {
      if (titled === 0) return PLAIN;
      // "Vice President Pence" is a vice-president.
      const vice = titled & HEAD && fold(wordBefore(text, prev.start)?.word ?? '') === 'vice';
      return (vice ? VICE : titled) & (roles.get(entity) ?? 0) ? CONFIRMED : REJECTED;
    }
    // A lower-case word, or a letter ("Venezuela's Maduro" ends in "s"), is no given name.
    if (prev.word.length < 2 || !isUpper(prev.word[0]!)) return PLAIN;
    if (NAME_PREFIXES.has(folded) || NOT_NAME_ENDINGS.test(folded)) return PLAIN;
    // "Vladimir Vladimirovich Putin": a patronymic after the entity's own given name.
    const beforePrev = wordBefore(text, prev.start);
    return beforePrev && isOwnGivenName(entity, fold(beforePrev.word)) ? CONFIRMED : REJECTED;
  }

  /**
   * Whether a phrase any country may use (`NEAR`) is this entity's, by the
   * names right around it: "Russia's Foreign Ministry" and "Asamblea Nacional
   * de Venezuela" are; "India's Foreign Ministry", "the Ukraine Defense
   * Contact Group" and "Asamblea Nacional de Ecuador" are not.
   */
  function judgePhrase(text: string, m: Match, before: Match | undefined): number {
    const owners = [m.term.entity, ...(m.term.evidence ?? [])];
    let i = m.start;
    while (i > 0 && foldCode(text.charCodeAt(i - 1)) === SPACE_CODE) i--;
    if (i < m.start) {
      const possessive = /['’]s$/.test(text.slice(i - 2, i));
      if (possessive) i -= 2;
      if (before?.end === i) return owners.includes(before.term.entity) ? CONFIRMED : REJECTED;
      // A capitalised word right before it names another owner ("India's", "Ukraine Defense"),
      // unless it is an adjective of nationality ("Russian strategic bombers"): then the paragraph decides.
      const prev = wordEndingAt(text, i);
      const word = prev ? fold(prev.word) : '';
      if (prev && isUpper(prev.word[0]!) && !NAME_PREFIXES.has(word) && (possessive || !DEMONYM.test(word)))
        return REJECTED;
    }
    const of = OWNER_AFTER.exec(text.slice(m.end, m.end + 16));
    const next = of ? longestAt(text, m.end + of[0].length) : undefined;
    if (next) return owners.includes(next.term.entity) ? CONFIRMED : REJECTED;
    if (of?.[1] && isUpperCode(text.charCodeAt(m.end + of[0].length))) return REJECTED;
    return PLAIN;
  }

  /** Whether a match is its entity, by the words around it; `before` is the match kept before it. */
  function judge(text: string, m: Match, before: Match | undefined): number {
    const flags = m.term.flags;
    if (flags & NOT_AN_ENTITY) return REJECTED;
    if (flags & PERSON && followedBySuffix(text, m.end)) return REJECTED;
    if (flags & SURNAME) {
      const verdict = judgeSurname(text, m, before);
      if (verdict === PLAIN && flags & SENTENCE_WORD && atSentenceStart(text, m.start)) m.near = true;
      return verdict;
    }
    if (!(flags & NEAR)) return PLAIN;
    const verdict = judgePhrase(text, m, before);
    if (verdict === PLAIN) m.near = true;
    return verdict;
  }

  const lowerStarts = new Set(trie.lowerStarts);
  /**
   * What each code unit is to the scan, filled in as characters are met:
   * one table read per character, no call, which matters most on a page's
   * first pass, before the JIT has compiled anything.
   */
  const classes = new Uint8Array(TABLE_SIZE);
  const classesBeyond = new Map<number, number>();
  const classify = (code: number): number => {
    const k = !isWordChar(code)
      ? NOT_WORD
      : (code >= 65 && code <= 90) || lowerStarts.has(code) || (code >= 128 && isUpperCode(code))
        ? CAN_START
        : IN_WORD;
    if (code < TABLE_SIZE) classes[code] = k;
    else classesBeyond.set(code, k);
    return k;
  };
  const classOf = (code: number): number =>
    (code < TABLE_SIZE ? classes[code]! : (classesBeyond.get(code) ?? 0)) || classify(code);

  /** The match at `start` pushed onto `matches` unless the words around reject it; its end, or -1. */
  function matchAt(text: string, start: number, matches: Match[]): number {
    const match = longestAt(text, start);
    if (!match) return -1;
    const verdict = judge(text, match, matches[matches.length - 1]);
    if (verdict === CONFIRMED) match.confirmed = true;
    if (verdict !== REJECTED) matches.push(match);
    return match.end;
  }

  return {
    mayStartAt(text, start) {
      let node = 0;
      let may = true;
      walkFolded(text, start, (f) => {
        // A character that folds to several letters: the matcher judges.
        if (f === SEVERAL) return false;
        node = child(node, f);
        may = node >= 0;
        return may && !termsAt[node];
      });
      return may;
    },
    find(text) {
      const matches: Match[] = [];
      const length = text.length;
      let i = 0;
      while (i < length) {
        const code = text.charCodeAt(i);
        const k = (code < TABLE_SIZE ? classes[code]! : 0) || classOf(code);
        if (k === NOT_WORD) {
          i++;
          continue;
        }
        if (k === CAN_START) {
          const end = matchAt(text, i, matches);
          if (end >= 0) {
            i = end;
            continue;
          }
        }
        // The rest of the word starts nothing.
        for (i++; i < length; i++) {
          const c = text.charCodeAt(i);
          if (((c < TABLE_SIZE ? classes[c]! : 0) || classOf(c)) === NOT_WORD) break;
        }
      }
      return matches;
    },
  };
}

/** Whether a name suffix ("Jr.", "III") follows `end` in `text`. */
function followedBySuffix(text: string, end: number): boolean {
  NAME_SUFFIX.lastIndex = end;
  return NAME_SUFFIX.test(text);
}

/** A Cyrillic letter: a word with one may be a declined given name (`isOwnGivenName`). */
const CYRILLIC = /[\u0400-\u04ff]/;

/** What the words around a match say of it (`judge`). */
const REJECTED = 0;
const PLAIN = 1;
const CONFIRMED = 2;
const HEAD = 1 << ROLES.indexOf('head');
const VICE = 1 << ROLES.indexOf('vice');

/** How adjectives of nationality end: "Russian", "Chinese", "British", "Iraqi", "Dutch". */
const DEMONYM = /^.{2,}(?:an|ese|ish|i|ch)$/;

/** "of Venezuela", "de Ecuador", "du Venezuela": a phrase's owner named after it (group 1 when a preposition says so). */
const OWNER_AFTER = /^\s+(?:(of|de|del|du|des|de la|of the)\s+)?/;

/** The word (hyphens kept: "Jean-Pierre") that ends exactly at `end`. */
function wordEndingAt(text: string, end: number): { word: string; start: number } | undefined {
  let j = end;
  while (j > 0 && (isWordChar(text.charCodeAt(j - 1)) || text[j - 1] === '-')) j--;
  return j < end ? { word: text.slice(j, end), start: j } : undefined;
}

/** The word that ends right before `end`, separated from it by spaces only. */
function wordBefore(text: string, end: number): { word: string; start: number } | undefined {
  let i = end;
  while (i > 0 && foldCode(text.charCodeAt(i - 1)) === SPACE_CODE) i--;
  return i === end ? undefined : wordEndingAt(text, i);
}

/** The word that starts right after `end`, separated from it by spaces only. */
function wordAfter(text: string, end: number): string | undefined {
  let i = end;
  while (i < text.length && foldCode(text.charCodeAt(i)) === SPACE_CODE) i++;
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return i > end && j > i ? text.slice(i, j) : undefined;
}

/** Whether `start` opens a sentence (or the text), where any word has a capital. */
function atSentenceStart(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && /[\s"'“”‘’«»„([]/.test(text[i - 1]!)) i--;
  return i === 0 || /[.!?:;…]/.test(text[i - 1]!);
}

const upperCodes = new Map<number, boolean>();
function isUpperCode(code: number): boolean {
  let upper = upperCodes.get(code);
  if (upper === undefined) upperCodes.set(code, (upper = isUpper(String.fromCharCode(code))));
  return upper;
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

/**
 * Keeps the matches that need no evidence, and ambiguous ones ("Astana",
 * "Abrams") only for entities that `evidence` holds: entities named on the
 * same page or in the same article by an unambiguous form. A short form alone
 * is not enough to tell the Astana format from the city. Matches that need
 * evidence near them (`near`) look in `nearby` instead, asked for only when
 * one does: the paragraph on a page; the article, by default.
 */
export function withEvidence(
  matches: readonly Match[],
  evidence: ReadonlySet<number>,
  nearby: () => ReadonlySet<number> = () => evidence,
): Match[] {
  let near: ReadonlySet<number> | undefined;
  return matches.filter((m) => {
    if (m.confirmed) return true;
    if (m.near) return evidencedIn(m, (near ??= nearby()));
    return !(m.term.flags & AMBIGUOUS) || evidencedIn(m, evidence);
  });
}

/** Whether `evidence` names the match's entity or one that confirms it (`Term.evidence`). */
function evidencedIn(m: Match, evidence: ReadonlySet<number>): boolean {
  return evidence.has(m.term.entity) || (m.term.evidence?.some((e) => evidence.has(e)) ?? false);
}

/** The entities that `matches` name unambiguously. */
export function evidenceOf(matches: readonly Match[]): Set<number> {
  const entities = new Set<number>();
  for (const m of matches) if (!(m.term.flags & AMBIGUOUS) || m.confirmed) entities.add(m.term.entity);
  return entities;
}
