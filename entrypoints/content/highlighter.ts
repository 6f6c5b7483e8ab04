/**
 * Finds entity mentions in a live document and paints them, without changing
 * the page's DOM: each mention is a live `Range` in Gloss's index
 * (`Mentions`), painted through the CSS Custom Highlight API. Frameworks that
 * own the page's nodes (React, Vue) never see a node they did not make.
 *
 * The path is one way: a root's text (the body, an added subtree, a shadow
 * root) read in one native call, with the places a name may start in it
 * (root-text.ts); at each place the run of words around it (runs.ts), which
 * may cross inline markup ("the <b>Lima</b> Group"); its matches, judged
 * with the words around them and then with the page's evidence; and a range
 * across its nodes for each one the page shows and the reader wants
 * (mentions.ts). The places and the matches are found by the background
 * (matching/finding.ts), runs sent in batches: the page's main thread only
 * reads and paints, and waits for the answers without working.
 *
 * The work is cut into slices of a few milliseconds so the page never
 * stalls, and follows the page's changes through a MutationObserver: text
 * the page rewrites, moves or removes has its ranges dropped at once (a
 * `Range` keeps its nodes alive), and is read again if it is still there;
 * text that becomes hidden, editable or Gloss's own UI is dropped, and text
 * that stops being so is read.
 */
import type { Match, Term } from '../../matching/rules';
import { matchOf, type FoundMatch, type Finder } from '../../matching/finding';
import { Mentions } from './mentions';
import { isAsRead, runAround, spanOf, type Run } from './runs';
import { askAbout, readRootText, toRead, type RootWork } from './root-text';
import { SKIP_ATTRIBUTES, SkipDecisions } from './skip-rules';
import { ShadowRoots, type HostWork } from './shadow-roots';
import { SlicedPass, type PassTiming, type SliceEnd } from './sliced-pass';
import { FirstMentions } from './first-mentions';
import { WaitingTexts } from './waiting-texts';
import { isShown, Restyles } from './restyles';
import { PageEvidence } from './page-evidence';
import { Questions, type RunRead } from './questions';
/**
 * The most mentions a page has marked, past which only an entity's first is.
 * Each is a live `Range` the browser keeps up to date through every change
 * of the page, and repaints whenever any highlight changes (about 10 µs a
 * range: 50 ms for each move of the pointer onto or off a mention here);
 * keyboard navigation measures them all. A long news page names a few
 * hundred; only a giant log or a hostile page comes near this.
 */
export const MAX_MENTIONS = 5_000;
/** How many queued roots are asked about while the walk waits for the first one's answer. */
const ASK_AHEAD = 64;
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

export interface HighlighterOptions {
  /** Where names may start, and the matches in runs of words: the background's answers. */
  finder: Finder;
  /** The `k`th term of the dictionary, which found matches name by number. */
  term: (k: number) => Term;
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
  /** `MAX_MENTIONS` unless given (tests). */
  maxMentions?: number;
  /** Called after each pass with the number of live mentions per entity id, and whether the cap left some unmarked. */
  onPass?: (counts: ReadonlyMap<string, number>, capped: boolean) => void;
}

/** A text node the page added or changed, or that Gloss has a reason to read again. */
interface TextWork {
  read: Text;
}

type Work = RootWork | TextWork | HostWork;

const TEXT = 3;
const ELEMENT = 1;

export class Highlighter {
  readonly mentions: Mentions;
  private readonly entityIndex: ReadonlyMap<string, number>;
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
  /** Elements whose class or style changed: what they hold may have been shown or hidden. */
  private readonly restyles = new Restyles((restyled) => this.lookAgainAtRestyled(restyled));
  private readonly queue: Work[] = [];
  private readonly observer: MutationObserver;
  private readonly pass: SlicedPass;
  private running = false;
  /** Mentions were dropped outside a pass: the next pass reports the new counts. */
  private dropped = false;
  private passes = 0;
  /** Kept up to date by the attribute observer. */
  private readonly skips = new SkipDecisions();
  private readonly skipped = (el: Element | null) => this.skips.isInsideSkipped(el);
  /** Open shadow roots of the page that Gloss reads and watches. */
  private readonly shadowRoots: ShadowRoots;
  /** The run read last: the places after the first one in it were read with it. */
  private lastRun: Run | undefined;
  /** Questions to the background, and the runs' answers waiting to be judged. */
  private readonly questions: Questions;

  constructor(
    private readonly doc: Document,
    private readonly options: HighlighterOptions,
  ) {
    this.mentions = new Mentions(options.registry);
    this.entityIndex = new Map(options.ids.map((id, k) => [id, k]));
    if (options.firstOnly)
      this.firstMentions = new FirstMentions((entity) => this.mentions.count(options.ids[entity]!) > 0);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.questions = new Questions(options.finder, () => this.schedule());
    this.shadowRoots = new ShadowRoots(options.shadowSheet, (root) => {
      this.observer.observe(root, OBSERVED);
      this.queue.push(toRead(root), ShadowRoots.under(root));
    });
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
    const first = this.firstScreenful();
    if (first) this.queue.push(toRead(first));
    this.queue.push(toRead(body, first), ShadowRoots.under(body));
    this.schedule();
  }

  /** Stops watching and takes every highlight away. The page's DOM was never changed. */
  stop(): void {
    this.running = false;
    this.questions.clear();
    this.pass.stop();
    this.observer.disconnect();
    this.queue.length = 0;
    this.mentions.clear();
    this.firstMentions?.clear();
    this.hidden.clear();
    this.capped.clear();
    this.restyles.clear();
    this.evidence.clear();
    this.lastRun = undefined;
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

  /** One slice of the pass: work until `deadline`, the runs read sent to be matched at its end. */
  private slice(deadline: number): SliceEnd {
    let waiting = false;
    while (this.questions.hasAnswers && performance.now() < deadline) {
      const { read, found } = this.questions.nextAnswer()!;
      this.judgeRun(read, found);
    }
    while (this.queue.length > 0 && performance.now() < deadline) {
      const work = this.queue[0]!;
      if ('read' in work) this.readText(work.read);
      else if ('root' in work) {
        const step = this.readRoot(work, deadline);
        waiting = step === 'wait';
        if (step !== 'done') break;
      } else if (!this.shadowRoots.lookFor(work, this.skipped)) continue;
      this.queue.shift();
    }
    if (waiting) this.askAhead(deadline);
    // The pieces and runs read in this slice are asked about together.
    this.questions.send();
    const idle = this.queue.length === 0 && !this.questions.hasAnswers;
    if ((idle && !this.questions.waiting) || this.mentions.worthPainting) this.mentions.paint();
    if (this.questions.hasAnswers || (this.queue.length > 0 && !waiting)) return 'more';
    return idle && !this.questions.waiting ? 'done' : 'wait';
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
    this.lastRun = undefined;
    this.options.onPass?.(this.mentions.countsByEntity(), this.capped.size > 0);
  }

  /**
   * While the walk waits for a root's places, the roots queued after it are
   * read and asked about in the same message: a page that adds its parts one
   * by one while it loads would otherwise cost a round trip each.
   */
  private askAhead(deadline: number): void {
    const places = this.askPlaces;
    for (let k = 1; k < this.queue.length && k <= ASK_AHEAD && performance.now() < deadline; k++) {
      const work = this.queue[k]!;
      if ('root' in work && work.asked === 0 && askAbout(work, deadline, { places }) === 'more') return;
    }
  }

  private readonly askPlaces = (text: string, from: number, to: number) =>
    this.questions.places(text, from, to);

  /** Reads a root, then the run at each of its places, until the deadline or an answer to wait for. */
  private readRoot(work: RootWork, deadline: number): 'done' | 'more' | 'wait' {
    const step = readRootText(work, deadline, {
      doc: this.doc,
      places: this.askPlaces,
      visit: (node) => !work.readBefore?.contains(node) && this.readText(node),
    });
    // The page changed the text while it was read (a ticker): its parts are read apart, so
    // one part that never stops changing cannot keep the rest from being read.
    if (step === 'changed') for (const child of work.root.childNodes) this.enqueue(child);
    return step === 'changed' ? 'done' : step;
  }

  /** Reads the run a text node is in and sends it to be matched, unless it was just read; whether it read it. */
  private readText(text: Text): boolean {
    if (
      !text.isConnected ||
      this.lastRun?.nodes.includes(text) ||
      this.skips.isInsideSkipped(text.parentElement)
    )
      return false;
    const run = runAround(text, this.skipped);
    this.lastRun = run;
    this.questions.add({ run, node: text });
    return true;
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
        // Text beside what changed may now read differently ("Lima" + an added " Group").
        if (record.previousSibling) work = this.enqueueTextAt(record.previousSibling) || work;
        if (record.nextSibling) work = this.enqueueTextAt(record.nextSibling) || work;
      } else {
        work = this.attributeChanged(record.target as Element, record.attributeName!) || work;
      }
    }
    if (work || this.dropped) this.schedule();
  }

  /** Queues the text a neighbour of a change holds, if it had mentions or may now have one. */
  private enqueueTextAt(node: Node): boolean {
    return node.nodeType === TEXT && this.enqueue(node);
  }

  /**
   * Text under an element whose skip decision flipped is dropped or read
   * again. Any other change of class or style may show or hide marked text:
   * looked at a little later, once for many changes.
   */
  private attributeChanged(el: Element, name: string): boolean {
    if (this.mentions.size > 0 || this.hidden.size > 0) this.restyles.add(el);
    if (!SKIP_ATTRIBUTES.includes(name)) return false;
    const flipped = this.skips.recheck(el);
    if (flipped === 'skipped') this.forgetWithin(el);
    return flipped === 'read' && this.enqueue(el);
  }

  /**
   * Mentions under restyled elements that the page now hides go; hidden ones
   * it now shows are read again. A page that only restyles (animations) gets
   * no pass.
   */
  private lookAgainAtRestyled(restyled: Element[]): void {
    if (!this.running) return;
    const under = (node: Node) => restyled.some((el) => el.contains(node));
    let changed = false;
    for (const mention of [...this.mentions]) {
      if (under(mention.text) && mention.text.isConnected && !isShown(mention.nodes)) {
        this.forgetText(mention.text);
        this.hidden.add(mention.text);
        changed = true;
      }
    }
    for (const text of [...this.hidden]) {
      if (!under(text) || !isShown([text])) continue;
      this.hidden.delete(text);
      changed = this.enqueue(text) || changed;
    }
    if (changed) this.schedule();
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
    if (this.mentions.size === 0 && this.hidden.size === 0 && this.capped.size === 0) return;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) this.forgetText(t as Text);
  }

  /** The page no longer shows this text as it was: its mentions and waits go. */
  private forgetText(text: Text): void {
    if (this.lastRun?.nodes.includes(text)) this.lastRun = undefined;
    // A text the cap left unmarked counts: its going may lift the page's "capped".
    const had = this.mentions.in(text).length > 0 || this.capped.has(text);
    const gone = this.release(text);
    if (!had) return;
    this.dropped = true;
    for (const id of gone) this.enqueueWaitingFirst(id);
  }

  /** Forgets all Gloss knows of a text; returns the entities left with no mention on the page. */
  private release(text: Text): string[] {
    this.evidence.forget(text);
    this.firstMentions?.forget(text);
    this.hidden.delete(text);
    this.capped.forget(text);
    return this.mentions.drop(text);
  }

  /** An entity whose last marked mention went gets its next one marked: in first-mention mode, and past the cap. */
  private enqueueWaitingFirst(id: string): void {
    const entity = this.entityIndex.get(id)!;
    for (const t of [...(this.firstMentions?.take(entity) ?? []), ...this.capped.take(entity)])
      this.enqueue(t);
  }

  /** Queues a node the page added or changed; true if there is anything to read. */
  private enqueue(node: Node): boolean {
    if (!node.isConnected || this.skips.isInsideSkipped(node.parentElement)) return false;
    if (node.nodeType === TEXT) {
      this.queue.push({ read: node as Text });
      return true;
    }
    if (node.nodeType !== ELEMENT || this.skips.isInsideSkipped(node as Element)) return false;
    this.queue.push(toRead(node as Element), ShadowRoots.under(node as Element));
    return true;
  }

  /**
   * Records the mentions of a run whose matches came back, replacing what was
   * known of its texts, unless the page changed them since they were read:
   * then they are read again.
   */
  private judgeRun({ run, node }: RunRead, answer: FoundMatch[]): void {
    // The page changed the run since it was read, or Gloss now stays out of it (made editable).
    if (!isAsRead(run) || run.nodes.some((n) => this.skips.isInsideSkipped(n.parentElement))) {
      // A change inside an inline child ("<b>x</b>" emptied) queues only that child: read them all again.
      for (const n of run.nodes) this.enqueue(n);
      return;
    }
    const { text } = run;
    const before: string[] = [];
    for (const n of run.nodes) before.push(...this.release(n));
    const found = answer.map((m) => matchOf(m, this.options.term));
    // Ambiguous mentions read earlier that this run confirms are read again.
    const confirmed = this.evidence.confirm(node, found, (t) => this.enqueue(t));
    // What the page hides is neither painted nor counted, and is read again when it is shown.
    const shown = confirmed.filter((m) => isShown(spanOf(run, m.start, m.end).nodes));
    if (shown.length < confirmed.length) {
      this.hidden.add(node);
      // Looked at once more a moment later: a page still laying itself out may show it then.
      if (node.parentElement) this.restyles.add(node.parentElement);
    }
    const { ids } = this.options;
    this.mentions.add(
      this.wanted(node, shown, text).map((m) => ({
        ...spanOf(run, m.start, m.end),
        entity: ids[m.term.entity]!,
      })),
    );
    for (const id of before) if (this.mentions.count(id) === 0) this.enqueueWaitingFirst(id);
  }

  /** The matches the reader's settings let through; in first-mention mode, the rest wait. */
  private wanted(node: Text, matches: Match[], text: string): Match[] {
    const { wants } = this.options;
    const allowed = wants ? matches.filter((m) => wants(m, text)) : matches;
    return this.withinCap(node, this.firstMentions?.keep(node, allowed) ?? allowed);
  }

  /** The matches that fit under `maxMentions`, and past it those that are their entity's first on the page. */
  private withinCap(node: Text, matches: Match[]): Match[] {
    const { ids, maxMentions = MAX_MENTIONS } = this.options;
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
