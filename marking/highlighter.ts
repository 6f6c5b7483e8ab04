/**
 * Finds entity mentions in a live document and paints them, without changing
 * the page's DOM: each mention is a live `Range` in Gloss's index
 * (`Mentions`), painted through the CSS Custom Highlight API. Frameworks that
 * own the page's nodes (React, Vue) never see a node they did not make.
 *
 * The path is one way: a root's text read in one native call and walked to
 * the places a name may start, the run of words at each (reading-queue.ts);
 * its matches, found by the background, judged by the words around them and
 * by the page's evidence, the reader's settings and the cap (verdicts.ts);
 * a range across its nodes for each one the page shows (mentions.ts). The
 * work is cut into slices of a few milliseconds so the page never stalls.
 *
 * This class starts and stops that, and follows the page's changes through
 * a MutationObserver: text the page rewrites, moves or removes has its
 * ranges dropped at once (a `Range` keeps its nodes alive), and is read
 * again if it is still there; text that becomes hidden, editable or Gloss's
 * own UI is dropped, and text that stops being so is read.
 */
import type { Term } from '../matching/rules';
import type { Finder } from '../matching/finding';
import { Mentions } from './mentions';
import { SKIP_ATTRIBUTES, SkipDecisions } from './skip-rules';
import { ShadowRoots } from './shadow-roots';
import { SlicedPass, type PassTiming } from './sliced-pass';
import { Restyles } from './restyles';
import { Verdicts, type VerdictRules } from './verdicts';
import { ReadingQueue } from './reading-queue';
/**
 * The most mentions a page has marked, past which only an entity's first is.
 * Each is a live `Range` the browser keeps up to date through every change
 * of the page, and repaints whenever any highlight changes (about 10 µs a
 * range: 50 ms for each move of the pointer onto or off a mention here);
 * keyboard navigation measures them all. A long news page names a few
 * hundred; only a giant log or a hostile page comes near this.
 */
export const MAX_MENTIONS = 5_000;
/** How many `gloss:annotate` measures a page's timeline holds before the old ones are dropped. */
const MAX_KEPT_MEASURES = 1000;
/** Attributes that show or hide text without a change to the tree. */
const SHOWING_ATTRIBUTES = ['style', 'open'];
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: [...SKIP_ATTRIBUTES, ...SHOWING_ATTRIBUTES],
};

export interface HighlighterOptions extends Omit<VerdictRules, 'maxMentions'> {
  /** Where names may start, and the matches in runs of words: the background's answers. */
  finder: Finder;
  /** The `k`th term of the dictionary, which found matches name by number. */
  term: (k: number) => Term;
  /**
   * Whether the reader wants this entity marked (its kind is on): places
   * where only others may be named are read only as evidence. All are, unless given.
   */
  wantsEntity?: (entity: number) => boolean;
  /** Where the ranges are painted: the document's `CSS.highlights`. */
  registry: HighlightRegistry;
  /**
   * The `::highlight` rules for open shadow roots, which the page-wide
   * stylesheet does not reach; adopted by each root Gloss reads, and removed again.
   */
  shadowSheet?: CSSStyleSheet;
  /** `MAX_MENTIONS` unless given (tests). */
  maxMentions?: number;
  /** Called after each pass with the number of live mentions per entity id, and whether the cap left some unmarked. */
  onPass?: (counts: ReadonlyMap<string, number>, capped: boolean) => void;
}

const TEXT = 3;
const ELEMENT = 1;

export class Highlighter {
  readonly mentions: Mentions;
  /** Which matches become marks, and what the others wait for. */
  private readonly verdicts: Verdicts;
  /** Elements whose class or style changed: what they hold may have been shown or hidden. */
  private readonly restyles = new Restyles((restyled) => this.lookAgainAtRestyled(restyled));
  /** What is left to read, and the questions about what was read. */
  private readonly reading: ReadingQueue;
  private readonly observer: MutationObserver;
  private readonly pass: SlicedPass;
  private running = false;
  /** Mentions were dropped outside a pass: the next pass reports the new counts. */
  private dropped = false;
  private passes = 0;
  /** Kept up to date by the attribute observer. */
  private readonly skips = new SkipDecisions();
  /** Open shadow roots of the page that Gloss reads and watches. */
  private readonly shadowRoots: ShadowRoots;

  constructor(
    private readonly doc: Document,
    private readonly options: HighlighterOptions,
  ) {
    this.mentions = new Mentions(options.registry);
    this.verdicts = new Verdicts(
      this.mentions,
      { ...options, maxMentions: options.maxMentions ?? MAX_MENTIONS },
      (text) => this.reading.add(text),
      (el) => this.restyles.add(el),
    );
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.shadowRoots = new ShadowRoots(options.shadowSheet, (root) => {
      this.observer.observe(root, OBSERVED);
      this.reading.addRoot(root);
    });
    this.reading = new ReadingQueue({
      ...options,
      doc,
      skips: this.skips,
      shadowRoots: this.shadowRoots,
      verdicts: this.verdicts,
      mentions: this.mentions,
      schedule: () => this.schedule(),
    });
    this.pass = new SlicedPass(
      (deadline) => this.reading.slice(deadline),
      (timing) => this.passDone(timing),
    );
  }

  /**
   * Reads the document, first screenful first, then keeps up with its
   * changes until `signal` is aborted: then it stops watching and takes every
   * highlight away. The page's DOM was never changed.
   */
  start(signal: AbortSignal): void {
    if (this.running || signal.aborted) return;
    this.running = true;
    signal.addEventListener('abort', () => this.stop(), { once: true });
    const body = this.doc.body;
    if (!body || this.doc.designMode === 'on') return;
    // The whole document, so that a page replacing its body is followed too.
    this.observer.observe(this.doc.documentElement, OBSERVED);
    const first = this.firstScreenful();
    if (first) this.reading.addRoot(first);
    this.reading.addRoot(body, first);
    this.schedule();
  }

  private stop(): void {
    this.running = false;
    this.reading.clear();
    this.pass.stop();
    this.observer.disconnect();
    this.verdicts.clear();
    this.restyles.clear();
    this.shadowRoots.leaveAll();
  }

  /** Open shadow roots whose text Gloss reads: hit-testing needs them. */
  get openShadowRoots(): ReadonlySet<ShadowRoot> {
    return this.shadowRoots.open;
  }

  /**
   * When the reader has scrolled: the section around the top of the viewport,
   * read before the rest of the page so that what they see is marked first.
   */
  private firstScreenful(): Element | undefined {
    const view = this.doc.defaultView;
    // A page not painted yet cannot have been scrolled by its reader, and asking where it is
    // scrolled would lay it out at once, while its scripts are still building it.
    if (!view || view.performance.getEntriesByType('paint').length === 0 || view.scrollY < 1)
      return undefined;
    const node = this.doc.caretPositionFromPoint?.(view.innerWidth / 2, 4)?.offsetNode;
    const at = node?.nodeType === TEXT ? node.parentElement : undefined;
    if (!at || this.skips.isInsideSkipped(at)) return undefined;
    return at.closest('article, section, main, ul, ol, table') ?? at;
  }

  private schedule(): void {
    if (this.running) this.pass.schedule();
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
    this.reading.forgetLastRun();
    this.options.onPass?.(this.mentions.countsByEntity(), this.verdicts.capping);
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
        work = this.reading.add(record.target) || work;
      } else if (record.type === 'childList') {
        for (const node of record.removedNodes) this.forgetWithin(node);
        for (const node of record.addedNodes) work = this.reading.add(node) || work;
        // Text beside what changed may now read differently ("Lima" + an added " Group").
        if (record.previousSibling) work = this.addTextAt(record.previousSibling) || work;
        if (record.nextSibling) work = this.addTextAt(record.nextSibling) || work;
      } else {
        work = this.attributeChanged(record.target as Element, record.attributeName!) || work;
      }
    }
    if (work || this.dropped) this.schedule();
  }

  /** Queues the text a neighbour of a change holds, if it had mentions or may now have one. */
  private addTextAt(node: Node): boolean {
    return node.nodeType === TEXT && this.reading.add(node);
  }

  /**
   * Text under an element whose skip decision flipped is dropped or read
   * again. Any other change of class or style may show or hide marked text:
   * looked at a little later, once for many changes.
   */
  private attributeChanged(el: Element, name: string): boolean {
    if (this.verdicts.anyShownOrHidden) this.restyles.add(el);
    if (!SKIP_ATTRIBUTES.includes(name)) return false;
    const flipped = this.skips.recheck(el);
    if (flipped === 'skipped') this.forgetWithin(el);
    return flipped === 'read' && this.reading.add(el);
  }

  /** Marks the page now hides go; hidden ones it now shows are read again. A page that only restyles gets no pass. */
  private lookAgainAtRestyled(restyled: Element[]): void {
    if (!this.running || !this.verdicts.lookAgain(restyled)) return;
    this.reading.forgetLastRun();
    this.schedule();
  }

  private forgetWithin(node: Node): void {
    if (node.nodeType === TEXT) {
      this.forgetText(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    // Shadow roots go with their host, and a walk does not enter them.
    for (const root of this.shadowRoots.leaveWithin(node)) this.forgetTextIn(root);
    this.forgetTextIn(node);
  }

  private forgetTextIn(root: Node): void {
    if (!this.verdicts.anyKept) return;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) this.forgetText(t as Text);
  }

  /** The page no longer shows this text as it was: its mentions and waits go. */
  private forgetText(text: Text): void {
    this.reading.forget(text);
    if (this.verdicts.forget(text)) this.dropped = true;
  }
}
