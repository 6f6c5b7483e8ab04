/**
 * The card as the page sees it: one frame of Gloss's own (card-element.ts)
 * placed at its mention (card-placement.ts). This side knows only what needs
 * the page: which mention the reader reached, where it is on screen, and
 * what the card says of itself (its height, the pointer over it, Escape).
 *
 * The frame is made when the reader first heads for a mention (during the
 * open delay, so the card is ready when the delay ends) and reused, hidden,
 * for the next cards; it leaves the page a few seconds after the last one.
 * Follows WCAG 2.1 SC 1.4.13: the pointer can move into the card, which
 * stays until the reader leaves it or presses Escape; a click pins it. When
 * to open, pin and close is decided by the pure state machine in
 * card/card-life.ts; this side runs its timers and does what it says.
 */
import { INITIAL, reduce, type CardEvent, type CardState, type Effect } from './card-life';
import type { FromCard } from '../messaging/contract';
import type { CardHost } from './card-host';
import type { Mention, Mentions } from '../marking/mentions';
import { t } from '../i18n/i18n';
import { addCardElement, type CardElement } from './card-element';
import { CardPlacement } from './card-placement';

/** Time allowed to move from the term into the card. */
const CLOSE_DELAY_MS = 300;
/** How long the hidden frame (and the last announcement) stays for the next card. */
const IDLE_MS = 5000;
/** See `publish`. */
const STATE_MARK = 'gloss:card-state';

export interface CardOptions {
  /** How long the pointer rests on a term before its card opens; the frame is readied at once. */
  openDelayMs: number;
  mentions: Mentions;
  /** The pointer came onto the card or left it: only the frame sees that. */
  onPointer(over: boolean): void;
}

/** The frame on the page, and where it goes. */
interface Frame extends CardElement {
  placement: CardPlacement;
}

/** The cards of one settings generation: all goes, the frame too, when `signal` is aborted. */
export function setupCards(
  doc: Document,
  { openDelayMs, mentions, onPointer }: CardOptions,
  signal: AbortSignal,
): CardHost {
  let frame: Frame | undefined;
  let state: CardState<Mention> = INITIAL;
  /** When the latest card was asked for: the start of the `gloss:card` measure. */
  let askedAt = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus was before it moved into the card. */
  let returnFocus: HTMLElement | undefined;

  function createFrame(): Frame {
    const element = addCardElement(doc, onReport, discard);
    return { ...element, placement: new CardPlacement(element.iframe, doc.defaultView ?? window) };
  }

  const ready = () => {
    clearTimeout(idleTimer);
    return (frame ??= createFrame());
  };

  /** The frame and its host leave the page. */
  function discard(): void {
    frame?.placement.stop();
    clearTimeout(idleTimer);
    frame?.host.remove();
    frame = undefined;
    state = { ticket: state.ticket };
  }

  const focusInCard = () => !!frame && doc.activeElement === frame.host;

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
        if (frame) {
          frame.placement.stop();
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

  /** Shows the frame at its mention once placed, and follows it until the card goes. */
  function display(mention: Mention, focus: boolean): void {
    if (!frame) return;
    const { iframe, placement, post } = frame;
    const started = askedAt;
    placement.follow(mention, {
      present: () => {
        // The page rewrote or removed the text under the card: the card goes with it.
        if (mentions.has(mention)) return true;
        queueMicrotask(() => dispatch({ type: 'mentionGone', writing: focusInCard() }));
        return false;
      },
      placed: () => {
        iframe.classList.add('shown');
        if (focus) {
          iframe.focus();
          post({ type: 'focus' });
        }
        // Observable like the marking pass: from intent (or click, or Enter) to the card painted.
        requestAnimationFrame(() =>
          performance.measure('gloss:card', { start: started, end: performance.now() }),
        );
      },
    });
  }

  function onReport(report: FromCard): void {
    switch (report.type) {
      case 'shown': {
        // Not placed yet: the card shown before it would be placed again for nothing, and `display`
        // places this one.
        frame?.placement.measured(report.height);
        const asked = state.asked?.mention;
        dispatch({
          type: 'shown',
          ticket: report.ticket,
          ok: report.height > 0 && !!asked && mentions.has(asked),
        });
        break;
      }
      case 'size':
        frame?.placement.fit(report.height);
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
  window.addEventListener('pagehide', () => dispatch({ type: 'close' }), { signal });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      discard();
    },
    { once: true },
  );

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
  };
}
