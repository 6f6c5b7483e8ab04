/**
 * Matching as a service: what the background answers the content script of
 * every page. The content script reads the page (its text in one native
 * call, the runs of words at the places given here) and paints; the finding
 * runs in the background, where the matcher is loaded once and stays
 * compiled by the JIT across pages, instead of being loaded cold on every
 * page's main thread.
 *
 * Pure: text in, offsets and term numbers out, so the answers are plain
 * data that messages carry.
 */
import { loadMatcher } from './matcher';
import { type Match, type Term } from './rules';
import { loadScan } from './scan';
import { termsOf, type Dictionary } from './terms';

/** A match as a message carries it: its offsets, its term's number in the dictionary, and how the words around it judged it. */
export type FoundMatch = [start: number, end: number, term: number, confirmed: 0 | 1, near: 0 | 1];

/**
 * Places in a piece of a page's text, flat as a message carries them: an
 * offset, then the number of a term that may match there, for each such
 * term; offsets ascending.
 */
export type Places = number[];

/** A piece of a root's text, and the part of it [`from`, `to`) whose places are asked for. */
export interface Piece {
  text: string;
  from: number;
  to: number;
}

export interface Finding {
  /**
   * For each piece, the places in [`from`, `to`) of it where an entity's
   * form may match, ascending, each with the terms that may match there
   * (`Places`): where the run of words may be worth reading. The text is a
   * page's `textContent`, where one block's last word runs into the next
   * one's first (matcher.ts, `candidatesAt`). The page chooses among them
   * by the reader's settings (marking/place-choice.ts). Pieces come
   * together: a page asks about all the roots it read in one slice at once.
   */
  places(pieces: readonly Piece[]): Places[];
  /** Every match in each run of words, judged by the words around it. */
  matches(texts: readonly string[]): FoundMatch[][];
}

/** The same, across a message to the background. */
export type Finder = {
  [K in keyof Finding]: (...args: Parameters<Finding[K]>) => Promise<ReturnType<Finding[K]>>;
};

export function findingOf(dictionary: Dictionary): Finding {
  const terms = termsOf(dictionary);
  const matcher = loadMatcher(terms, dictionary.trie);
  const scan = loadScan(dictionary.scan);
  const numbers = new Map(terms.map((term, k) => [term, k]));
  return {
    places: (pieces) =>
      pieces.map(({ text, from, to }) => {
        const places: Places = [];
        for (const at of scan.starts(text, from, to))
          for (const term of matcher.candidatesAt(text, at)) places.push(at, numbers.get(term)!);
        return places;
      }),
    matches: (texts) =>
      texts.map((text) =>
        matcher
          .find(text)
          .map((m) => [m.start, m.end, numbers.get(m.term)!, m.confirmed ? 1 : 0, m.near ? 1 : 0]),
      ),
  };
}

/** A found match as the matcher gave it, its term read from the dictionary's list (`term(k)`). */
export function matchOf([start, end, k, confirmed, near]: FoundMatch, term: (k: number) => Term): Match {
  return {
    start,
    end,
    term: term(k),
    ...(confirmed ? { confirmed: true } : {}),
    ...(near ? { near: true } : {}),
  };
}
