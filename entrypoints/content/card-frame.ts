/**
 * The card as the page sees it: one element with a closed shadow root around
 * a frame whose document is Gloss's card page (entrypoints/card), in the
 * extension's origin. The page can tell that a frame exists, nothing more:
 * not its text, its events or its focus. This side knows only what needs the
 * page: which mention the reader reached, where it is on screen, and where
 * the frame goes (floating-ui, anchored to the mention's `Range`).
 *
 * The frame is made when the reader first heads for a mention (during the
 * open delay, so the card is ready when the delay ends) and reused, hidden,
 * for the next cards; it leaves the page a few seconds after the last one.
 * Follows WCAG 2.1 SC 1.4.13: the pointer can move into the card, which
 * stays until the reader leaves it or presses Escape; a click pins it.
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
import { browser } from 'wxt/browser';
import type { FromCard, ToCard } from '../../messaging/contract';
import type { CardHost } from './card-host';
import type { Mention, Mentions } from './mentions';
import { UI_ATTR } from './skip-rules';

/** Time allowed to move from the term into the card. */
const CLOSE_DELAY_MS = 300;
/** How long the hidden frame (and the last announcement) stays for the next card. */
const IDLE_MS = 5000;
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 460;

const FRAME_CSS = `
iframe { position: fixed; top: 0; left: 0; width: 380px; height: 0; margin: 0; padding: 0; border: 0;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); background: transparent;
  color-scheme: normal; display: block; visibility: hidden; }
iframe.shown { visibility: visible; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export interface CardOptions {
  /** The page the reader is on (for a frame, the tab's page): kept with notes, and the site for "Not this here". */
  page(): { url: string; title: string };
  /** How long the pointer rests on a term before its card opens; the frame is readied at once. */
  openDelayMs: number;
  mentions: Mentions;
  /** The pointer came onto the card or left it: only the frame sees that. */
  onPointer(over: boolean): void;
}

interface Frame {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  status: HTMLElement;
  post(message: ToCard): void;
}

/** A secret the page cannot read: it proves to the frame which message carries its port. */
function secret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

export function setupCards(doc: Document, { page, openDelayMs, mentions, onPointer }: CardOptions): CardHost {
  let frame: Frame | undefined;
  /** The mention whose card is shown. */
  let current: Mention | undefined;
  let pinned = false;
  /** The card asked for last: only its answer counts. */
  let asked: { ticket: number; mention: Mention; pin: boolean; focus: boolean; at: number } | undefined;
  let tickets = 0;
  let contentHeight = 0;
  let maxHeight = MAX_HEIGHT;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let stopFollowing: (() => void) | undefined;
  /** Where focus was before it moved into the card. */
  let returnFocus: HTMLElement | undefined;

  function createFrame(): Frame {
    const host = doc.createElement('gloss-card');
    host.setAttribute(UI_ATTR, '');
    // Through the CSSOM: allowed under any CSP, and inline !important beats the page's rules.
    for (const [prop, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
    ] as const) {
      host.style.setProperty(prop, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(FRAME_CSS);
    shadow.adoptedStyleSheets = [sheet];
    const url = browser.runtime.getURL('/card.html');
    const iframe = doc.createElement('iframe');
    const key = secret();
    iframe.name = key;
    iframe.title = 'Gloss card';
    iframe.src = url;
    const status = doc.createElement('div');
    status.setAttribute('role', 'status');
    status.className = 'sr-only';
    shadow.append(iframe, status);

    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<FromCard>) => onReport(data);
    let loads = 0;
    iframe.addEventListener('load', () => {
      // A second load means something navigated the frame away: it is not Gloss's card any more.
      if (++loads > 1) return discard();
      // Only a document of Gloss's own origin can receive it (Chromium serves the dynamic URL from there).
      iframe.contentWindow?.postMessage({ glossCard: key }, new URL(browser.runtime.getURL('/')).origin, [
        channel.port2,
      ]);
    });
    doc.documentElement.append(host);
    return { host, iframe, status, post: (message) => channel.port1.postMessage(message) };
  }

  const ready = () => {
    clearTimeout(idleTimer);
    return (frame ??= createFrame());
  };

  /** With no card shown, the frame leaves the page after a while. */
  const idle = () => {
    clearTimeout(idleTimer);
    if (!current && !asked) idleTimer = setTimeout(discard, IDLE_MS);
  };

  function discard(): void {
    close();
    clearTimeout(idleTimer);
    frame?.host.remove();
    frame = undefined;
  }

  const resize = () => frame?.iframe.style.setProperty('height', `${Math.min(contentHeight, maxHeight)}px`);

  /** The mention as floating-ui sees it: its boxes, scrolled with the element around it. */
  const anchorOf = (mention: Mention): VirtualElement => ({
    getBoundingClientRect: () => mention.range.getBoundingClientRect(),
    getClientRects: () => mention.range.getClientRects(),
    contextElement: mention.text.parentElement ?? undefined,
  });

  function show(mention: Mention, pin: boolean, focus: boolean): void {
    const ticket = ++tickets;
    asked = { ticket, mention, pin, focus, at: performance.now() };
    ready().post({
      type: 'show',
      ticket,
      entity: mention.entity,
      matched: mention.range.toString(),
      page: page(),
    });
  }

  /** The frame rendered the card asked for last: place it at its mention and show it. */
  function display(height: number): void {
    const request = asked!;
    asked = undefined;
    const { mention } = request;
    if (height === 0 || !mentions.has(mention) || !frame) return close();
    stopFollowing?.();
    current = mention;
    pinned = request.pin;
    contentHeight = height;
    resize();
    const { iframe } = frame;
    const anchor = anchorOf(mention);
    let first = true;
    stopFollowing = autoUpdate(anchor, iframe, () => {
      // The page rewrote or removed the text under the card: the card goes with it.
      if (!mentions.has(mention)) {
        queueMicrotask(closeUnlessWriting);
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
              maxHeight = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, availableHeight));
              resize();
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (current !== mention) return;
        iframe.style.setProperty('left', `${x}px`);
        iframe.style.setProperty('top', `${y}px`);
        if (!first) return;
        first = false;
        iframe.classList.add('shown');
        if (request.focus) {
          iframe.focus();
          frame?.post({ type: 'focus' });
        }
        // Observable like the marking pass: from intent (or click, or Enter) to the card painted.
        requestAnimationFrame(() =>
          performance.measure('gloss:card', { start: request.at, end: performance.now() }),
        );
      });
    });
  }

  function onReport(report: FromCard): void {
    switch (report.type) {
      case 'shown':
        if (report.ticket === asked?.ticket) display(report.height);
        break;
      case 'size':
        contentHeight = report.height;
        resize();
        break;
      case 'pointer':
        onPointer(report.over);
        break;
      case 'pin':
        if (current) pinned = true;
        break;
      case 'escape':
        escape();
        break;
      case 'close':
        close();
        break;
    }
  }

  function close(): void {
    clearTimeout(closeTimer);
    stopFollowing?.();
    stopFollowing = undefined;
    if (frame && (current || asked)) {
      frame.iframe.classList.remove('shown');
      frame.post({ type: 'hide' });
    }
    current = asked = undefined;
    pinned = false;
    idle();
  }

  /** A reader typing a note keeps the card, wherever the pointer wanders. */
  function closeUnlessWriting(): void {
    if (!frame || doc.activeElement !== frame.host) close();
  }

  function escape(): boolean {
    if (!current && !asked) return false;
    const focusWasInCard = !!frame && doc.activeElement === frame.host;
    const iframe = frame?.iframe;
    close();
    if (focusWasInCard) {
      if (returnFocus && returnFocus !== doc.body && returnFocus.isConnected) returnFocus.focus();
      else iframe?.blur();
    }
    returnFocus = undefined;
    return true;
  }

  // Leaving the page closes the card; the frame saves any note being written.
  const onPageHide = () => close();
  window.addEventListener('pagehide', onPageHide);

  return {
    hover(target) {
      if (target === 'card') {
        clearTimeout(closeTimer);
      } else if (target) {
        clearTimeout(closeTimer);
        if (target === current) return;
        clearTimeout(openTimer);
        ready().post({ type: 'prefetch', entity: target.entity });
        openTimer = setTimeout(() => show(target, false, false), openDelayMs);
      } else {
        clearTimeout(openTimer);
        if (current && !pinned) closeTimer = setTimeout(closeUnlessWriting, CLOSE_DELAY_MS);
        else idle();
      }
    },
    open(mention, { focus }) {
      clearTimeout(openTimer);
      if (focus && doc.activeElement instanceof HTMLElement) returnFocus = doc.activeElement;
      show(mention, true, focus);
    },
    announce(mention, index, total) {
      const { status, post } = ready();
      post({ type: 'prefetch', entity: mention.entity });
      // Said as the page says it: the reader hears the words they would see.
      status.textContent = `${mention.range.toString()}, ${index} of ${total}`;
      idle();
    },
    escape,
    remove() {
      clearTimeout(openTimer);
      discard();
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}
