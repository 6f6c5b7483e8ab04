/**
 * Meaning before marking: whether a match is its entity, by the words around
 * it. A person's surname alone is someone else's after another given name
 * ("Michael Bolton"), before a suffix, in a double-barrelled name, after a
 * title its person never held; a phrase any country uses ("Foreign
 * Ministry") is this entity's only when its owner is named around it. Pure:
 * the matcher hands it the text, the match and what it knows of people.
 */
import { NAME_PARTICLES, NAME_PREFIXES, NAME_SUFFIX, NOT_NAME_ENDINGS, TITLE_ROLES } from './name-context';
import { ROLES } from '../data/entity-kinds';
import { AMBIGUOUS, NEAR, NOT_AN_ENTITY, PERSON, SENTENCE_WORD, SURNAME, type Match } from './rules';
import { fold, foldCode, isUpper, isUpperCode, isWordChar, SPACE_CODE } from './fold';

/** What the words around a match say of it. */
export const REJECTED = 0;
export const PLAIN = 1;
export const CONFIRMED = 2;

/** What the matcher knows that judging needs. */
export interface People {
  /** The longest form at `start`, before judging: a name right after a hyphen or "of" is looked up. */
  longestAt(text: string, start: number): Match | undefined;
  /** Per person (entity index), the folded words before the surname in their longer forms. */
  givenNames: ReadonlyMap<number, ReadonlySet<string>>;
  /** Per person (entity index), the roles they had as bits. */
  roles: ReadonlyMap<number, number>;
}

/** The judge for a dictionary's people: a verdict on match `m`, `before` being the match kept before it. */
export function judgeOf({
  longestAt,
  givenNames,
  roles,
}: People): (text: string, m: Match, before: Match | undefined) => number {
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

  return judge;
}

/** Whether a name suffix ("Jr.", "III") follows `end` in `text`. */
function followedBySuffix(text: string, end: number): boolean {
  NAME_SUFFIX.lastIndex = end;
  return NAME_SUFFIX.test(text);
}

/** A Cyrillic letter: a word with one may be a declined given name (`isOwnGivenName`). */
const CYRILLIC = /[\u0400-\u04ff]/;

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
