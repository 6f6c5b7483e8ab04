/**
 * Gloss's own index of the mentions it found, and their painting through the
 * CSS Custom Highlight API: the page's DOM is never changed.
 *
 * The contract for outside tools: `CSS.highlights.get('gloss')` holds exactly
 * one live `Range` per mention, whose text is the page's matched text, and the
 * same `Range` is in `CSS.highlights.get('gloss-entity-<id>')`. The registry
 * belongs to the document, so page scripts can read and write it too: Gloss
 * only ever writes there and reads its own index.
 */

export const ALL_HIGHLIGHT = 'gloss';
export const entityHighlight = (entity: string) => `gloss-entity-${entity}`;
/** Gloss's own states, painted above the marks (see style.css). */
export const STATE_HIGHLIGHTS = { hover: 'gloss-hover', focus: 'gloss-focus', flash: 'gloss-flash' } as const;
export type MentionState = keyof typeof STATE_HIGHLIGHTS;

export interface Mention {
  readonly text: Text;
  readonly start: number;
  readonly end: number;
  /** The entity's id. */
  readonly entity: string;
  readonly range: Range;
}

const NONE: readonly Mention[] = [];

export interface Found {
  start: number;
  end: number;
  entity: string;
}

export class Mentions {
  private readonly byText = new Map<Text, Mention[]>();
  private readonly counts = new Map<string, number>();
  private readonly all = new Highlight();
  private readonly perEntity = new Map<string, Highlight>();
  private readonly states = new Map<MentionState, Highlight>();
  /** Found but not yet in the registry: see `paint`. */
  private readonly unpainted = new Set<Mention>();
  private painted = 0;

  constructor(private readonly registry: HighlightRegistry) {
    registry.set(ALL_HIGHLIGHT, this.all);
    let priority = 1;
    for (const [state, name] of Object.entries(STATE_HIGHLIGHTS)) {
      const highlight = new Highlight();
      highlight.priority = priority++;
      this.states.set(state as MentionState, highlight);
      registry.set(name, highlight);
    }
  }

  /** Replaces what is known of `text` by these matches (sorted, not overlapping). */
  set(text: Text, found: readonly Found[]): void {
    this.drop(text);
    if (found.length === 0) return;
    const list: Mention[] = [];
    for (const { start, end, entity } of found) {
      const range = new Range();
      range.setStart(text, start);
      range.setEnd(text, end);
      const mention = { text, start, end, entity, range };
      list.push(mention);
      this.unpainted.add(mention);
      this.counts.set(entity, (this.counts.get(entity) ?? 0) + 1);
    }
    this.byText.set(text, list);
  }

  /**
   * Puts the mentions found since the last call into the registry. Chromium
   * recomputes the painting of every registered range whenever any
   * highlight changes (about 10 µs a range), so a pass adds its ranges in
   * batches that at least double what is painted, never one by one.
   */
  paint(): void {
    for (const m of this.unpainted) {
      this.all.add(m.range);
      let highlight = this.perEntity.get(m.entity);
      if (!highlight) {
        highlight = new Highlight();
        this.perEntity.set(m.entity, highlight);
        this.registry.set(entityHighlight(m.entity), highlight);
      }
      highlight.add(m.range);
    }
    this.painted += this.unpainted.size;
    this.unpainted.clear();
  }

  /** Whether enough is waiting to be painted to be worth a repaint of everything. */
  get worthPainting(): boolean {
    return this.unpainted.size > 0 && this.unpainted.size >= this.painted;
  }

  /** Forgets the mentions in `text`; returns the entities left with none on the page. */
  drop(text: Text): string[] {
    const list = this.byText.get(text);
    if (!list) return [];
    this.byText.delete(text);
    const gone: string[] = [];
    for (const m of list) {
      if (!this.unpainted.delete(m)) {
        this.painted--;
        this.all.delete(m.range);
        this.perEntity.get(m.entity)?.delete(m.range);
        for (const state of this.states.values()) state.delete(m.range);
      }
      const left = this.counts.get(m.entity)! - 1;
      if (left > 0) this.counts.set(m.entity, left);
      else {
        this.counts.delete(m.entity);
        gone.push(m.entity);
      }
    }
    return gone;
  }

  in(text: Text): readonly Mention[] {
    return this.byText.get(text) ?? NONE;
  }

  has(mention: Mention): boolean {
    return this.byText.get(mention.text)?.includes(mention) ?? false;
  }

  /** The mention in `text` that covers `offset`, if any. */
  at(text: Text, offset: number): Mention | undefined {
    return this.byText.get(text)?.find((m) => m.start <= offset && offset < m.end);
  }

  get size(): number {
    return this.painted + this.unpainted.size;
  }

  texts(): IterableIterator<Text> {
    return this.byText.keys();
  }

  *[Symbol.iterator](): IterableIterator<Mention> {
    for (const list of this.byText.values()) yield* list;
  }

  /** Mentions per entity id: what the badge and the popup show. */
  countsByEntity(): ReadonlyMap<string, number> {
    return this.counts;
  }

  count(entity: string): number {
    return this.counts.get(entity) ?? 0;
  }

  /** Paints `mention` in one of Gloss's states, alone in it; undefined clears the state. */
  show(state: MentionState, mention: Mention | undefined): void {
    const highlight = this.states.get(state)!;
    highlight.clear();
    if (mention && this.has(mention) && !this.unpainted.has(mention)) highlight.add(mention.range);
  }

  /** Forgets everything and takes Gloss's highlights out of the registry. */
  clear(): void {
    this.byText.clear();
    this.counts.clear();
    this.unpainted.clear();
    this.painted = 0;
    this.registry.delete(ALL_HIGHLIGHT);
    for (const entity of this.perEntity.keys()) this.registry.delete(entityHighlight(entity));
    for (const name of Object.values(STATE_HIGHLIGHTS)) this.registry.delete(name);
    this.perEntity.clear();
  }
}
