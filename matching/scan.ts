/**
 * Where in a page's text a form may begin, found by the browser's own regular
 * expression engine rather than by script at every character.
 *
 * Pure: text in, offsets out. Almost every form must start with a capital on
 * the page, so one character class of those capitals finds their starts; the
 * few forms that may start in lower case ("regime change", "war in Syria",
 * "доктрина Монро") are found by a short list of anchors, the first letters
 * of their longest word, and a form may start up to `wordsBefore` words
 * before its anchor. Both regular expressions are small on purpose: one
 * with many alternatives scans several times slower than one character class.
 *
 * Sound by construction: every place where the matcher could find a form is
 * among the starts (see scan.test.ts); the matcher then decides
 * which terms may match there (`candidatesAt`, in finding.ts).
 */
import { ANY_CASE, CAPITALISED, type Term } from './rules';
import { fold, foldChar, isUpper, isWordChar } from './fold';

export interface CompiledScan {
  /** The body of a character class: every capital some capitalised form can start with (`LATIN_EXTENDED` apart). */
  capitals: string;
  /** The anchors of forms that may start in lower case: their folded first letters. */
  anchors: string[];
  /** The variants each anchor letter is written with, where it has several ("e": "eèéêë…"). */
  variants: Record<string, string>;
  /** The most words any such form has before its anchor. */
  wordsBefore: number;
}

/** Letters of an anchor matched, at most: enough to be rare, short enough to compile fast. */
const ANCHOR_LENGTH = 5;
/**
 * Where the letters and accented variants Gloss lists one by one are:
 * Latin-1, Latin Extended-A, Greek and Cyrillic. The rest of Latin is
 * `LATIN_EXTENDED`, and `UNUSUAL` text.
 */
const LISTED: [number, number][] = [
  [0x0030, 0x017f],
  [0x0370, 0x052f],
];
/**
 * Latin letters beyond Latin-1, capitals or not: a capital among them may
 * start a form ("Đ", "Ł"), and listing each would make the class long.
 */
const LATIN_EXTENDED = '\\u0100-\\u024F\\u1E00-\\u1EFF';
/**
 * Text the anchors may miss a form in: characters the matcher reads as
 * nothing (soft hyphens, zero-width spaces, combining marks) and rarer
 * accented letters. Such text is scanned by each anchor's first letter.
 */
const UNUSUAL = /[\u0300-\u036F]|[\xAD\u200B\u200C\u2060\uFEFF\u0180-\u024F\u1E00-\u1EFF]|\u200D/;

/**
 * What stands before a word: spaces, ASCII punctuation, Latin-1's marks
 * (« » ¡ ¿) and general punctuation (quotes, dashes, ellipsis). In a page's
 * `textContent` a block's first word may follow the last letter of the block
 * before; a form that starts in lower case there is found only when its run
 * is read for another place.
 */
const WORD_BEFORE = '[\\s!-/:-@[-`{-~\\xA0-\\xBF\\u2000-\\u206F]';

/** Code units by what they fold to: each folded letter's variants, upper or lower case. */
function variantsOf(upper: boolean): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const [from, to] of LISTED) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      const folded = foldChar(c);
      if (folded.length !== 1 || isUpper(c) !== upper) continue;
      const list = variants.get(folded);
      if (list) list.push(c);
      else variants.set(folded, [c]);
    }
  }
  return variants;
}

const escapeInClass = (c: string) => (/[\\\]^-]/.test(c) ? `\\${c}` : c);

/** A character class's body for these characters, consecutive ones as ranges ("A-ZÀ-Ö"). */
function classBody(chars: Iterable<string>): string {
  const codes = [...new Set(chars)].map((c) => c.charCodeAt(0)).sort((x, y) => x - y);
  let body = '';
  for (let k = 0; k < codes.length;) {
    let j = k;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const from = escapeInClass(String.fromCharCode(codes[k]!));
    const to = escapeInClass(String.fromCharCode(codes[j]!));
    body += j === k ? from : j === k + 1 ? from + to : `${from}-${to}`;
    k = j + 1;
  }
  return body;
}

/** Writes what the scan needs for these terms: run at build time. */
export function compileScan(terms: readonly Term[]): CompiledScan {
  const upper = variantsOf(true);
  const lower = variantsOf(false);
  const capitals = new Set<string>();
  const anchors = new Set<string>();
  let wordsBefore = 0;
  // Phrases that are no entity ("Washington Post") too: the matcher must see where they begin to skip them.
  for (const term of terms) {
    if (term.flags & CAPITALISED && !(term.flags & ANY_CASE)) {
      for (const c of upper.get(fold(term.form[0]!)) ?? [term.form[0]!])
        if (c < '\u0100' || c > '\u024f') capitals.add(c);
      continue;
    }
    const words = wordsOf(term.form);
    let longest = 0;
    words.forEach((w, k) => {
      if (w.length > words[longest]!.length) longest = k;
    });
    anchors.add(fold(words[longest]!).slice(0, ANCHOR_LENGTH));
    wordsBefore = Math.max(wordsBefore, longest);
  }
  const variants: Record<string, string> = {};
  for (const c of new Set([...anchors].join(''))) {
    const list = lower.get(c) ?? [c];
    if (list.length > 1) variants[c] = classBody(list);
  }
  return {
    capitals: classBody(capitals),
    anchors: [...anchors].sort(),
    variants,
    wordsBefore,
  };
}

/** A form's words, as the matcher's word boundaries split it. */
function wordsOf(form: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const c of form) {
    if (isWordChar(c.charCodeAt(0))) word += c;
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

export interface Scan {
  /**
   * Offsets in `text` where a form may begin, ascending, each once. Capitals
   * count wherever they are: a page's `textContent` runs one block's last
   * word into the next one's first, so word boundaries are not known there.
   * Anchors need a space or a mark before them (`WORD_BEFORE`). Only places
   * in [`from`, `to`) are given, read with the text around them.
   */
  starts(text: string, from?: number, to?: number): number[];
}

/** The scan a dictionary's compiled scan describes. */
export function loadScan(compiled: CompiledScan): Scan {
  const capitals = new RegExp(`[${compiled.capitals}${LATIN_EXTENDED}]`, 'g');
  const letter = (c: string) => {
    const variants = compiled.variants[c];
    return variants ? `[${variants}]` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  };
  const { anchors: words } = compiled;
  // Anchors count only after a space or a mark, matched with the anchor: the engine tests one
  // character at most places and moves on (a lookbehind, tried at every place, cost three times more).
  const anchored = (alternatives: string[]) =>
    words.length > 0 ? new RegExp(`(?:^|${WORD_BEFORE})(${alternatives.join('|')})`, 'gi') : undefined;
  const anchors = anchored(words.map((w) => [...w].map(letter).join('')));
  const anchorLetters = anchored([...new Set(words.map((w) => letter(w[0]!)))]);
  /** The start of the word `words` words before the one at `i`, and each between. */
  const wordStartsBefore = (text: string, i: number, words: number, out: number[]) => {
    let at = i;
    for (let n = 0; n < words; n++) {
      let j = at;
      while (j > 0 && !isWordChar(text.charCodeAt(j - 1))) j--;
      if (j === 0) return;
      while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
      out.push((at = j));
    }
  };

  return {
    starts(text, from = 0, to = text.length) {
      const out: number[] = [];
      capitals.lastIndex = from;
      // `test` moves `lastIndex` past the one character matched and makes no match object.
      while (capitals.test(text)) {
        const at = capitals.lastIndex - 1;
        if (at >= to) break;
        out.push(at);
      }
      if (!anchors || !anchorLetters) return out;
      const capitalCount = out.length;
      const anchor = UNUSUAL.test(to - from < text.length ? text.slice(from, to) : text)
        ? anchorLetters
        : anchors;
      // From the character before: the regular expression matches it with the anchor.
      anchor.lastIndex = Math.max(0, from - 1);
      // An anchor past `to` may still have words before it in [from, to): the scan goes on until
      // even its earliest word is past `to` (words before a later anchor are never earlier).
      const words: number[] = [];
      for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
        words.length = 0;
        words.push(anchor.lastIndex - m[1]!.length);
        wordStartsBefore(text, words[0]!, compiled.wordsBefore, words);
        if (words[words.length - 1]! >= to) break;
        for (const at of words) if (at >= from && at < to) out.push(at);
      }
      if (out.length === capitalCount) return out;
      out.sort((a, b) => a - b);
      let kept = 0;
      for (const at of out) if (kept === 0 || out[kept - 1] !== at) out[kept++] = at;
      out.length = kept;
      return out;
    },
  };
}
