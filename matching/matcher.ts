/**
 * Finds every surface form of every entity in a string, in one pass.
 *
 * Pure: text in, matches out, no DOM. Used by the background on pages' text
 * (finding.ts) and by the index compiler on the corpus, so both follow the
 * same rules. Text is folded as fold.ts says; each match is judged by the
 * words around it (judge.ts).
 *
 * How: the forms are folded (accents, case, typography) into a trie of
 * characters. At each word start the text is walked down the trie, folding
 * each character on the fly, so the cost per character does not grow with the
 * number of forms and the longest form that ends on a word boundary wins
 * (leftmost-longest). No folded copy of the text and no offset map are built:
 * offsets are always the page's own.
 *
 * The trie is compiled once, at build time (trie.ts), into strings the
 * background ships: loading it would otherwise mean folding every form.
 */
import { judgeOf, CONFIRMED, REJECTED } from './judge';
import {
  ANY_CASE,
  CAPITALISED,
  COMMON_WORD,
  EXACT_CASE,
  NOT_AN_ENTITY,
  type Match,
  type Term,
} from './rules';
import {
  foldChar,
  foldCode,
  foldKeepingCase,
  isUpperCode,
  isWordChar,
  MARK,
  NOTHING,
  SEVERAL,
  SPACE_CODE,
  TABLE_SIZE,
} from './fold';
import { compileTrie, COUNT_OFFSET, type CompiledTrie } from './trie';

/** What a code unit is to the scan (0: not yet known). */
const NOT_WORD = 1;
const IN_WORD = 2;
/** A word character that can begin a form: a capital, or the first letter of some lower-case form. */
const CAN_START = 3;

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

/** Whether [start, end) of `text` is written in a case the form allows. */
function fitsCase(term: Term, text: string, start: number, end: number): boolean {
  if (term.flags & EXACT_CASE) return foldKeepingCase(text.slice(start, end)) === foldKeepingCase(term.form);
  return (term.flags & (ANY_CASE | CAPITALISED)) !== CAPITALISED || isUpperCode(text.charCodeAt(start));
}

function acceptsCase(term: Term, text: string, start: number, end: number): boolean {
  return fitsCase(term, text, start, end) && (!(term.flags & COMMON_WORD) || !isShouted(text, start, end));
}

export interface Matcher {
  /** Every match in `text`, in order, not overlapping. */
  find(text: string): Match[];
  /**
   * The entities' terms that may match at `start` of a page's `textContent`
   * before its structure is read, none if no term can: the words there
   * spell the form in a case it allows, and end where a word ends or where
   * the next block's first word may begin, as blocks run together there
   * ("…GroupTrump taps"). The words around are not judged: they may be
   * another block's. So every match `find` would make in a run of words
   * of the text starts at a place with terms, but for a form ending right
   * before a block whose first letter is not a capital, or starting right
   * after one whose last is.
   */
  candidatesAt(text: string, start: number): readonly Term[];
}

const NONE: readonly Term[] = [];

/** Whether a form ending before `end` ends a word of `text`. */
const isWordEnd = (text: string, end: number) => end === text.length || !isWordChar(text.charCodeAt(end));

/** Whether a form ending before `end` may end there in a page's text, where blocks run together. */
function mayEndAt(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (!isWordChar(next)) return true;
  // The next block's first word, capitalised ("Trump taps") or a capital alone ("A", "I"); not more
  // capitals ("USB", "EXCLUSIVE"), nor a lower-case letter or digit, which go on the word.
  if (!isUpperCode(next)) return false;
  const after = text.charCodeAt(end + 1);
  return !(end + 1 < text.length && isWordChar(after) && isUpperCode(after));
}

/** Whether a form may start at `start` of a page's text: at a word's start, or after a lower-case letter or digit ("dealTrump"). */
function mayStartAt(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  return !isWordChar(before) || !isUpperCode(before) || !isUpperCode(text.charCodeAt(start));
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

  /**
   * Walks the trie from `start`, recording in `candidateEnds` and
   * `candidateTerms` each place a form ends where `ends` allows; how many.
   */
  function formsAt(text: string, start: number, ends: (text: string, end: number) => boolean): number {
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
        if (ends(text, end)) {
          candidateEnds[found] = end;
          candidateTerms[found] = ending;
          found++;
        }
      }
    }
    return found;
  }

  /** The longest acceptable match starting at `start`, if any. */
  function longestAt(text: string, start: number): Match | undefined {
    for (let k = formsAt(text, start, isWordEnd) - 1; k >= 0; k--) {
      const end = candidateEnds[k]!;
      const term = candidateTerms[k]!.find((t) => acceptsCase(t, text, start, end));
      if (term) return { start, end, term };
    }
    return undefined;
  }

  const judge = judgeOf({ longestAt, givenNames, roles });

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
    candidatesAt(text, start) {
      if (!mayStartAt(text, start)) return NONE;
      let terms: Term[] | undefined;
      for (let k = formsAt(text, start, mayEndAt) - 1; k >= 0; k--) {
        const end = candidateEnds[k]!;
        for (const term of candidateTerms[k]!)
          if (!(term.flags & NOT_AN_ENTITY) && fitsCase(term, text, start, end)) (terms ??= []).push(term);
      }
      return terms ?? NONE;
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
