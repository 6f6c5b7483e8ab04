/**
 * Marks entity mentions in a live document, and takes the marks away again.
 *
 * Each mention becomes one `<gloss-mark data-gloss-entity="id">` around the
 * page's own text: the DOM contract other tools rely on. The work is cut into
 * slices of a few milliseconds so the page never stalls, starts at the
 * screenful the reader is looking at, follows the page's later changes
 * through a MutationObserver, and never re-reads its own changes.
 *
 * Each text node is matched on its own, so a name split by markup
 * ("<b>Lima</b> Group") is not marked as a whole. That is deliberate: one
 * element around text from two parents would have to re-nest the page's own
 * elements, which the DOM contract (one element whose text is the matched
 * text, nothing else changed) rules out. Such splits are rare in article text.
 */
import { AMBIGUOUS, evidenceOf, withEvidence, type Match, type Matcher } from './matcher';

export const MARK_TAG = 'gloss-mark';
export const ENTITY_ATTR = 'data-gloss-entity';
/** Put on Gloss's own UI hosts so that they are never annotated. */
export const UI_ATTR = 'data-gloss-ui';

/** Longest stretch of work before yielding to the page, in ms: well under a 50 ms long task. */
const SLICE_MS = 12;
/** How many `gloss:annotate` measures a page's timeline holds before the old ones are dropped. */
const MAX_KEPT_MEASURES = 1000;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'KBD',
  'SAMP',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'HEAD',
  MARK_TAG.toUpperCase(),
]);
/** Code editors that draw their text in plain elements rather than in an editable region. */
const EDITOR_CLASS = /\b(CodeMirror|cm-editor|monaco-editor|ace_editor|ProseMirror|ql-editor)\b/;

/** Elements whose text Gloss must never touch: code, forms, editors, SVG, its own UI. */
export function isSkipped(el: Element): boolean {
  if (el.namespaceURI !== HTML_NS || SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute(ENTITY_ATTR) || el.hasAttribute(UI_ATTR) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const cls = el.getAttribute('class');
  return cls !== null && EDITOR_CLASS.test(cls);
}

export interface AnnotatorOptions {
  matcher: Matcher;
  /** Entity ids by the matcher's entity index. */
  ids: readonly string[];
  /** Whether the reader wants this match marked (kinds turned off, "Not this here"). */
  wants?: (match: Match, text: string) => boolean;
  /** Mark only the first mention of each entity on the page. */
  firstOnly?: boolean;
  /**
   * The marks' styles for open shadow roots, which the page-wide stylesheet
   * does not reach; adopted by each root Gloss marks text in, and removed again.
   */
  shadowSheet?: CSSStyleSheet;
  /** Called after each pass with the number of marks per entity id. */
  onPass?: (counts: ReadonlyMap<string, number>) => void;
}

/** A text node that Gloss split, and what now follows it in its place. */
interface Split {
  head: Text;
  parts: Node[];
}

interface Work {
  walker: TreeWalker;
  /** The next node to process; undefined before the walk has begun, null at its end. */
  next?: Node | null;
  /** For the part of the page above the first screenful: stop where that began. */
  stopAt?: Node;
}

export class Annotator {
  private readonly evidence = new Set<number>();
  /** Text that holds ambiguous matches, by each entity whose presence would confirm them. */
  private readonly pending = new Map<number, Set<Text>>();
  private readonly splits: Split[] = [];
  private readonly counts = new Map<string, number>();
  private readonly queue: Work[] = [];
  private readonly observer: MutationObserver;
  private scheduled = false;
  private running = false;
  private passStart: number | undefined;
  /** Main-thread time of the current pass, and its longest slice. */
  private passBusy = 0;
  private passLongest = 0;
  private passes = 0;
  /** Split records kept at the last clean-up (see `forgetRemovedText`). */
  private keptSplits = 256;
  private readonly channel = new MessageChannel();
  private skipCache = new WeakMap<Element, boolean>();
  private readonly markModels = new Map<string, Element>();
  /** Open shadow roots of the page that Gloss walks and watches. */
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.observer = new MutationObserver((records) => {
      if (this.enqueueChanges(records)) this.schedule();
    });
    this.channel.port1.onmessage = () => this.run();
  }

  /** Marks the document, first screenful first, then keeps up with its changes. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const body = this.doc.body;
    if (!body || this.doc.designMode === 'on') return;
    this.observe();
    const anchor = this.firstVisibleText();
    if (anchor) {
      const fromAnchor = this.walker(body);
      fromAnchor.currentNode = anchor;
      this.queue.push({ walker: fromAnchor, next: anchor }, { walker: this.walker(body), stopAt: anchor });
    } else {
      this.queue.push({ walker: this.walker(body) });
    }
    this.schedule();
  }

  /** Stops watching and removes every mark, leaving the DOM as it was. */
  stop(): void {
    this.running = false;
    this.observer.disconnect();
    this.queue.length = 0;
    for (let k = this.splits.length - 1; k >= 0; k--) restore(this.splits[k]!);
    this.splits.length = 0;
    this.pending.clear();
    this.evidence.clear();
    this.counts.clear();
    const sheet = this.options.shadowSheet;
    for (const root of this.shadowRoots) {
      if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.shadowRoots.clear();
  }

  private observe(): void {
    const options = { childList: true, subtree: true, characterData: true };
    // The whole document, so that a page replacing its body is followed too.
    this.observer.observe(this.doc.documentElement, options);
    for (const root of this.shadowRoots) this.observer.observe(root, options);
  }

  /** Elements too, so that open shadow roots are found on the way. */
  private walker(root: Node): TreeWalker {
    return this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  private enterShadow(root: ShadowRoot): void {
    this.shadowRoots.add(root);
    const sheet = this.options.shadowSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.queue.push({ walker: this.walker(root) });
  }

  /**
   * Whether an element or one of its ancestors is skipped, remembered per
   * pass: cheaper than a TreeWalker filter, which would call into script for
   * every element of the page.
   */
  private isInsideSkipped(el: Element | null): boolean {
    if (!el) return false;
    let skipped = this.skipCache.get(el);
    if (skipped === undefined) {
      skipped = isSkipped(el) || this.isInsideSkipped(el.parentElement);
      this.skipCache.set(el, skipped);
    }
    return skipped;
  }

  /** The text node at the top of the viewport, when the reader has scrolled. */
  private firstVisibleText(): Node | undefined {
    const view = this.doc.defaultView;
    if (!view || view.scrollY < 1) return undefined;
    const doc = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    };
    const node = doc.caretPositionFromPoint?.(view.innerWidth / 2, 4)?.offsetNode;
    if (!node || node.nodeType !== Node.TEXT_NODE || this.isInsideSkipped(node.parentElement))
      return undefined;
    return node;
  }

  private schedule(): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    // A message task, unlike setTimeout, is not clamped to 4 ms when chained.
    this.channel.port2.postMessage(null);
  }

  private run(): void {
    this.scheduled = false;
    if (!this.running) return;
    const started = performance.now();
    if (this.passStart === undefined) {
      this.passStart = started;
      // Pages change attributes too (an editor switched on): skip decisions last one pass.
      this.skipCache = new WeakMap();
    }
    const deadline = started + SLICE_MS;
    this.enqueueChanges(this.observer.takeRecords());
    // Nothing else runs during the slice, so every mutation in it is Gloss's
    // own: not observing them spares the browser a record per split and wrap.
    this.observer.disconnect();
    while (this.queue.length > 0 && performance.now() < deadline) {
      const work = this.queue[0]!;
      let node = work.next === undefined ? work.walker.nextNode() : work.next;
      for (let n = 0; n < 64 && node && node !== work.stopAt; n++) {
        // Step before wrapping: wrapping inserts the marks right after the node.
        const next = work.walker.nextNode();
        if (node.nodeType === Node.TEXT_NODE) {
          if (!this.isInsideSkipped(node.parentElement)) this.processText(node as Text);
        } else {
          const shadow = (node as Element).shadowRoot;
          if (shadow && !this.shadowRoots.has(shadow) && !this.isInsideSkipped(node as Element))
            this.enterShadow(shadow);
        }
        node = next;
      }
      work.next = node;
      if (!node || node === work.stopAt) this.queue.shift();
    }
    if (this.doc.body) this.observe();
    const slice = performance.now() - started;
    this.passBusy += slice;
    this.passLongest = Math.max(this.passLongest, slice);
    if (this.queue.length > 0) {
      this.schedule();
      return;
    }
    const end = performance.now();
    // The measure spans the pass as the page lived it; `busyMs` is what it took of the main thread.
    // The timeline keeps every entry: on a page that changes all day, the
    // oldest are dropped now and then (observers have seen them already).
    if (++this.passes % MAX_KEPT_MEASURES === 0) performance.clearMeasures('gloss:annotate');
    performance.measure('gloss:annotate', {
      start: this.passStart,
      end,
      detail: { marks: this.total(), busyMs: this.passBusy, longestSliceMs: this.passLongest },
    });
    this.passStart = undefined;
    this.passBusy = 0;
    this.passLongest = 0;
    this.forgetRemovedText();
    this.options.onPass?.(this.counts);
  }

  private total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Queues what the page added or changed; true if there is anything to do. */
  private enqueueChanges(records: MutationRecord[]): boolean {
    if (!this.running) return false;
    let added = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        // The page rewrote the text of one of Gloss's marks (a framework
        // re-rendering): the mark may no longer hold a match, so it goes and
        // the text is matched again.
        const mark = record.target.parentElement;
        if (mark?.localName === MARK_TAG && mark.hasAttribute(ENTITY_ATTR)) this.unwrap(mark);
        this.enqueueRoot(record.target);
        added = true;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
          this.enqueueRoot(node);
          added = true;
        }
      }
    }
    return added;
  }

  private enqueueRoot(node: Node): void {
    if (!node.isConnected || this.isInsideSkipped(node.parentElement)) return;
    if (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)) return;
    // A walker rooted at a text node yields nothing after it: `next` makes it yield that node.
    this.queue.push({ walker: this.walker(node), next: node.nodeType === Node.TEXT_NODE ? node : undefined });
  }

  private processText(node: Text): void {
    const text = node.data;
    if (text.length < 2 || !node.parentNode) return;
    const found = this.options.matcher.find(text);
    if (found.length === 0) return;
    for (const entity of evidenceOf(found)) {
      if (this.evidence.has(entity)) continue;
      this.evidence.add(entity);
      // Ambiguous mentions seen earlier on the page are now confirmed.
      const waiting = this.pending.get(entity);
      if (waiting) {
        this.pending.delete(entity);
        for (const t of waiting) if (t.isConnected) this.queue.push({ walker: this.walker(t), next: t });
      }
    }
    const confirmed = withEvidence(found, this.evidence);
    const wanted = this.wanted(confirmed, text);
    const parts = wanted.length > 0 ? this.wrap(node, wanted) : [node];
    if (confirmed.length < found.length) {
      for (const m of found) {
        if (!(m.term.flags & AMBIGUOUS) || confirmed.includes(m)) continue;
        for (const entity of [m.term.entity, ...(m.term.evidence ?? [])]) {
          let waiting = this.pending.get(entity);
          if (!waiting) this.pending.set(entity, (waiting = new Set()));
          for (const part of parts) if (part.nodeType === Node.TEXT_NODE) waiting.add(part as Text);
        }
      }
    }
  }

  /** The matches the reader's settings let through. */
  private wanted(matches: Match[], text: string): Match[] {
    const { wants, firstOnly, ids } = this.options;
    if (!wants && !firstOnly) return matches;
    const seen = new Set<number>();
    return matches.filter((m) => {
      const entity = m.term.entity;
      if (wants && !wants(m, text)) return false;
      if (!firstOnly) return true;
      if (seen.has(entity) || this.counts.has(ids[entity]!)) return false;
      seen.add(entity);
      return true;
    });
  }

  /**
   * Pages that drop content (infinite scroll, live blogs) would otherwise
   * keep every node Gloss ever split alive: the records of text no longer in
   * the page go, whenever they have doubled since the last clean-up.
   */
  private forgetRemovedText(): void {
    if (this.splits.length < 2 * this.keptSplits) return;
    const kept = this.splits.filter((s) => s.head.isConnected);
    this.splits.length = 0;
    this.splits.push(...kept);
    this.keptSplits = Math.max(kept.length, 256);
    for (const [entity, texts] of this.pending) {
      for (const t of texts) if (!t.isConnected) texts.delete(t);
      if (texts.size === 0) this.pending.delete(entity);
    }
  }

  /** An empty mark for the entity: a clone of one made once, cheaper than creating and setting it each time. */
  private markFor(id: string): Element {
    let model = this.markModels.get(id);
    if (!model) {
      model = this.doc.createElement(MARK_TAG);
      model.setAttribute(ENTITY_ATTR, id);
      this.markModels.set(id, model);
    }
    return model.cloneNode(false) as Element;
  }

  /** Replaces a mark by its text, where it stands. */
  private unwrap(mark: Element): void {
    const id = mark.getAttribute(ENTITY_ATTR)!;
    const count = (this.counts.get(id) ?? 1) - 1;
    if (count > 0) this.counts.set(id, count);
    else this.counts.delete(id);
    mark.replaceWith(...mark.childNodes);
  }

  /**
   * Wraps each match of `node` in a mark; returns the nodes now standing in
   * its place. The node keeps the text before the first match and the rest is
   * built once and inserted after it: splitting a long text node once per
   * match would copy its text once per match.
   */
  private wrap(node: Text, matches: readonly Match[]): Node[] {
    const text = node.data;
    const parts: Node[] = [];
    matches.forEach((m, k) => {
      const id = this.options.ids[m.term.entity]!;
      const mark = this.markFor(id);
      mark.textContent = text.slice(m.start, m.end);
      parts.push(mark);
      const next = matches[k + 1]?.start ?? text.length;
      if (m.end < next) parts.push(this.doc.createTextNode(text.slice(m.end, next)));
      this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    });
    node.data = text.slice(0, matches[0]!.start);
    const fragment = this.doc.createDocumentFragment();
    fragment.append(...parts);
    node.parentNode!.insertBefore(fragment, node.nextSibling);
    this.splits.push({ head: node, parts });
    return [node, ...parts];
  }
}

/** Puts a split text node back together, the original node keeping its identity. */
function restore({ head, parts }: Split): void {
  let text = '';
  // Only what still follows the head in order is merged back: a page that
  // moved or removed some of it keeps its own arrangement of the rest.
  for (const part of parts) {
    if (head.nextSibling !== part) break;
    text += part.textContent;
    head.parentNode!.removeChild(part);
  }
  if (text) head.data += text;
}
