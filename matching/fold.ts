/**
 * Text as the matcher compares it: each character folded (accents, case,
 * apostrophes, dashes, spaces; invisible ones to nothing), code unit by code
 * unit from tables filled in as characters are met, and what makes a word.
 * Pure; shared by the matcher, the scan, the build and Gloss's pages.
 */
/** Folded form of each UTF-16 code unit, filled in as characters are met. */
const foldTable: (string | undefined)[] = [];

/** Tables cover the scripts news is written in; rarer code units go through a map. */
export const TABLE_SIZE = 0x3000;
const UNKNOWN = -3;
/** `foldCode` of a character that folds to nothing (soft hyphen, combining mark). */
export const NOTHING = -1;
/** `foldCode` of a character that folds to several (a ligature): use `foldChar`. */
export const SEVERAL = -2;
export const SPACE_CODE = 32;
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
export function foldCode(code: number): number {
  let f = code < TABLE_SIZE ? foldCodes[code]! : (foldCodesBeyond.get(code) ?? UNKNOWN);
  if (f === UNKNOWN) {
    const folded = foldChar(String.fromCharCode(code));
    f = folded === '' ? NOTHING : folded.length === 1 ? folded.charCodeAt(0) : SEVERAL;
    if (code < TABLE_SIZE) foldCodes[code] = f;
    else foldCodesBeyond.set(code, f);
  }
  return f;
}

const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032`\u00B4]/;
const DASHES = /[\u2010-\u2015\u2212]/;
export const MARK = /\p{M}/u;

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
export function foldKeepingCase(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldChar(c);
    const kept = f === c.toLowerCase() ? c.normalize('NFD').replace(/\p{M}/gu, '') : f;
    if (kept === ' ' && out.endsWith(' ')) continue;
    out += kept;
  }
  return out;
}

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

/** Whether a code unit is a capital letter (cached per code unit). */
const upperCodes = new Map<number, boolean>();
export function isUpperCode(code: number): boolean {
  let upper = upperCodes.get(code);
  if (upper === undefined) upperCodes.set(code, (upper = isUpper(String.fromCharCode(code))));
  return upper;
}
