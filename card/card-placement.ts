/**
 * Where the card frame goes: beside its mention, anchored to the mention's
 * `Range` by floating-ui and following it as the page scrolls; on a narrow
 * or touch screen, a sheet along the bottom of what the reader sees, above
 * the on-screen keyboard while it is open. Its height is what the card
 * reports, within what the screen leaves.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import type { Mention } from '../marking/mentions';

const MIN_HEIGHT = 120;
const MAX_HEIGHT = 460;
/**
 * Narrow screens and touch screens get the card as a sheet along the bottom
 * of what the reader sees, full width, at most this share of its height.
 */
const SHEET_MAX_WIDTH = 600;
const SHEET_SHARE = 0.6;
const COARSE_POINTER = '(pointer: coarse)';
const asSheet = (view: Window) =>
  view.innerWidth <= SHEET_MAX_WIDTH || view.matchMedia(COARSE_POINTER).matches;

/** The mention as floating-ui sees it: its boxes, scrolled with the element around it. */
const anchorOf = (mention: Mention): VirtualElement => ({
  getBoundingClientRect: () => mention.range.getBoundingClientRect(),
  getClientRects: () => mention.range.getClientRects(),
  contextElement: mention.text.parentElement ?? undefined,
});

export interface Following {
  /** Whether the page still has the mention: when it rewrote or removed it, the card is not placed again. */
  present(): boolean;
  /** The frame was placed for the first time: it can be shown. */
  placed(): void;
}

export class CardPlacement {
  private contentHeight = 0;
  private maxHeight = MAX_HEIGHT;
  /** The shown card following its mention: `update` places it again. */
  private following: { update(): void; stop(): void } | undefined;

  constructor(
    private readonly iframe: HTMLIFrameElement,
    private readonly view: Window,
  ) {}

  /** A new card's content is this tall: the frame takes it when `follow` places it. */
  measured(contentHeight: number): void {
    this.contentHeight = contentHeight;
  }

  /** The shown card's content grew or shrank: the frame takes it, within the room there is, and is placed again. */
  fit(contentHeight: number): void {
    this.measured(contentHeight);
    this.resize();
    this.following?.update();
  }

  /** Places the frame at the mention and follows it until `stop`. */
  follow(mention: Mention, how: Following): void {
    this.stop();
    const { iframe, view } = this;
    const sheet = asSheet(view);
    iframe.classList.toggle('sheet', sheet);
    this.resize();
    const anchor = anchorOf(mention);
    let first = true;
    // Every card that replaces this one, or hides it, stops this following first: a placing
    // computed for it that comes after that is dropped.
    const followed = new AbortController();
    const place = (x: number, y: number) => {
      if (followed.signal.aborted) return;
      iframe.style.setProperty('left', `${x}px`);
      iframe.style.setProperty('top', `${y}px`);
      if (!first) return;
      first = false;
      how.placed();
    };
    const update = () => {
      if (!how.present()) return;
      if (sheet) {
        const seen = view.visualViewport;
        this.maxHeight = Math.max(MIN_HEIGHT, Math.floor((seen?.height ?? view.innerHeight) * SHEET_SHARE));
        this.resize();
        const bottom = seen ? seen.offsetTop + seen.height : view.innerHeight;
        place(0, bottom - Math.min(this.contentHeight, this.maxHeight));
        return;
      }
      void computePosition(anchor, iframe, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip(),
          shift({ padding: 8 }),
          // At high zoom the viewport is small: the card scrolls rather than run off screen.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              this.maxHeight = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, availableHeight));
              this.resize();
            },
          }),
        ],
      }).then(({ x, y }) => place(x, y));
    };
    const stopAuto = autoUpdate(anchor, iframe, update);
    const seen = sheet ? view.visualViewport : null;
    seen?.addEventListener('resize', update, { signal: followed.signal });
    seen?.addEventListener('scroll', update, { signal: followed.signal });
    this.following = {
      update,
      stop: () => {
        stopAuto();
        followed.abort();
      },
    };
  }

  stop(): void {
    this.following?.stop();
    this.following = undefined;
  }

  private resize(): void {
    this.iframe.style.setProperty('height', `${Math.min(this.contentHeight, this.maxHeight)}px`);
  }
}
