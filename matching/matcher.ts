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
   * spell the form in a case it allows. Where words end is not known there:
   * a block's last word runs into the next one's first ("…GroupTrump taps",
   * "Maduro<br>by Reuters"), so a form may end or start inside a word of the
   * text; only a form in capitals ("US") may not in the middle of a word of
   * capitals ("BUSINESS", "EXCLUSIVE"). The words around are not judged:
   * they may be another block's. So every match `find` would make in a run
   * of words of the text starts at a place with its term, but for an
   * acronym between two blocks of capitals glued to it on both sides.
   */
  candidatesAt(text: string, start: number): readonly Term[];
}

const NONE: readonly Term[] = [];

/** Whether a form ending before `end` ends a word of `text`. */
const isWordEnd = (text: string, end: number) => end === text.length || !isWordChar(text.charCodeAt(end));

/** Whether the code unit at `at` of `text` is a capital letter. */
const isCapitalAt = (text: string, at: number) =>
  at >= 0 && at < text.length && isWordChar(text.charCodeAt(at)) && isUpperCode(text.charCodeAt(at));

/**
 * Whether an acronym at [start, end) may be one in a page's text: not
 * inside a word of capitals ("EXCLUSIVE", "BUSINESS", "JUSTICE"), with
 * capitals on both sides. On one side only, a block of capitals may run
 * into it ("LIVENATO summit", "USNATO" from a list), or it into the next
 * block's first word ("USTrump").
 */
const mayBeAcronym = (text: string, start: number, end: number) =>
  !(isCapitalAt(text, start - 1) && isCapitalAt(text, end) && isCapitalAt(text, end + 1));

/** Whether a form has no lower-case letter ("US", "U.S.", "NATO"). */
const isAcronym = (form: string) => form === form.toUpperCase();

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

  const anywhere = () => true;

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
      let found: Term[] | undefined;
      for (let k = formsAt(text, start, anywhere) - 1; k >= 0; k--) {
        const end = candidateEnds[k]!;
        for (const term of candidateTerms[k]!) {
          if (term.flags & NOT_AN_ENTITY || !fitsCase(term, text, start, end)) continue;
          if (isAcronym(term.form) && !mayBeAcronym(text, start, end)) continue;
          (found ??= []).push(term);
        }
      }
      return found ?? NONE;
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
