/**
 * The words a reader reads as one line: the text nodes that flow together
 * inside one block, whatever inline markup splits them ("the <b>Lima</b>
 * Group", "Nicolás <a>Maduro</a>"). A block, a line break or text Gloss
 * skips ends a run, so a headline in a list of links is a run of its own and
 * never runs into the next ("…Carrier deal" + "Trump taps…").
 *
 * Read only around the few places where a name may start (the background
 * finds them: matching/finding.ts), never for the whole page.
 */
import { isWordChar } from '../matching/fold';

export interface Run {
  /** The text nodes, in document order. */
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  /** Their text, joined. */
  text: string;
}

/** Elements that are inline whatever a page's CSS says of them, in practice. */
const INLINE_TAGS = new Set(
  'B STRONG EM I U MARK SMALL SUB SUP ABBR ACRONYM CITE Q TIME FONT S STRIKE DEL INS VAR DFN BDI BDO DATA WBR NOBR TT BIG IMG'.split(
    ' ',
  ),
);
/** Elements that are blocks or breaks whatever a page's CSS says of them, in practice. */
const BREAKING_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** A run this long on either side of its node is cut there: a page's one giant paragraph is read in pieces. */
const MAX_SIDE_CHARS = 20_000;
const ELEMENT = 1;

/**
 * Whether text flows through `el` without a break: by its tag where that
 * settles it, else by its CSS (`a` and `span` are often blocks on news sites).
 * The CSS is asked only where it changes the words (`glued`: a letter on
 * each side, "…deal" + "Trump…"); beside a space either way reads the same.
 */
function flowsInline(el: Element, glued: boolean): boolean {
  if (INLINE_TAGS.has(el.tagName)) return true;
  if (BREAKING_TAGS.has(el.tagName)) return false;
  if (!glued) return true;
  const display = el.ownerDocument.defaultView?.getComputedStyle(el).display ?? 'inline';
  return display === 'inline' || display === 'contents';
}

function commonAncestor(a: Node, b: Node): Node | null {
  const above = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) above.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (above.has(n)) return n;
  return null;
}

/** Whether `b`, the text node after `a`, is read on the same line as `a`. */
function joins(a: Text, b: Text, inline: (el: Element, glued: boolean) => boolean): boolean {
  const common = commonAncestor(a, b);
  if (!common) return false;
  const glued = isWordChar(a.data.charCodeAt(a.data.length - 1)) && isWordChar(b.data.charCodeAt(0));
  const flows = (el: Element) => inline(el, glued);
  // The elements the words leave, enter, or pass (a <br>) between the two.
  let left: Node = a;
  for (; left.parentNode !== common; left = left.parentNode!)
    if (!flows(left.parentNode as Element)) return false;
  let entered: Node = b;
  for (; entered.parentNode !== common; entered = entered.parentNode!)
    if (!flows(entered.parentNode as Element)) return false;
  for (let n = left.nextSibling; n && n !== entered; n = n.nextSibling)
    if (n.nodeType === ELEMENT && !flows(n as Element)) return false;
  return true;
}

/**
 * The run `node` is in. `skipped` says which elements hold text Gloss never
 * reads: their text ends a run.
 */
export function runAround(node: Text, skipped: (el: Element | null) => boolean): Run {
  const doc = node.ownerDocument;
  const walker = doc.createTreeWalker(node.getRootNode(), NodeFilter.SHOW_TEXT);
  // An element's display is asked once per run, however many of its texts are read.
  const known = new Map<Element, boolean>();
  const inline = (el: Element, glued: boolean) => {
    if (!glued) return flowsInline(el, false);
    let flows = known.get(el);
    if (flows === undefined) known.set(el, (flows = flowsInline(el, true)));
    return flows;
  };
  /** The nodes that join `node` on one side, nearest first: `step` moves the walker that way. */
  const side = (step: () => Node | null, joined: (near: Text, far: Text) => boolean): Text[] => {
    const out: Text[] = [];
    walker.currentNode = node;
    for (let at = node, chars = 0; chars < MAX_SIDE_CHARS;) {
      const far = step() as Text | null;
      if (!far || skipped(far.parentElement) || !joined(at, far)) break;
      out.push(far);
      chars += far.data.length;
      at = far;
    }
    return out;
  };
  const nodes = side(
    () => walker.previousNode(),
    (at, prev) => joins(prev, at, inline),
  ).reverse();
  nodes.push(
    node,
    ...side(
      () => walker.nextNode(),
      (at, next) => joins(at, next, inline),
    ),
  );
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  return { nodes, starts, text };
}

/** The nodes of `run` that [start, end) of its text covers, and the offsets in the first and last. */
export function spanOf(run: Run, start: number, end: number): { nodes: Text[]; start: number; end: number } {
  const { nodes, starts } = run;
  let first = 0;
  while (first + 1 < nodes.length && starts[first + 1]! <= start) first++;
  let last = first;
  while (last + 1 < nodes.length && starts[last + 1]! < end) last++;
  return { nodes: nodes.slice(first, last + 1), start: start - starts[first]!, end: end - starts[last]! };
}

/** Whether the page left a run's texts as they were read: its nodes still in the page, their text unchanged. */
export function isAsRead(run: Run): boolean {
  return run.nodes.every((n) => n.isConnected) && run.nodes.map((n) => n.data).join('') === run.text;
}
