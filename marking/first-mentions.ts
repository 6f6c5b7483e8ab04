/**
 * The reader's choice to mark only the first mention of each entity on the
 * page: the later ones wait, and when the marked one goes (the page removed
 * or rewrote it), the texts that waited are read again and the next is marked.
 */
import type { Match } from '../matching/rules';
import { WaitingTexts } from './waiting-texts';

export class FirstMentions {
  /** Texts with later mentions, by entity. */
  private readonly waiting = new WaitingTexts();

  /** `marked` says whether the page has a marked mention of the entity. */
  constructor(private readonly marked: (entity: number) => boolean) {}

  /** Of a run's matches (`node` is its text that was read), those that are their entity's first on the page; the rest wait. */
  keep(node: Text, matches: readonly Match[]): Match[] {
    const seen = new Set<number>();
    return matches.filter((m) => {
      const entity = m.term.entity;
      if (seen.has(entity) || this.marked(entity)) {
        this.waiting.add(entity, node);
        return false;
      }
      seen.add(entity);
      return true;
    });
  }

  /** The texts that waited for the entity, whose marked mention went: to be read again. */
  take(entity: number): Text[] {
    return this.waiting.take(entity);
  }

  /** The page changed or removed this text: it waits for nothing any more. */
  forget(text: Text): void {
    this.waiting.forget(text);
  }

  clear(): void {
    this.waiting.clear();
  }
}
