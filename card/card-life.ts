/**
 * The card's life as a small state machine, pure so that every path is
 * tested without a browser (card-life.test.ts): which card is shown, whether
 * it is pinned or about to close, which mention the pointer rests on, and
 * which card was asked of the frame. Every ask carries a generation number
 * (`ticket`): an answer for anything but the latest ask is ignored, so a slow
 * card A never replaces a card B asked for later.
 *
 * `reduce` returns the next state and what the host must do (`Effect`): start
 * or stop timers, ask the frame for a card, show, hide, return focus. The
 * host (card/card-frame.ts) does those and feeds back events.
 */

export interface CardState<M> {
  /** The card on screen: pinned cards stay when the pointer leaves; `closing` while the close delay runs. */
  shown?: { mention: M; pinned: boolean; closing: boolean };
  /** The mention the pointer rests on: its card opens when the open delay ends. */
  intent?: M;
  /** The card asked of the frame and not shown yet. */
  asked?: { mention: M; pin: boolean; focus: boolean; ticket: number };
  /** The latest ask's generation. */
  ticket: number;
}

export type CardEvent<M> =
  | { type: 'hover'; mention: M }
  | { type: 'hoverCard' }
  | { type: 'hoverNone' }
  | { type: 'openDelayEnded' }
  /** A click (pins) or Enter on a keyboard-reached mention (pins, moves focus into the card). */
  | { type: 'open'; mention: M; focus: boolean }
  /** The frame rendered the card for `ticket`; `ok` false: no such card, or its mention is gone. */
  | { type: 'shown'; ticket: number; ok: boolean }
  /** `writing`: focus is in the card, so a reader typing a note keeps it. */
  | { type: 'closeDelayEnded'; writing: boolean }
  /** The reader clicked or typed in the card. */
  | { type: 'pin' }
  | { type: 'escape'; focusInCard: boolean }
  /** The page rewrote or removed the text under the shown card. */
  | { type: 'mentionGone'; writing: boolean }
  /** The card closed itself ("Not this here"), or the page is going. */
  | { type: 'close' };

export type Effect<M> =
  | { type: 'prefetch'; mention: M }
  | { type: 'startOpenDelay' }
  | { type: 'stopOpenDelay' }
  | { type: 'startCloseDelay' }
  | { type: 'stopCloseDelay' }
  | { type: 'ask'; mention: M; ticket: number }
  | { type: 'display'; mention: M; focus: boolean }
  | { type: 'hide' }
  | { type: 'returnFocus' }
  /** Nothing is shown or asked: the frame may leave the page after a while. */
  | { type: 'idle' };

export interface Step<M> {
  state: CardState<M>;
  effects: Effect<M>[];
  /** For `escape`: whether it closed a card (else it is the page's, or keyboard navigation's). */
  handled?: boolean;
}

export const INITIAL: CardState<never> = { ticket: 0 };

/** Nothing shown or asked any more; `dropIntent` also forgets the mention the pointer rests on. */
function closed<M>(state: CardState<M>, extra: Effect<M>[] = [], dropIntent = false): Step<M> {
  const effects: Effect<M>[] = [{ type: 'stopCloseDelay' }];
  if (dropIntent) effects.push({ type: 'stopOpenDelay' });
  if (state.shown || state.asked) effects.push({ type: 'hide' });
  effects.push(...extra, { type: 'idle' });
  return { state: { ticket: state.ticket, intent: dropIntent ? undefined : state.intent }, effects };
}

function ask<M>(state: CardState<M>, mention: M, pin: boolean, focus: boolean): Step<M> {
  const ticket = state.ticket + 1;
  return {
    state: { ...state, intent: undefined, ticket, asked: { mention, pin, focus, ticket } },
    effects: [{ type: 'stopOpenDelay' }, { type: 'ask', mention, ticket }],
  };
}

export function reduce<M>(state: CardState<M>, event: CardEvent<M>): Step<M> {
  const { shown } = state;
  const keepOpen = shown && { ...shown, closing: false };
  switch (event.type) {
    case 'hover': {
      const effects: Effect<M>[] = [{ type: 'stopCloseDelay' }, { type: 'stopOpenDelay' }];
      if (event.mention === shown?.mention)
        return { state: { ...state, shown: keepOpen, intent: undefined }, effects };
      return {
        state: { ...state, shown: keepOpen, intent: event.mention },
        effects: [...effects, { type: 'prefetch', mention: event.mention }, { type: 'startOpenDelay' }],
      };
    }
    case 'hoverCard':
      return {
        state: { ...state, shown: keepOpen, intent: undefined },
        effects: [{ type: 'stopCloseDelay' }, { type: 'stopOpenDelay' }],
      };
    case 'hoverNone': {
      const next = { ...state, intent: undefined };
      const effects: Effect<M>[] = [{ type: 'stopOpenDelay' }];
      if (shown && !shown.pinned) {
        next.shown = { ...shown, closing: true };
        effects.push({ type: 'startCloseDelay' });
      } else if (!shown && !state.asked) effects.push({ type: 'idle' });
      return { state: next, effects };
    }
    case 'openDelayEnded':
      return state.intent === undefined ? { state, effects: [] } : ask(state, state.intent, false, false);
    case 'open':
      return ask(state, event.mention, true, event.focus);
    case 'shown': {
      const { asked } = state;
      if (!asked || asked.ticket !== event.ticket) return { state, effects: [] };
      if (!event.ok) return closed(state);
      return {
        state: {
          ticket: state.ticket,
          intent: state.intent,
          shown: { mention: asked.mention, pinned: asked.pin, closing: false },
        },
        effects: [
          { type: 'stopCloseDelay' },
          { type: 'display', mention: asked.mention, focus: asked.focus },
        ],
      };
    }
    case 'closeDelayEnded':
      if (!shown?.closing) return { state, effects: [] };
      return event.writing ? { state: { ...state, shown: keepOpen }, effects: [] } : closed(state);
    case 'pin':
      // Pinned already: nothing changes, and nothing is published.
      if (shown?.pinned && !shown.closing) return { state, effects: [] };
      return shown
        ? {
            state: { ...state, shown: { ...shown, pinned: true, closing: false } },
            effects: [{ type: 'stopCloseDelay' }],
          }
        : { state, effects: [] };
    case 'escape':
      if (!shown && !state.asked) return { state, effects: [], handled: false };
      return { ...closed(state, event.focusInCard ? [{ type: 'returnFocus' }] : [], true), handled: true };
    case 'mentionGone':
      return shown && !event.writing ? closed(state) : { state, effects: [] };
    case 'close':
      return closed(state);
  }
}
