/**
 * A subtree's text read the way the browser holds it: one native
 * `textContent`, its prose (inline scripts and styles cut out) scanned for
 * the places a name may start, and a walk of its text nodes that only adds
 * up their lengths until each place, where the node there is handed on.
 * Resumable, so a long page is read in slices.
 */
import { isWordChar } from '../../matching/matcher';
import type { Run } from './runs';

/** A subtree read in one go: its text, where names may start in it, and a walk to them. */
export interface RootWork {
  root: Element | ShadowRoot;
  /** Read before this one (the first screenful): its places are skipped here. */
  readBefore?: Node;
  text?: string;
  /** The stretches of `text` still to scan: its prose, scripts and styles cut out. */
  prose?: [number, number][];
  /** Offsets in `text` of the places to look at, ascending. */
  starts: number[];
  /** The next place to look at. */
  next: number;
  walker?: TreeWalker;
  /** The text node the walk is on, and where its text starts in `text`. */
  node?: Text | null;
  nodeStart: number;
}

/** The places in a run already found in a root's text, if the run lies in it: `node` is `run.nodes[k]`. */
export type KnownPlaces = (run: Run, k: number) => number[] | undefined;

/**
 * The places of `work`'s root text, from its next one on, that fall in a run
 * read around the node that starts at `nodeStart` in that text: the run's
 * text is that stretch of it, so it is not scanned again. Only word starts
 * count in the run (the root's text runs blocks together), and its first
 * word is always tried (the root's text may run it into the block before).
 * None when the run does not lie in the root, or its text is no longer what was read.
 */
const placesFrom =
  (work: RootWork, nodeStart: number): KnownPlaces =>
  (run, k) => {
    const { nodes, text } = run;
    if (!work.root.contains(nodes[0]!) || !work.root.contains(nodes[nodes.length - 1]!)) return undefined;
    const offset = nodeStart - run.starts[k]!;
    // The page may have changed the text since it was read (a ticker before it): then it is scanned anew.
    if (!work.text!.startsWith(text, offset)) return undefined;
    const places = [0];
    for (let i = work.next - 1; i < work.starts.length && work.starts[i]! < offset + text.length; i++) {
      const at = work.starts[i]! - offset;
      if (at > 0 && !isWordChar(text.charCodeAt(at - 1))) places.push(at);
    }
    return places;
  };

/** The work of reading `root`, nothing done yet. */
export const toRead = (root: Element | ShadowRoot, readBefore?: Node): RootWork => ({
  root,
  readBefore,
  starts: [],
  next: 0,
  nodeStart: 0,
});

/** Characters of a root's text scanned between two looks at the clock. */
const SCAN_CHUNK = 16_384;
/** Code shorter than this is left in the scan: finding it would cost more than its few capitals. */
const SHORT_CODE = 128;
/** Elements whose text is code or raw text, never prose (see skip-rules.ts). */
const CODE = 'script, style, noscript, textarea';

/**
 * The stretches of a root's `textContent` that are not code: a page's inline
 * scripts and styles are often most of its text, and full of capitals. They
 * come in `textContent` in document order, so each is found after the last.
 */
function proseOf(root: Element | ShadowRoot, text: string): [number, number][] {
  const prose: [number, number][] = [];
  let from = 0;
  for (const el of root.querySelectorAll(CODE)) {
    const code = el.textContent ?? '';
    if (code.length < SHORT_CODE) continue;
    const at = text.indexOf(code, from);
    if (at < 0) continue;
    if (at > from) prose.push([from, at]);
    from = at + code.length;
  }
  if (from < text.length) prose.push([from, text.length]);
  return prose;
}

/** Places looked at, or text nodes walked past, between two looks at the clock. */
const BATCH = 256;

export interface RootReading {
  doc: Document;
  /** The places in [from, to) of a root's text. */
  placesIn(text: string, from: number, to: number): number[];
  /** The text node at a place, and the places of its run already known; whether that cost a run's read. */
  visit(node: Text, known: KnownPlaces): boolean;
}

/**
 * One step of reading `work`, until `deadline`: 'done', 'more' (the deadline
 * came first), or 'changed' (the page changed the text since it was read).
 */
export function readRootText(
  work: RootWork,
  deadline: number,
  how: RootReading,
): 'done' | 'more' | 'changed' {
  if (work.text === undefined) {
    if (!work.root.isConnected) return 'done';
    work.text = work.root.textContent ?? '';
    work.prose = proseOf(work.root, work.text);
  }
  const { text, prose, starts } = work as Required<RootWork>;
  while (prose.length > 0) {
    if (performance.now() >= deadline) return 'more';
    const stretch = prose[0]!;
    const end = Math.min(stretch[1], stretch[0] + SCAN_CHUNK);
    for (const at of how.placesIn(text, stretch[0], end)) starts.push(at);
    if (end === stretch[1]) prose.shift();
    else stretch[0] = end;
  }
  if (starts.length === 0) return 'done';
  const walker = (work.walker ??= how.doc.createTreeWalker(work.root, NodeFilter.SHOW_TEXT));
  let node = work.node === undefined ? (walker.nextNode() as Text | null) : work.node;
  // The page took away the node the walk was on: the walk could not go on from it.
  if (node && !work.root.contains(node)) return 'changed';
  let nodeStart = work.nodeStart;
  // The clock is read every BATCH nodes walked past, and after each run read, which costs far more.
  for (let n = 1; node && work.next < starts.length; n++) {
    if (n % BATCH === 0 && performance.now() >= deadline) break;
    const at = starts[work.next]!;
    const length = node.data.length;
    if (nodeStart + length <= at) {
      nodeStart += length;
      node = walker.nextNode() as Text | null;
      continue;
    }
    work.next++;
    if (node.data.charCodeAt(at - nodeStart) !== text.charCodeAt(at)) return 'changed';
    if (how.visit(node, placesFrom(work, nodeStart))) {
      if (!work.root.contains(node)) return 'changed';
      n = BATCH - 1;
    }
  }
  work.node = node;
  work.nodeStart = nodeStart;
  return !node || work.next >= starts.length ? 'done' : 'more';
}
