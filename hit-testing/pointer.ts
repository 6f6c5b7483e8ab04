/**
 * Finds the mention under the reader's pointer without touching the page: the
 * browser says which text is at the point (`caretPositionFromPoint`), Gloss
 * looks that text up in its own index (never in the highlight registry, which
 * page scripts can write) and checks that the point is on the mention's
 * glyphs, since the caret lands on the nearest text even beside it. At most
 * one check per frame, and only events the reader made count.
 */
import type { Mention, Mentions } from '../marking/mentions';
import { UI_ATTR } from '../marking/skip-rules';

export interface PointerOptions {
  mentions: Mentions;
  /** Open shadow roots whose text is marked: the caret lookup must be let into them. */
  shadowRoots: ReadonlySet<ShadowRoot>;
  onHover(target: Mention | 'card' | undefined): void;
  onClick(mention: Mention): void;
  /** A finger tapped the page away from any mention and the card: a shown card goes. */
  onTapAway(): void;
}

/** Slack around glyph boxes, in CSS pixels. */
const SLACK = 1;

function contains(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK)
      return true;
  }
  return false;
}

export function mentionAt(
  doc: Document,
  { mentions, shadowRoots }: Pick<PointerOptions, 'mentions' | 'shadowRoots'>,
  x: number,
  y: number,
  target: EventTarget | undefined,
): Mention | undefined {
  if (mentions.size === 0) return undefined;
  const inText = (node: Node | null | undefined) => {
    if (node?.nodeType !== Node.TEXT_NODE) return undefined;
    return mentions.in(node as Text).find((m) => contains(m.range, x, y));
  };
  const caret = doc.caretPositionFromPoint
    ? doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })?.offsetNode
    : doc.caretRangeFromPoint?.(x, y)?.startContainer;
  const found = inText(caret);
  if (found) return found;
  // Text the caret cannot land in (user-select: none): the element under the point holds it.
  if (!(target instanceof Element)) return undefined;
  for (const child of target.childNodes) {
    const m = inText(child);
    if (m) return m;
  }
  return undefined;
}

export interface PointerWatch {
  /** The card frame says the pointer came onto it or left it (the page gets no events over a frame). */
  overCard(over: boolean): void;
}

/** A finger or a pen: taps, not hovers. */
const isTouch = (pointerType: string | undefined) => pointerType === 'touch' || pointerType === 'pen';

/** Watches the reader's pointer and taps until `signal` is aborted. */
export function watchPointer(doc: Document, options: PointerOptions, signal: AbortSignal): PointerWatch {
  const { mentions, onHover, onClick, onTapAway } = options;
  /** What the last press was made with: a `click` does not always say (Firefox's is a MouseEvent). */
  let pressedWith: string | undefined;
  /** A linked mention whose card a tap opened: a second tap on it follows the link. */
  let tappedLink: Mention | undefined;
  let x = 0;
  let y = 0;
  let target: EventTarget | 'card' | undefined;
  let frame = 0;
  let hovered: Mention | 'card' | undefined;

  const isOwnUi = (path: EventTarget[]) => path.some((t) => t instanceof Element && t.hasAttribute(UI_ATTR));

  const set = (next: Mention | 'card' | undefined) => {
    if (next === hovered) return;
    hovered = next;
    mentions.show('hover', typeof next === 'object' ? next : undefined);
    onHover(next);
  };

  const check = () => {
    frame = 0;
    if (target === 'card') set('card');
    else set(mentionAt(doc, options, x, y, target));
  };

  const onMove = (event: PointerEvent) => {
    // No hover on a touch screen: a finger that moves is scrolling.
    if (!event.isTrusted || event.pointerType === 'touch' || (mentions.size === 0 && hovered === undefined))
      return;
    x = event.clientX;
    y = event.clientY;
    const path = event.composedPath();
    target = isOwnUi(path) ? 'card' : path[0];
    frame ||= requestAnimationFrame(check);
  };
  const onOut = (event: PointerEvent) => {
    // The pointer left the window.
    if (event.isTrusted && !event.relatedTarget) set(undefined);
  };
  // A page that scrolls under a resting pointer moves the text, not the pointer.
  const onScroll = () => {
    if (hovered !== undefined && target !== 'card') frame ||= requestAnimationFrame(check);
  };
  const onPress = (event: PointerEvent) => {
    if (event.isTrusted) pressedWith = event.pointerType;
  };
  const onClickEvent = (event: MouseEvent) => {
    if (!event.isTrusted || event.button !== 0) return;
    const path = event.composedPath();
    if (isOwnUi(path)) return;
    const touch = isTouch((event as PointerEvent).pointerType || pressedWith);
    const mention = mentionAt(doc, options, event.clientX, event.clientY, path[0]);
    const linked = !!mention?.text.parentElement?.closest('a[href]');
    const followed = tappedLink;
    tappedLink = undefined;
    if (!mention) {
      if (touch) onTapAway();
      return;
    }
    if (!linked) return onClick(mention);
    // A mention inside a link: with a mouse the link is followed, as without Gloss. A finger
    // cannot hover to see the card first: its first tap opens the card, a second the link.
    if (!touch || followed === mention) return;
    event.preventDefault();
    tappedLink = mention;
    onClick(mention);
  };

  const watching = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onMove, watching);
  doc.addEventListener('pointerout', onOut, watching);
  doc.addEventListener('scroll', onScroll, watching);
  doc.addEventListener('click', onClickEvent, { capture: true, signal });
  doc.addEventListener('pointerdown', onPress, watching);
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      mentions.show('hover', undefined);
    },
    { once: true },
  );
  return {
    overCard(over) {
      if (over) {
        target = 'card';
        set('card');
      } else if (hovered === 'card') {
        // Left the card: the next move over the page says where to.
        target = undefined;
        set(undefined);
      }
    },
  };
}
