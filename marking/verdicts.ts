/**
 * Which of the matches found in a run of words become marks, and what each
 * text waits for when they do not: the page's evidence confirms ambiguous
 * names (or they wait for it); what the page hides waits until it shows it;
 * the reader's settings (kinds, "Not this here", first mentions) and the
 * marks cap choose among the rest. A text whose wait ends is handed back to
 * be read again (`reread`), and so is the next mention of an entity whose
 * last mark went.
 */
import type { Match } from '../matching/rules';
import type { Mentions } from './mentions';
import { spanOf, type Run } from './runs';
import { FirstMentions } from './first-mentions';
import { WaitingTexts } from './waiting-texts';
import { isShown } from './restyles';
import { PageEvidence } from './page-evidence';

export interface VerdictRules {
  /** Entity ids by the matcher's entity index. */
  ids: readonly string[];
  /** Whether the reader wants this match marked (kinds turned off, "Not this here"). */
  wants?: (match: Match, text: string) => boolean;
  /** Mark only the first mention of each entity on the page (while it lasts). */
  firstOnly?: boolean;
  /** The most mentions marked, past which only an entity's first is. */
  maxMentions: number;
}

export class Verdicts {
  private readonly evidence = new PageEvidence();
  /** In first-mention mode, the later mentions that wait. */
  private readonly firstMentions: FirstMentions | undefined;
  /**
   * Texts with mentions left unmarked as the page had `maxMentions`, by
   * entity: read again when the page changes them or when their entity has
   * no mark left, not when room frees up, as a page that keeps adding text
   * near the cap would otherwise have it all read again.
   */
  private readonly capped = new WaitingTexts();
  /** Texts with mentions the page does not show now (a closed menu, a class with `display: none`). */
  private readonly hidden = new Set<Text>();
  private readonly entityIndex: ReadonlyMap<string, number>;

  /**
   * `reread` is handed each text to read again; `unsure` each element whose
   * text was hidden when read: a page still laying itself out may show it a
   * moment later.
   */
  constructor(
    private readonly mentions: Mentions,
    private readonly rules: VerdictRules,
    private readonly reread: (text: Text) => boolean,
    private readonly unsure: (el: Element) => void,
  ) {
    this.entityIndex = new Map(rules.ids.map((id, k) => [id, k]));
    if (rules.firstOnly)
      this.firstMentions = new FirstMentions((entity) => mentions.count(rules.ids[entity]!) > 0);
  }

  /** Whether the cap left mentions unmarked. */
  get capping(): boolean {
    return this.capped.size > 0;
  }

  /** Whether anything is marked or waits to be shown: restyles matter. */
  get anyShownOrHidden(): boolean {
    return this.mentions.size > 0 || this.hidden.size > 0;
  }

  /** Whether any text is marked or waits for a reason a removal can end. */
  get anyKept(): boolean {
    return this.anyShownOrHidden || this.capped.size > 0;
  }

  /**
   * Marks the matches of a run read at `node` that pass, replacing what was
   * known of its texts.
   */
  judge(run: Run, node: Text, found: Match[]): void {
    const before: string[] = [];
    for (const n of run.nodes) before.push(...this.release(n));
    // Ambiguous mentions read earlier that this run confirms are read again.
    const confirmed = this.evidence.confirm(node, found, this.reread);
    // What the page hides is neither painted nor counted, and is read again when it is shown.
    const shown = confirmed.filter((m) => isShown(spanOf(run, m.start, m.end).nodes));
    if (shown.length < confirmed.length) {
      this.hidden.add(node);
      if (node.parentElement) this.unsure(node.parentElement);
    }
    const { ids } = this.rules;
    this.mentions.add(
      this.wanted(node, shown, run.text).map((m) => ({
        ...spanOf(run, m.start, m.end),
        entity: ids[m.term.entity]!,
      })),
    );
    for (const id of before) if (this.mentions.count(id) === 0) this.rereadWaitingFor(id);
  }

  /** The page no longer shows this text as it was: its marks and waits go; whether it had any that count. */
  forget(text: Text): boolean {
    // A text the cap left unmarked counts: its going may lift the page's "capped".
    const had = this.mentions.in(text).length > 0 || this.capped.has(text);
    const gone = this.release(text);
    for (const id of gone) this.rereadWaitingFor(id);
    return had;
  }

  /**
   * Marks under restyled elements that the page now hides go, and wait to be
   * shown; hidden texts it now shows are read again. Whether anything changed.
   */
  lookAgain(restyled: readonly Element[]): boolean {
    const under = (node: Node) => restyled.some((el) => el.contains(node));
    let changed = false;
    for (const mention of [...this.mentions]) {
      if (under(mention.text) && mention.text.isConnected && !isShown(mention.nodes)) {
        this.forget(mention.text);
        this.hidden.add(mention.text);
        changed = true;
      }
    }
    for (const text of [...this.hidden]) {
      if (!under(text) || !isShown([text])) continue;
      this.hidden.delete(text);
      changed = this.reread(text) || changed;
    }
    return changed;
  }

  clear(): void {
    this.mentions.clear();
    this.firstMentions?.clear();
    this.hidden.clear();
    this.capped.clear();
    this.evidence.clear();
  }

  /** Forgets all that is known of a text; returns the entities left with no mention on the page. */
  private release(text: Text): string[] {
    this.evidence.forget(text);
    this.firstMentions?.forget(text);
    this.hidden.delete(text);
    this.capped.forget(text);
    return this.mentions.drop(text);
  }

  /** An entity whose last marked mention went gets its next one marked: in first-mention mode, and past the cap. */
  private rereadWaitingFor(id: string): void {
    const entity = this.entityIndex.get(id)!;
    for (const t of [...(this.firstMentions?.take(entity) ?? []), ...this.capped.take(entity)])
      this.reread(t);
  }

  /** The matches the reader's settings let through; in first-mention mode, the rest wait. */
  private wanted(node: Text, matches: Match[], text: string): Match[] {
    const { wants } = this.rules;
    const allowed = wants ? matches.filter((m) => wants(m, text)) : matches;
    return this.withinCap(node, this.firstMentions?.keep(node, allowed) ?? allowed);
  }

  /** The matches that fit under `maxMentions`, and past it those that are their entity's first on the page. */
  private withinCap(node: Text, matches: Match[]): Match[] {
    const { ids, maxMentions } = this.rules;
    let room = maxMentions - this.mentions.size;
    if (matches.length <= room) return matches;
    const seen = new Set<number>();
    return matches.filter((m) => {
      const entity = m.term.entity;
      const first = !seen.has(entity) && this.mentions.count(ids[entity]!) === 0;
      seen.add(entity);
      if (room-- > 0 || first) return true;
      this.capped.add(entity, node);
      return false;
    });
  }
}
