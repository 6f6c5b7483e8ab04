/**
 * A subtree's text read the way the browser holds it: its prose (the text
 * between its long inline scripts and styles, which are never copied) in one
 * native call per stretch, sent in pieces to the background, which answers where a name may be in each and
 * which (matching/finding.ts), and a walk of the text nodes that only adds
 * up their lengths until each place worth reading (place-choice.ts), where
 * the node there is handed on. A root with no such place is not walked at
 * all. Resumable: a long page is read in slices, and the walk waits for
 * the answer about the piece it has reached.
 */
import type { Places } from '../matching/finding';
import { MAX_PLACES_TEXT } from '../messaging/contract';

/** A subtree read in one go: its text, where names may start in it, and a walk to them. */
export interface RootWork {
  root: Element | ShadowRoot;
  /** Read before this one (the first screenful): its places are skipped here. */
  readBefore?: Node;
  /** Read again for these entities' places only (evidence an ambiguous name came to need). */
  only?: ReadonlySet<number>;
  /** The pieces of its prose (its text outside code) asked about, in pieces a message carries; once read. */
  pieces?: Piece[];
  /** How many pieces were asked about so far. */
  asked: number;
  /** The places in each piece (offsets in the root's text, each with a term), once the answer came. */
  places: (Places | undefined)[];
  /** The piece the walk is in, and the next of its places (an index in its `Places`). */
  piece: number;
  next: number;
  walker?: TreeWalker;
  /** The text node the walk is on (none before the first place worth a walk), and where its text starts in the root's. */
  node?: Text | null;
  nodeStart: number;
}

/**
 * A stretch of a root's text between two of its inline scripts or styles,
 * and where it starts in the root's whole text (its `textContent`, which
 * the walk adds up the lengths of).
 */
interface Stretch {
  at: number;
  text: string;
}

/** A piece of a stretch asked about: [from, to) in the root's whole text. */
interface Piece {
  stretch: Stretch;
  from: number;
  to: number;
}

/** The work of reading `root`, nothing done yet. */
export const toRead = (root: Element | ShadowRoot, readBefore?: Node): RootWork => ({
  root,
  readBefore,
  asked: 0,
  places: [],
  piece: 0,
  next: 0,
  nodeStart: 0,
});

/** Characters of prose in one question: a 5 MB page goes in many, asked across slices. */
const PIECE = 65_536;
/**
 * Characters of prose asked about ahead of the piece the walk is in: a
 * message's worth, so that a page's text goes in one question, while a
 * huge page does not hold the background, which answers every tab, for
 * all of its text at once.
 */
const AHEAD_CHARS = MAX_PLACES_TEXT;
/** Characters sent around a piece: a form that starts at its end is read to its own end. */
const MARGIN = 256;
/** Code shorter than this is left in: finding it would cost more than its few capitals. */
const SHORT_CODE = 128;
/** Elements whose text is code or raw text, never prose (see skip-rules.ts). */
const CODE = 'script, style, noscript, textarea';
const TEXT = 3;

/** An element's text length, without copying its text when it is one node (a script's, a style's). */
function textLength(el: Element): number {
  const only = el.firstChild;
  return only && only === el.lastChild && only.nodeType === TEXT
    ? (only as Text).length
    : (el.textContent ?? '').length;
}

/**
 * The root's prose: its text but for inline scripts and styles, which are
 * often most of a page's text and full of capitals. The text between two of
 * them is read with one native `Range.toString` (the same text nodes
 * `textContent` joins), so theirs is never copied nor searched for.
 */
function proseOf(root: Element | ShadowRoot): Stretch[] {
  const prose: Stretch[] = [];
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  let at = 0;
  let last: Element | undefined;
  for (const code of root.querySelectorAll(CODE)) {
    const length = textLength(code);
    if (length < SHORT_CODE || last?.contains(code)) continue;
    range.setEndBefore(code);
    const text = range.toString();
    prose.push({ at, text });
    at += text.length + length;
    range.setStartAfter(code);
    last = code;
  }
  range.setEnd(root, root.childNodes.length);
  prose.push({ at, text: range.toString() });
  return prose;
}

/** The prose in pieces of at most `PIECE` characters. */
function piecesOf(prose: readonly Stretch[]): Piece[] {
  const pieces: Piece[] = [];
  for (const stretch of prose)
    for (let from = 0; from < stretch.text.length; from += PIECE)
      pieces.push({
        stretch,
        from: stretch.at + from,
        to: stretch.at + Math.min(stretch.text.length, from + PIECE),
      });
  return pieces;
}

/**
 * Elements in a subtree past which its text is not read in one call: one
 * `textContent` of a 5 MB page holds its main thread for one long task.
 * A news page has a few thousand.
 */
const HUGE = 20_000;

/**
 * Whether `work` is a subtree too big to read in one call, whose parts can
 * be read apart instead (it has not been read yet): `getElementsByTagName`
 * is the live list the shadow-root search walks anyway, counted natively.
 */
export function isHuge(work: RootWork): boolean {
  const { root } = work;
  return (
    work.pieces === undefined &&
    'getElementsByTagName' in root &&
    root.getElementsByTagName('*').length > HUGE
  );
}

/** Places looked at, or text nodes walked past, between two looks at the clock. */
const BATCH = 256;

export interface RootReading {
  doc: Document;
  /** Where in [from, to) of `text` names may be (offsets in `text`); the caller hears of the answer. */
  places(text: string, from: number, to: number): Promise<Places>;
  /** The places of a piece of `root`, as they came (offsets in the root's text). */
  noticed(places: Places, root: Element | ShadowRoot): void;
  /** Whether a place where the `term`th term may match is worth reading for it. */
  worth(term: number): boolean;
  /** A place of `root` where the `term`th term may match was left unread. */
  leftUnread(term: number, root: Element | ShadowRoot): void;
  /** The text node at a place; whether that cost a run's read. */
  visit(node: Text): boolean;
}

/**
 * Reads the root's text and asks where names may start in its first pieces:
 * 'asked', 'more' (the deadline came first), or 'gone' (the root left the page).
 */
export function askAbout(
  work: RootWork,
  deadline: number,
  how: Pick<RootReading, 'places' | 'noticed'>,
): 'asked' | 'more' | 'gone' {
  if (work.pieces === undefined) {
    if (!work.root.isConnected) return 'gone';
    work.pieces = piecesOf(proseOf(work.root));
    // Reading a huge root's text is one long native call: its questions wait for the next slice.
    if (performance.now() >= deadline) return 'more';
  }
  const { pieces, places, root } = work as Required<RootWork>;
  // The pieces up to a message's worth past the walk's are asked about: a page's text at once.
  let ahead = 0;
  for (let k = work.piece + 1; k < work.asked; k++) ahead += pieces[k]!.to - pieces[k]!.from;
  for (; work.asked < pieces.length && (work.asked === 0 || performance.now() < deadline); work.asked++) {
    const k = work.asked;
    const { stretch, from, to } = pieces[k]!;
    if (k > work.piece && (ahead += to - from) > AHEAD_CHARS) break;
    // The character before, which says whether a word starts at `from`, and the margin after, in the stretch.
    const base = Math.max(stretch.at, from - 1);
    how
      .places(stretch.text.slice(base - stretch.at, to - stretch.at + MARGIN), from - base, to - base)
      // A background that cannot answer (Gloss was updated under the page) leaves nothing to walk to.
      .then(
        (found) => {
          for (let j = 0; j < found.length; j += 2) found[j]! += base;
          how.noticed((places[k] = found), root);
        },
        () => (places[k] = []),
      );
  }
  return 'asked';
}

/**
 * One step of reading `work`, until `deadline`: 'done', 'more' (the deadline
 * came first), 'wait' (for the places of the piece the walk reached), or
 * 'changed' (the page changed the text since it was read).
 */
export function readRootText(
  work: RootWork,
  deadline: number,
  how: RootReading,
): 'done' | 'more' | 'wait' | 'changed' {
  const asked = askAbout(work, deadline, how);
  if (asked !== 'asked') return asked === 'gone' ? 'done' : 'more';
  const { pieces, places, root } = work as Required<RootWork>;
  let node = work.node;
  // The page took away the node the walk was on: the walk could not go on from it.
  if (node && !root.contains(node)) return 'changed';
  let nodeStart = work.nodeStart;
  let ended: 'more' | 'wait' | undefined;
  // The clock is read every BATCH places or nodes passed, and after each run read, which costs far more.
  let n = 0;
  const late = (every: number) => (n += every) >= BATCH && ((n = 0), performance.now() >= deadline);
  while (work.piece < pieces.length) {
    const found = places[work.piece];
    if (!found) {
      // Not asked about yet (the deadline came first while asking): the next slice asks.
      ended = work.piece < work.asked ? 'wait' : 'more';
      break;
    }
    if (work.next >= found.length) {
      work.piece++;
      work.next = 0;
      continue;
    }
    if (late(1)) {
      ended = 'more';
      break;
    }
    // The place's terms, each an (offset, term) pair: is one of them worth a walk there?
    const at = found[work.next]!;
    let next = work.next;
    let worth = false;
    for (; next < found.length && found[next] === at; next += 2) worth ||= how.worth(found[next + 1]!);
    if (!worth) {
      for (; work.next < next; work.next += 2) how.leftUnread(found[work.next + 1]!, root);
      continue;
    }
    // The walk starts at the first place worth it: a root with none is never walked.
    if (node === undefined)
      node = (work.walker ??= how.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT)).nextNode() as Text | null;
    while (node && nodeStart + node.data.length <= at && !late(1)) {
      nodeStart += node.data.length;
      node = work.walker!.nextNode() as Text | null;
    }
    // The walk ran out of text before a place: the page shortened the text since it was read.
    if (!node) return 'changed';
    if (nodeStart + node.data.length <= at) {
      ended = 'more';
      break;
    }
    work.next = next;
    const { stretch } = pieces[work.piece]!;
    if (node.data.charCodeAt(at - nodeStart) !== stretch.text.charCodeAt(at - stretch.at)) return 'changed';
    if (how.visit(node)) {
      if (!root.contains(node)) return 'changed';
      if (late(BATCH)) {
        ended = 'more';
        break;
      }
    }
  }
  work.node = node;
  work.nodeStart = nodeStart;
  return ended ?? 'done';
}
