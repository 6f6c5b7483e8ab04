/**
 * The shape of data/generated/corpus-index.json: what compile/compile-index.ts
 * derives from the five texts and the catalogue, and every card, the reader
 * page and the notebook read.
 */
import type { Article } from './articles';
import type { EntityDef } from './entity-kinds';

export interface Passage {
  article: string;
  /** Offsets of the paragraph in the raw corpus file. */
  start: number;
  end: number;
  /** The paragraph as plain text, markup removed. */
  text: string;
}

export interface Mention {
  entity: string;
  article: string;
  /** Offsets in the raw corpus file: raw.slice(start, end) is what matched. */
  start: number;
  end: number;
  /** Index into `passages`, and where the mention sits in its plain text. */
  passage: number;
  textStart: number;
  textEnd: number;
}

export interface CorpusIndex {
  articles: Article[];
  entities: EntityDef[];
  passages: Passage[];
  mentions: Mention[];
}
