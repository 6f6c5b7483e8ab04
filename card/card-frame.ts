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
 * stays until the reader leaves it or presses Escape; a click pins it. When
 * to open, pin and close is decided by the pure state machine in
 * card/card-life.ts; this side runs its timers and does what it says.
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
import { ask } from '../messaging/ask';
import { INITIAL, reduce, type CardEvent, type CardState, type Effect } from './card-life';
import type { FromCard, ToCard } from '../messaging/contract';
import type { CardHost } from './card-host';
import type { Mention, Mentions } from '../marking/mentions';
import { UI_ATTR } from '../marking/skip-rules';
import { t } from '../i18n/i18n';

/** Time allowed to move from the term into the card. */
const CLOSE_DELAY_MS = 300;
/** How long the hidden frame (and the last announcement) stays for the next card. */
const IDLE_MS = 5000;
const MIN_HEIGHT = 120;
/** See `publish`. */
const STATE_MARK = 'gloss:card-state';
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

const FRAME_CSS = `
iframe { position: fixed; top: 0; left: 0; width: 380px; height: 0; margin: 0; padding: 0; border: 0;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); background: transparent;
  color-scheme: normal; display: block; visibility: hidden; }
iframe.shown { visibility: visible; }
iframe.sheet { width: 100vw; border-radius: 12px 12px 0 0; box-shadow: 0 -6px 24px rgba(0,0,0,.2); }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export interface CardOptions {
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

export function setupCards(doc: Document, { openDelayMs, mentions, onPointer }: CardOptions): CardHost {
  let frame: Frame | undefined;
  let state: CardState<Mention> = INITIAL;
  /** When the latest card was asked for: the start of the `gloss:card` measure. */
  let askedAt = 0;
  let contentHeight = 0;
  let maxHeight = MAX_HEIGHT;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The shown card following its mention: `place` places it again (its content grew or shrank). */
  let following: { place(): void; stop(): void } | undefined;
  const unfollow = () => {
    following?.stop();
    following = undefined;
  };
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
    // What the frame redeems with the background before it serves the port it comes with.
    const token = ask({ type: 'cardToken' });
    const iframe = doc.createElement('iframe');
    iframe.title = t('card.frameTitle');
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
      token.then(
        (glossCard) =>
          // No token (the background failed): a frame that cannot serve goes, and the next card makes another.
          typeof glossCard === 'string'
            ? iframe.contentWindow?.postMessage({ glossCard }, new URL(browser.runtime.getURL('/')).origin, [
                channel.port2,
              ])
            : discard(),
        // Gloss was updated under the page: no card can serve here any more.
        () => discard(),
      );
    });
    doc.documentElement.append(host);
    return { host, iframe, status, post: (message) => channel.port1.postMessage(message) };
  }

  const ready = () => {
    clearTimeout(idleTimer);
    return (frame ??= createFrame());
  };

  /** The frame and its host leave the page. */
  function discard(): void {
    unfollow();
    clearTimeout(idleTimer);
    frame?.host.remove();
    frame = undefined;
    state = { ticket: state.ticket };
  }

  const focusInCard = () => !!frame && doc.activeElement === frame.host;
  const resize = () => frame?.iframe.style.setProperty('height', `${Math.min(contentHeight, maxHeight)}px`);

  function dispatch(event: CardEvent<Mention>): boolean {
    const step = reduce(state, event);
    if (step.state !== state) publish(step.state);
    state = step.state;
    for (const effect of step.effects) perform(effect);
    return step.handled ?? false;
  }

  /**
   * The card's state as a User Timing mark (only the latest is kept), so that
   * outside tools and tests can see a decision that shows nothing on screen:
   * "the pointer only crossed this term", "this card is pinned". With no
   * delay running (`closing`, `intending`) and nothing asked, it is settled:
   * nothing changes until the reader does something.
   */
  let steps = 0;
  let published = '';
  function publish({ shown, intent, asked }: CardState<Mention>): void {
    const detail = {
      shown: shown?.mention.entity ?? null,
      pinned: shown?.pinned ?? false,
      closing: shown?.closing ?? false,
      intending: intent !== undefined,
      asking: asked !== undefined,
    };
    // Only what the page could see anyway: a new mark for every event would time the reader's keys.
    const key = JSON.stringify(detail);
    if (key === published) return;
    published = key;
    performance.clearMarks(STATE_MARK);
    performance.mark(STATE_MARK, { detail: { step: ++steps, ...detail } });
  }

  function perform(effect: Effect<Mention>): void {
    switch (effect.type) {
      case 'prefetch':
        ready().post({ type: 'prefetch', entity: effect.mention.entity });
        break;
      case 'startOpenDelay':
        clearTimeout(openTimer);
        openTimer = setTimeout(() => dispatch({ type: 'openDelayEnded' }), openDelayMs);
        break;
      case 'stopOpenDelay':
        clearTimeout(openTimer);
        break;
      case 'startCloseDelay':
        clearTimeout(closeTimer);
        closeTimer = setTimeout(
          () => dispatch({ type: 'closeDelayEnded', writing: focusInCard() }),
          CLOSE_DELAY_MS,
        );
        break;
      case 'stopCloseDelay':
        clearTimeout(closeTimer);
        break;
      case 'ask':
        askedAt = performance.now();
        ready().post({
          type: 'show',
          ticket: effect.ticket,
          entity: effect.mention.entity,
          matched: effect.mention.range.toString(),
        });
        break;
      case 'display':
        display(effect.mention, effect.focus);
        break;
      case 'hide':
        unfollow();
        if (frame) {
          frame.iframe.classList.remove('shown');
          frame.post({ type: 'hide' });
        }
        break;
      case 'returnFocus':
        if (returnFocus && returnFocus !== doc.body && returnFocus.isConnected) returnFocus.focus();
        else frame?.iframe.blur();
        returnFocus = undefined;
        break;
      case 'idle':
        clearTimeout(idleTimer);
        idleTimer = setTimeout(discard, IDLE_MS);
        break;
    }
  }

  /** The mention as floating-ui sees it: its boxes, scrolled with the element around it. */
  const anchorOf = (mention: Mention): VirtualElement => ({
    getBoundingClientRect: () => mention.range.getBoundingClientRect(),
    getClientRects: () => mention.range.getClientRects(),
    contextElement: mention.text.parentElement ?? undefined,
  });

  /**
   * Places the frame at its mention (on a phone, as a sheet along the bottom),
   * follows it as the page scrolls, and shows it once placed.
   */
  function display(mention: Mention, focus: boolean): void {
    if (!frame) return;
    unfollow();
    const { iframe } = frame;
    const view = doc.defaultView ?? window;
    const sheet = asSheet(view);
    iframe.classList.toggle('sheet', sheet);
    resize();
    const anchor = anchorOf(mention);
    const started = askedAt;
    let first = true;
    const place = (x: number, y: number) => {
      if (state.shown?.mention !== mention) return;
      iframe.style.setProperty('left', `${x}px`);
      iframe.style.setProperty('top', `${y}px`);
      if (!first) return;
      first = false;
      iframe.classList.add('shown');
      if (focus) {
        iframe.focus();
        frame?.post({ type: 'focus' });
      }
      // Observable like the marking pass: from intent (or click, or Enter) to the card painted.
      requestAnimationFrame(() =>
        performance.measure('gloss:card', { start: started, end: performance.now() }),
      );
    };
    const update = () => {
      // The page rewrote or removed the text under the card: the card goes with it.
      if (!mentions.has(mention)) {
        queueMicrotask(() => dispatch({ type: 'mentionGone', writing: focusInCard() }));
        return;
      }
      if (sheet) {
        // Along the bottom of what the reader sees: above the on-screen keyboard while it is open.
        const seen = view.visualViewport;
        maxHeight = Math.max(MIN_HEIGHT, Math.floor((seen?.height ?? view.innerHeight) * SHEET_SHARE));
        resize();
        const bottom = seen ? seen.offsetTop + seen.height : view.innerHeight;
        place(0, bottom - Math.min(contentHeight, maxHeight));
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
      }).then(({ x, y }) => place(x, y));
    };
    const stopAuto = autoUpdate(anchor, iframe, update);
    const seen = sheet ? view.visualViewport : null;
    seen?.addEventListener('resize', update);
    seen?.addEventListener('scroll', update);
    following = {
      place: update,
      stop: () => {
        stopAuto();
        seen?.removeEventListener('resize', update);
        seen?.removeEventListener('scroll', update);
      },
    };
  }

  function onReport(report: FromCard): void {
    switch (report.type) {
      case 'shown': {
        contentHeight = report.height;
        const asked = state.asked?.mention;
        dispatch({
          type: 'shown',
          ticket: report.ticket,
          ok: report.height > 0 && !!asked && mentions.has(asked),
        });
        break;
      }
      case 'size':
        contentHeight = report.height;
        resize();
        following?.place();
        break;
      case 'pointer':
        onPointer(report.over);
        break;
      case 'pin':
        dispatch({ type: 'pin' });
        break;
      case 'escape':
        dispatch({ type: 'escape', focusInCard: focusInCard() });
        break;
      case 'close':
        dispatch({ type: 'close' });
        break;
      case 'refused':
        discard();
        break;
    }
  }

  // Leaving the page closes the card; the frame saves any note being written.
  const onPageHide = () => dispatch({ type: 'close' });
  window.addEventListener('pagehide', onPageHide);

  return {
    hover(target) {
      if (target === 'card') dispatch({ type: 'hoverCard' });
      else if (target) dispatch({ type: 'hover', mention: target });
      else dispatch({ type: 'hoverNone' });
    },
    open(mention, { focus }) {
      if (focus && doc.activeElement instanceof HTMLElement) returnFocus = doc.activeElement;
      dispatch({ type: 'open', mention, focus });
    },
    announce(mention, index, total) {
      const { status, post } = ready();
      post({ type: 'prefetch', entity: mention.entity });
      // Said as the page says it: the reader hears the words they would see.
      status.textContent = t('card.position', { name: mention.range.toString(), index, total });
      if (!state.shown && !state.asked) perform({ type: 'idle' });
    },
    escape: () => dispatch({ type: 'escape', focusInCard: focusInCard() }),
    remove() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      discard();
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}
