/**
 * Finds entity mentions in a live document and paints them, without changing
 * the page's DOM: each mention is a live `Range` in Gloss's index
 * (`Mentions`), painted through the CSS Custom Highlight API. Frameworks that
 * own the page's nodes (React, Vue) never see a node they did not make.
 *
 * The work is cut into slices of a few milliseconds so the page never
 * stalls, starts at the screenful the reader is looking at, and follows the
 * page's changes through a MutationObserver: text the page rewrites, moves or
 * removes has its ranges dropped at once (a `Range` keeps its nodes alive),
 * and is read again if it is still there; text that becomes hidden, editable
 * or Gloss's own UI is dropped, and text that stops being so is read.
 *
 * Each text node is matched on its own, so a name split by markup
 * ("<b>Lima</b> Group") is not marked as a whole: such splits are rare in
 * article text, and matching across nodes would cost a second index of the
 * page's text.
 */
import { AMBIGUOUS, evidenceOf, withEvidence, type Match, type Matcher } from '../../matching/matcher';
import { Mentions } from './mentions';
import { SKIP_ATTRIBUTES, SkipDecisions } from './skip-rules';
import { SlicedPass, type PassTiming } from './sliced-pass';
import { WaitingTexts } from './waiting-texts';
/** How many `gloss:annotate` measures a page's timeline holds before the old ones are dropped. */
const MAX_KEPT_MEASURES = 1000;
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: SKIP_ATTRIBUTES,
};

export interface HighlighterOptions {
  /** Called once, inside the first slice, so a page where Gloss is off never builds it. */
  matcher: () => Matcher;
  /** Entity ids by the matcher's entity index. */
  ids: readonly string[];
  /** Where the ranges are painted: the document's `CSS.highlights`. */
  registry: HighlightRegistry;
  /** Whether the reader wants this match marked (kinds turned off, "Not this here"). */
  wants?: (match: Match, text: string) => boolean;
  /** Mark only the first mention of each entity on the page (while it lasts). */
  firstOnly?: boolean;
  /**
   * The `::highlight` rules for open shadow roots, which the page-wide
   * stylesheet does not reach; adopted by each root Gloss reads, and removed again.
   */
  shadowSheet?: CSSStyleSheet;
  /** Called after each pass with the number of live mentions per entity id. */
  onPass?: (counts: ReadonlyMap<string, number>) => void;
}

/** Text to read, walked in document order. */
interface TextWork {
  walker: TreeWalker;
  /** The next node to process; undefined before the walk has begun, null at its end. */
  next?: Node | null;
  /** For the part of the page above the first screenful: stop where that began. */
  stopAt?: Node;
}

/**
 * Elements to look at for open shadow roots. Kept apart from the text walk:
 * handing every element to script as well as every text node doubled the
 * cost of a first pass, and most pages have no shadow root at all.
 */
interface HostWork {
  root: Element | ShadowRoot;
  /** The root's descendants, listed when the work begins (inside a slice). */
  below?: NodeListOf<Element>;
  /** -1 for the root itself, then its descendants. */
  index: number;
}

type Work = TextWork | HostWork;

const TEXT = 3;
const ELEMENT = 1;
/**
 * Where a phrase any country may use ("Foreign Ministry") looks for evidence
 * of whose it is: the paragraph, list item or cell around it. A block longer
 * than `NEARBY_LIMIT` characters is no paragraph: then only its own text.
 */
const NEARBY_BLOCK = 'p,li,dd,dt,td,th,blockquote,figcaption,h1,h2,h3,h4,h5,h6,article,section,div';
const NEARBY_LIMIT = 5000;
/** Nodes handled between two looks at the clock. */
const BATCH = 4;

export class Highlighter {
  readonly mentions: Mentions;
  private matcher: Matcher | undefined;
  private readonly entityIndex: ReadonlyMap<string, number>;
  private readonly evidence = new Set<number>();
  /** Texts with ambiguous matches, by each entity whose presence would confirm them. */
  private readonly waitingEvidence = new WaitingTexts();
  /** In first-mention mode: texts with later mentions, by entity, for when the first one goes. */
  private readonly waitingFirst = new WaitingTexts();
  private readonly queue: Work[] = [];
  private readonly observer: MutationObserver;
  private readonly pass: SlicedPass;
  private running = false;
  /** Mentions were dropped outside a pass: the next pass reports the new counts. */
  private dropped = false;
  private passes = 0;
  /** Kept up to date by the attribute observer. */
  private readonly skips = new SkipDecisions();
  /** Open shadow roots of the page that Gloss reads and watches. */
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly options: HighlighterOptions,
  ) {
    this.mentions = new Mentions(options.registry);
    this.entityIndex = new Map(options.ids.map((id, k) => [id, k]));
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.pass = new SlicedPass(
      (deadline) => this.slice(deadline),
      (timing) => this.passDone(timing),
    );
  }

  /** Reads the document, first screenful first, then keeps up with its changes. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const body = this.doc.body;
    if (!body || this.doc.designMode === 'on') return;
    // The whole document, so that a page replacing its body is followed too.
    this.observer.observe(this.doc.documentElement, OBSERVED);
    const anchor = this.firstVisibleText();
    if (anchor) {
      const fromAnchor = this.walker(body);
      fromAnchor.currentNode = anchor;
      this.queue.push({ walker: fromAnchor, next: anchor }, { walker: this.walker(body), stopAt: anchor });
    } else {
      this.queue.push({ walker: this.walker(body) });
    }
    this.queue.push(this.hostsIn(body));
    this.schedule();
  }

  /** Stops watching and takes every highlight away. The page's DOM was never changed. */
  stop(): void {
    this.running = false;
    this.pass.stop();
    this.observer.disconnect();
    this.queue.length = 0;
    this.mentions.clear();
    this.waitingEvidence.clear();
    this.waitingFirst.clear();
    this.evidence.clear();
    for (const root of this.shadowRoots) this.leaveShadow(root);
  }

  /** Open shadow roots whose text Gloss reads: hit-testing needs them. */
  get openShadowRoots(): ReadonlySet<ShadowRoot> {
    return this.shadowRoots;
  }

  private walker(root: Node): TreeWalker {
    return this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** The element and its descendants, to be looked at for open shadow roots. */
  private hostsIn(root: Element | ShadowRoot): HostWork {
    return { root, index: root.nodeType === ELEMENT ? -1 : 0 };
  }

  private enterShadow(root: ShadowRoot): void {
    this.shadowRoots.add(root);
    const sheet = this.options.shadowSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.observer.observe(root, OBSERVED);
    this.queue.push({ walker: this.walker(root) }, this.hostsIn(root));
  }

  /** Gives the shadow root its own styles back. */
  private leaveShadow(root: ShadowRoot): void {
    this.shadowRoots.delete(root);
    const sheet = this.options.shadowSheet;
    if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  /** The text node at the top of the viewport, when the reader has scrolled. */
  private firstVisibleText(): Node | undefined {
    const view = this.doc.defaultView;
    if (!view || view.scrollY < 1) return undefined;
    const node = this.doc.caretPositionFromPoint?.(view.innerWidth / 2, 4)?.offsetNode;
    if (!node || node.nodeType !== Node.TEXT_NODE || this.skips.isInsideSkipped(node.parentElement))
      return undefined;
    return node;
  }

  private schedule(): void {
    if (this.running) this.pass.schedule();
  }

  /** One slice of the pass: work until `deadline`; true while work is left. */
  private slice(deadline: number): boolean {
    this.matcher ??= this.options.matcher();
    while (this.queue.length > 0 && performance.now() < deadline) {
      const work = this.queue[0]!;
      if ('root' in work ? this.lookForHosts(work) : this.readText(work)) this.queue.shift();
    }
    if (this.queue.length === 0 || this.mentions.worthPainting) this.mentions.paint();
    return this.queue.length > 0;
  }

  private passDone({ start, end, busyMs, longestSliceMs }: PassTiming): void {
    // The measure spans the pass as the page lived it; `busyMs` is what it took of the main thread.
    // On a page that changes all day the oldest entries go now and then (observers have seen them).
    if (++this.passes % MAX_KEPT_MEASURES === 0) performance.clearMeasures('gloss:annotate');
    performance.measure('gloss:annotate', {
      start,
      end,
      detail: { marks: this.mentions.size, busyMs, longestSliceMs },
    });
    this.dropped = false;
    this.options.onPass?.(this.mentions.countsByEntity());
  }

  /** Reads a batch of text; true when the walk is done. */
  private readText(work: TextWork): boolean {
    let node = work.next === undefined ? work.walker.nextNode() : work.next;
    // Text nodes side by side share a parent: one skip decision serves them all.
    let parent: Element | null | undefined;
    let skipped = false;
    for (let n = 0; n < BATCH && node && node !== work.stopAt; n++) {
      const at = node.parentElement;
      if (at !== parent) {
        parent = at;
        skipped = this.skips.isInsideSkipped(at);
      }
      if (!skipped) this.read(node as Text);
      node = work.walker.nextNode();
    }
    work.next = node;
    return !node || node === work.stopAt;
  }

  /** Looks at a batch of elements for open shadow roots; true when all were seen. */
  private lookForHosts(work: HostWork): boolean {
    const below = (work.below ??= work.root.querySelectorAll('*'));
    const end = Math.min(below.length, work.index + BATCH * 16);
    for (; work.index < end; work.index++) {
      const el = work.index < 0 ? (work.root as Element) : below[work.index]!;
      const shadow = el.shadowRoot;
      if (shadow && !this.shadowRoots.has(shadow) && !this.skips.isInsideSkipped(el))
        this.enterShadow(shadow);
    }
    return work.index >= below.length;
  }

  /**
   * Runs in the microtask right after the page's change, before it is
   * painted: stale ranges go at once, new text waits for the next slice.
   */
  private onMutations(records: MutationRecord[]): void {
    if (!this.running) return;
    let work = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.forgetText(record.target as Text);
        work = this.enqueue(record.target) || work;
      } else if (record.type === 'childList') {
        for (const node of record.removedNodes) this.forgetWithin(node);
        for (const node of record.addedNodes) work = this.enqueue(node) || work;
      } else {
        work = this.attributeChanged(record.target as Element) || work;
      }
    }
    if (work || this.dropped) this.schedule();
  }

  /** Text under an element whose skip decision flipped is dropped or read again. */
  private attributeChanged(el: Element): boolean {
    const flipped = this.skips.recheck(el);
    if (flipped === 'skipped') this.forgetWithin(el);
    return flipped === 'read' && this.enqueue(el);
  }

  private forgetWithin(node: Node): void {
    if (node.nodeType === TEXT) {
      this.forgetText(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    // Shadow roots go with their host, and a walk does not enter them.
    for (const root of this.shadowRoots) {
      if (!node.contains(root.host)) continue;
      this.leaveShadow(root);
      this.forgetTextIn(root);
    }
    this.forgetTextIn(node);
  }

  private forgetTextIn(root: Node): void {
    if (this.mentions.size === 0) return;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) this.forgetText(t as Text);
  }

  /** The page no longer shows this text as it was: its mentions and waits go. */
  private forgetText(text: Text): void {
    const had = this.mentions.in(text).length > 0;
    const gone = this.release(text);
    if (!had) return;
    this.dropped = true;
    if (this.options.firstOnly) for (const id of gone) this.enqueueWaitingFirst(id);
  }

  /** Forgets all Gloss knows of a text; returns the entities left with no mention on the page. */
  private release(text: Text): string[] {
    this.waitingEvidence.forget(text);
    this.waitingFirst.forget(text);
    return this.mentions.drop(text);
  }

  /** In first-mention mode, an entity whose marked mention went gets its next one marked. */
  private enqueueWaitingFirst(id: string): void {
    for (const t of this.waitingFirst.take(this.entityIndex.get(id)!)) this.enqueue(t);
  }

  /** Queues a node the page added or changed; true if there is anything to read. */
  private enqueue(node: Node): boolean {
    if (!node.isConnected || this.skips.isInsideSkipped(node.parentElement)) return false;
    if (node.nodeType === TEXT) {
      // A walker rooted at a text node yields nothing after it: `next` makes it yield that node.
      this.queue.push({ walker: this.walker(node), next: node });
      return true;
    }
    if (node.nodeType !== ELEMENT || this.skips.isInsideSkipped(node as Element)) return false;
    this.queue.push({ walker: this.walker(node) }, this.hostsIn(node as Element));
    return true;
  }

  /** Matches one text node and records its mentions, replacing what was known of it. */
  private read(node: Text): void {
    const text = node.data;
    const found = text.length < 2 ? [] : this.matcher!.find(text);
    // Most text holds no name, and held none before: nothing to do, not even a lookup.
    if (found.length === 0 && (this.mentions.size === 0 || this.mentions.in(node).length === 0)) return;
    const before = this.release(node);
    for (const entity of evidenceOf(found)) {
      if (this.evidence.has(entity)) continue;
      this.evidence.add(entity);
      // Ambiguous mentions seen earlier on the page are now confirmed.
      for (const t of this.waitingEvidence.take(entity)) this.enqueue(t);
    }
    const confirmed = withEvidence(found, this.evidence, () => this.nearbyEvidence(node));
    const wanted = this.wanted(node, confirmed, text);
    const { ids } = this.options;
    this.mentions.set(
      node,
      wanted.map((m) => ({ start: m.start, end: m.end, entity: ids[m.term.entity]! })),
    );
    for (const m of found) {
      if (!(m.term.flags & AMBIGUOUS) || confirmed.includes(m)) continue;
      for (const entity of [m.term.entity, ...(m.term.evidence ?? [])])
        this.waitingEvidence.add(entity, node);
    }
    if (this.options.firstOnly)
      for (const id of before) if (this.mentions.count(id) === 0) this.enqueueWaitingFirst(id);
  }

  /** The entities named without doubt in the paragraph around `node` (`NEARBY_BLOCK`). */
  private nearbyEvidence(node: Text): Set<number> {
    const block = node.parentElement?.closest(NEARBY_BLOCK);
    const text = block?.textContent ?? '';
    return evidenceOf(this.matcher!.find(text.length <= NEARBY_LIMIT ? text : node.data));
  }

  /** The matches the reader's settings let through; in first-mention mode, the rest wait. */
  private wanted(node: Text, matches: Match[], text: string): Match[] {
    const { wants, firstOnly, ids } = this.options;
    if (!wants && !firstOnly) return matches;
    const seen = new Set<number>();
    return matches.filter((m) => {
      const entity = m.term.entity;
      if (wants && !wants(m, text)) return false;
      if (!firstOnly) return true;
      if (seen.has(entity) || this.mentions.count(ids[entity]!) > 0) {
        this.waitingFirst.add(entity, node);
        return false;
      }
      seen.add(entity);
      return true;
    });
  }
}
