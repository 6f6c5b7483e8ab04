import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL, reduce, type CardEvent, type CardState, type Effect } from './card-life';

type E = CardEvent<string>;

/** Runs events from the start; the last state, and every effect in order. */
function run(events: E[]): {
  state: CardState<string>;
  effects: Effect<string>['type'][];
  all: Effect<string>[];
} {
  let state: CardState<string> = INITIAL;
  const all: Effect<string>[] = [];
  for (const event of events) {
    const step = reduce(state, event);
    state = step.state;
    all.push(...step.effects);
  }
  return { state, effects: all.map((e) => e.type), all };
}

const shownAfter = (events: E[]) => run(events).state.shown;

describe("the card's life", () => {
  it('opens nothing when the pointer merely crosses a term', () => {
    const { state, all } = run([
      { type: 'hover', mention: 'A' },
      { type: 'hoverNone' },
      { type: 'openDelayEnded' },
    ]);
    expect(all.filter((e) => e.type === 'ask')).toEqual([]);
    expect(state.shown).toBeUndefined();
  });

  it('opens after the delay, stays while the pointer moves into it, goes when it leaves', () => {
    const opened: E[] = [
      { type: 'hover', mention: 'A' },
      { type: 'openDelayEnded' },
      { type: 'shown', ticket: 1, ok: true },
    ];
    expect(shownAfter(opened)).toEqual({ mention: 'A', pinned: false, closing: false });
    const intoCard = [
      ...opened,
      { type: 'hoverNone' } as E,
      { type: 'hoverCard' } as E,
      { type: 'closeDelayEnded', writing: false } as E,
    ];
    expect(shownAfter(intoCard)).toEqual({ mention: 'A', pinned: false, closing: false });
    const away = [...opened, { type: 'hoverNone' } as E, { type: 'closeDelayEnded', writing: false } as E];
    const { state, effects } = run(away);
    expect(state.shown).toBeUndefined();
    expect(effects.slice(-2)).toEqual(['hide', 'idle']);
  });

  it('keeps a card the reader is typing in, wherever the pointer goes', () => {
    expect(
      shownAfter([
        { type: 'open', mention: 'A', focus: false },
        { type: 'shown', ticket: 1, ok: true },
        { type: 'pin' },
        { type: 'hoverNone' },
      ])?.pinned,
    ).toBe(true);
    expect(
      shownAfter([
        { type: 'hover', mention: 'A' },
        { type: 'openDelayEnded' },
        { type: 'shown', ticket: 1, ok: true },
        { type: 'hoverNone' },
        { type: 'closeDelayEnded', writing: true },
      ]),
    ).toEqual({ mention: 'A', pinned: false, closing: false });
  });

  it('shows only the card asked last: a slow card A never replaces card B', () => {
    const { state, all } = run([
      { type: 'open', mention: 'A', focus: false },
      { type: 'open', mention: 'B', focus: false },
      { type: 'shown', ticket: 1, ok: true },
      { type: 'shown', ticket: 2, ok: true },
    ]);
    expect(all.filter((e) => e.type === 'display')).toEqual([
      { type: 'display', mention: 'B', focus: false },
    ]);
    expect(state.shown?.mention).toBe('B');
  });

  it('changes nothing when a pinned card is used again: the keys a reader types leave no trace', () => {
    const { state } = run([
      { type: 'open', mention: 'A', focus: false },
      { type: 'shown', ticket: 1, ok: true },
      { type: 'pin' },
    ]);
    expect(reduce(state, { type: 'pin' })).toEqual({ state, effects: [] });
    expect(reduce(state, { type: 'pin' }).state).toBe(state);
  });

  it('pins on a click only when a card opened', () => {
    const { state } = run([
      { type: 'open', mention: 'A', focus: false },
      { type: 'shown', ticket: 1, ok: false },
      { type: 'pin' },
    ]);
    expect(state).toEqual({ ticket: 1, intent: undefined });
  });

  it("closes on Escape and gives focus back when it was in the card; a second Escape is not the card's", () => {
    const opened: E[] = [
      { type: 'open', mention: 'A', focus: true },
      { type: 'shown', ticket: 1, ok: true },
    ];
    const first = reduce(run(opened).state, { type: 'escape', focusInCard: true });
    expect(first.handled).toBe(true);
    expect(first.effects.map((e) => e.type)).toContain('returnFocus');
    expect(reduce(first.state, { type: 'escape', focusInCard: false }).handled).toBe(false);
  });

  it('closes when the page removes the text under the card, unless the reader is writing', () => {
    const opened: E[] = [
      { type: 'open', mention: 'A', focus: false },
      { type: 'shown', ticket: 1, ok: true },
    ];
    expect(shownAfter([...opened, { type: 'mentionGone', writing: false }])).toBeUndefined();
    expect(shownAfter([...opened, { type: 'mentionGone', writing: true }])?.mention).toBe('A');
  });

  it('keeps its rules under any sequence of events (property)', () => {
    const mention = fc.constantFrom('A', 'B', 'C');
    const event: fc.Arbitrary<E> = fc.oneof(
      mention.map((m) => ({ type: 'hover', mention: m }) as E),
      fc.constant({ type: 'hoverCard' } as E),
      fc.constant({ type: 'hoverNone' } as E),
      fc.constant({ type: 'openDelayEnded' } as E),
      fc.tuple(mention, fc.boolean()).map(([m, focus]) => ({ type: 'open', mention: m, focus }) as E),
      fc
        .tuple(fc.integer({ min: 0, max: 6 }), fc.boolean())
        .map(([ticket, ok]) => ({ type: 'shown', ticket, ok }) as E),
      fc.boolean().map((writing) => ({ type: 'closeDelayEnded', writing }) as E),
      fc.constant({ type: 'pin' } as E),
      fc.boolean().map((focusInCard) => ({ type: 'escape', focusInCard }) as E),
      fc.boolean().map((writing) => ({ type: 'mentionGone', writing }) as E),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state: CardState<string> = INITIAL;
        for (const e of events) {
          const step = reduce(state, e);
          const answered = e.type === 'shown' && e.ticket === state.ticket;
          for (const effect of step.effects) {
            // A card is displayed only as the answer to the latest ask.
            const displayed = effect.type === 'display' ? effect.mention : undefined;
            expect(displayed === undefined || (answered && state.asked?.mention === displayed)).toBe(true);
            // A pinned card is never set to close.
            expect(effect.type === 'startCloseDelay' && step.state.shown?.pinned).not.toBe(true);
          }
          // Tickets only grow; nothing asked is older than the latest ticket.
          expect(step.state.ticket).toBeGreaterThanOrEqual(state.ticket);
          expect(step.state.asked?.ticket ?? step.state.ticket).toBe(step.state.ticket);
          // A card that closed left nothing behind.
          expect(step.handled ? (step.state.shown ?? step.state.asked) : undefined).toBeUndefined();
          state = step.state;
        }
      }),
    );
  });
});
