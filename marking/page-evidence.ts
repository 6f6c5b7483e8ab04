/**
 * What the page says of the names found on it: an ambiguous form ("Astana",
 * a surname alone) is marked only once the page names its entity without
 * doubt somewhere, and a phrase any country uses ("Foreign Ministry") only
 * when its owner is named in the same run of words. Texts whose matches
 * wait for evidence are read again when it comes.
 */
import { evidenceOf, withEvidence } from '../matching/evidence';
import { AMBIGUOUS, type Match } from '../matching/rules';
import { WaitingTexts } from './waiting-texts';

export class PageEvidence {
  /** Entities the page names without doubt. */
  private readonly named = new Set<number>();
  /** Texts with ambiguous matches, by each entity whose presence would confirm them. */
  private readonly waiting = new WaitingTexts();

  /**
   * The matches of one run of words (`node` is its text that was read) that
   * the page's evidence confirms. `reread` is handed the texts read earlier
   * whose matches this run confirms.
   */
  confirm(node: Text, found: readonly Match[], reread: (text: Text) => void): Match[] {
    const named = evidenceOf(found);
    for (const entity of named) {
      if (this.named.has(entity)) continue;
      this.named.add(entity);
      for (const text of this.waiting.take(entity)) reread(text);
    }
    // A phrase any country may use looks for its owner in the run around it: the paragraph, the headline.
    const confirmed = withEvidence(found, this.named, () => named);
    for (const m of found) {
      if (!(m.term.flags & AMBIGUOUS) || confirmed.includes(m)) continue;
      for (const entity of [m.term.entity, ...(m.term.evidence ?? [])]) this.waiting.add(entity, node);
    }
    return confirmed;
  }

  /** The page changed or removed this text: it waits for nothing any more. */
  forget(text: Text): void {
    this.waiting.forget(text);
  }

  clear(): void {
    this.named.clear();
    this.waiting.clear();
  }
}
