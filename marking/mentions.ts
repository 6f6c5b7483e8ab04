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
  /** The text node the mention starts in. */
  readonly text: Text;
  /** Where it starts in `text`. */
  readonly start: number;
  /** Every text node it covers, first to last: one, unless the page's markup splits the name ("<b>Lima</b> Group"). */
  readonly nodes: readonly Text[];
  /** The entity's id. */
  readonly entity: string;
  readonly range: Range;
}

const NONE: readonly Mention[] = [];

export interface Found {
  /** The text nodes the mention covers, first to last. */
  nodes: readonly Text[];
  /** Offset in the first node. */
  start: number;
  /** Offset in the last node. */
  end: number;
  entity: string;
}

export class Mentions {
  /** Each mention under every text node it covers. */
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

  /** Adds mentions (none may overlap one already kept: drop what their nodes held first). */
  add(found: readonly Found[]): void {
    for (const { nodes, start, end, entity } of found) {
      const range = new Range();
      range.setStart(nodes[0]!, start);
      range.setEnd(nodes[nodes.length - 1]!, end);
      const mention = { text: nodes[0]!, start, nodes, entity, range };
      for (const node of nodes) {
        const list = this.byText.get(node);
        if (list) list.push(mention);
        else this.byText.set(node, [mention]);
      }
      this.unpainted.add(mention);
      this.counts.set(entity, (this.counts.get(entity) ?? 0) + 1);
    }
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

  /** Forgets the mentions that cover any of `text`; returns the entities left with none on the page. */
  drop(text: Text): string[] {
    const list = this.byText.get(text);
    if (!list) return [];
    const gone: string[] = [];
    for (const m of list) {
      for (const node of m.nodes) {
        if (node === text) continue;
        const others = this.byText.get(node)!.filter((o) => o !== m);
        if (others.length > 0) this.byText.set(node, others);
        else this.byText.delete(node);
      }
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
    this.byText.delete(text);
    return gone;
  }

  /** The mentions that cover some of `text`. */
  in(text: Text): readonly Mention[] {
    return this.byText.get(text) ?? NONE;
  }

  has(mention: Mention): boolean {
    return this.byText.get(mention.text)?.includes(mention) ?? false;
  }

  get size(): number {
    return this.painted + this.unpainted.size;
  }

  /** Each mention once. */
  *[Symbol.iterator](): IterableIterator<Mention> {
    for (const [text, list] of this.byText) for (const m of list) if (m.text === text) yield m;
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
