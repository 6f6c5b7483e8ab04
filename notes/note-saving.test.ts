/* eslint-disable max-lines -- the save loop's rules one by one, then the property test that runs an editor against a store that merges */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergedText, type Note } from './notes';
import {
  initialSaving,
  NoteSaver,
  reduce,
  RETRY_MS,
  SAVE_AFTER_MS,
  type NoteSaving,
  type SavingEffect,
  type SavingEvent,
} from './note-saving';

/** Runs events from `state`; the last state, and every effect in order. */
function run(events: SavingEvent[], state: NoteSaving = initialSaving()) {
  const effects: SavingEffect[] = [];
  for (const event of events) {
    const step = reduce(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const stored = (text: string, updatedAt: string) => ({ text, updatedAt });
const noteOf = (text: string, updatedAt: string): Note => ({
  id: 'n1',
  entity: 'rosneft',
  text,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt,
  pageUrl: '',
  pageTitle: '',
});
const saves = (effects: SavingEffect[]) => effects.filter((e) => e.type === 'save');

describe('saving a note', () => {
  it('keeps every change as a draft, and saves after a pause in typing', () => {
    const { state, effects } = run([
      { type: 'typed', text: 'F' },
      { type: 'typed', text: 'First' },
    ]);
    expect(effects).toEqual([
      { type: 'draft', text: 'F' },
      { type: 'startTimer', ms: SAVE_AFTER_MS },
      { type: 'draft', text: 'First' },
      { type: 'startTimer', ms: SAVE_AFTER_MS },
    ]);
    expect(saves(run([{ type: 'saveNow' }], state).effects)).toEqual([
      { type: 'save', text: 'First', base: undefined },
    ]);
  });

  it('makes no note of a new box left empty, and saves nothing unchanged', () => {
    expect(saves(run([{ type: 'typed', text: '  ' }, { type: 'saveNow' }]).effects)).toEqual([]);
    expect(saves(run([{ type: 'saveNow' }], initialSaving(stored('Kept', 'v1'))).effects)).toEqual([]);
    // An existing note emptied is saved empty.
    const emptied = run(
      [{ type: 'typed', text: '' }, { type: 'saveNow' }],
      initialSaving(stored('Kept', 'v1')),
    );
    expect(saves(emptied.effects)).toEqual([{ type: 'save', text: '', base: 'v1' }]);
  });

  it('sends what was typed during a save when it answers, naming the version it made', () => {
    const { state, effects } = run([
      { type: 'typed', text: 'First' },
      { type: 'saveNow' },
      { type: 'typed', text: 'First and more' },
      { type: 'saveNow' },
    ]);
    expect(saves(effects)).toHaveLength(1);
    const answered = run([{ type: 'saved', note: stored('First', 'v1'), merged: false }], state);
    expect(answered.effects).toEqual([
      { type: 'created' },
      { type: 'save', text: 'First and more', base: 'v1' },
    ]);
    const done = run(
      [{ type: 'saved', note: stored('First and more', 'v2'), merged: false }],
      answered.state,
    );
    expect(done.effects).toEqual([{ type: 'settle' }]);
    expect(done.state.status).toEqual({ type: 'saved', at: 'v2', merged: false });
  });

  it('reports a failed save, keeps the text, and tries again after a while', () => {
    const failed = run([
      { type: 'typed', text: 'Keep me' },
      { type: 'saveNow' },
      { type: 'failed', error: 'No room left.' },
    ]);
    expect(failed.state.status).toEqual({ type: 'failed', error: 'No room left.' });
    expect(failed.state.text).toBe('Keep me');
    expect(failed.effects.at(-1)).toEqual({ type: 'startTimer', ms: RETRY_MS });
    expect(saves(run([{ type: 'saveNow' }], failed.state).effects)).toEqual([
      { type: 'save', text: 'Keep me', base: undefined },
    ]);
  });

  it('shows both texts when its save met a newer version, and what was typed since after them', () => {
    const sent = run(
      [
        { type: 'typed', text: 'Start, from here' },
        { type: 'saveNow' },
        { type: 'typed', text: 'Start, from here!' },
      ],
      initialSaving(stored('Start', 'v1')),
    );
    const merged = mergedText('Start, from the other tab', 'Start, from here');
    const { state, effects } = run([{ type: 'saved', note: stored(merged, 'v3'), merged: true }], sent.state);
    expect(state.text).toBe(mergedText('Start, from the other tab', 'Start, from here!'));
    expect(state.status).toEqual({ type: 'saved', at: 'v3', merged: true });
    expect(saves(effects)).toEqual([{ type: 'save', text: state.text, base: 'v3' }]);
  });

  it('shows a change made elsewhere, unless there are edits here not saved yet', () => {
    const elsewhere = { type: 'changedElsewhere', note: stored('From the notebook', 'v2') } as const;
    const calm = run([elsewhere], initialSaving(stored('Start', 'v1'))).state;
    expect(calm).toMatchObject({ text: 'From the notebook', base: 'v2' });
    const typing = run(
      [{ type: 'typed', text: 'Mine' }, elsewhere],
      initialSaving(stored('Start', 'v1')),
    ).state;
    expect(typing).toMatchObject({ text: 'Mine', base: 'v1' });
  });
});

/** What may happen around one editor: the reader types or leaves, the timer ends, a save answers, another tab saves. */
type Step =
  | { type: 'type'; text: string }
  | { type: 'blur' }
  | { type: 'timer' }
  | { type: 'answer'; ok: boolean }
  | { type: 'elsewhere'; text: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ type: fc.constant('type' as const), text: fc.string({ maxLength: 6 }) }),
  fc.constant({ type: 'blur' as const }),
  fc.constant({ type: 'timer' as const }),
  fc.record({ type: fc.constant('answer' as const), ok: fc.boolean() }),
  fc.record({ type: fc.constant('elsewhere' as const), text: fc.string({ maxLength: 6 }) }),
);

/**
 * One editor against a store that saves as notes-db.ts does (a save based on
 * an older version keeps both texts), with a timer and the saves that are
 * out played by hand. Checks as it goes that no two saves are ever out, that
 * a failure is reported and its retry waited for, and that a merge shows
 * both texts.
 */
function world(existing: boolean) {
  let version = 0;
  let note = existing ? { text: 'Stored', updatedAt: `v${version}` } : undefined;
  let state = initialSaving(note);
  let out: { text: string; base: string | undefined } | undefined;
  let timer = false;
  let lastWriter: 'editor' | 'elsewhere' = 'elsewhere';

  const dispatch = (event: SavingEvent) => {
    const next = reduce(state, event);
    state = next.state;
    for (const effect of next.effects) {
      if (effect.type === 'save') {
        expect(out, 'a second save while one is out').toBeUndefined();
        out = { text: effect.text, base: effect.base };
      } else if (effect.type === 'startTimer') timer = true;
      else if (effect.type === 'stopTimer') timer = false;
    }
    return next.effects;
  };
  const answer = (ok: boolean) => {
    const sent = out!;
    out = undefined;
    if (!ok) {
      const effects = dispatch({ type: 'failed', error: 'No room left.' });
      expect(state.status).toEqual({ type: 'failed', error: 'No room left.' });
      expect(effects).toContainEqual({ type: 'startTimer', ms: RETRY_MS });
      return;
    }
    const merged =
      !!note && sent.base !== undefined && note.updatedAt !== sent.base && note.text !== sent.text;
    const other = note?.text ?? '';
    const typed = state.text;
    note = { text: merged ? mergedText(other, sent.text) : sent.text, updatedAt: `v${++version}` };
    lastWriter = 'editor';
    dispatch({ type: 'saved', note, merged });
    if (merged) expect(state.text).toBe(mergedText(other, typed));
  };

  return {
    play(s: Step) {
      if (s.type === 'type') dispatch({ type: 'typed', text: s.text });
      else if (s.type === 'blur') dispatch({ type: 'saveNow' });
      else if (s.type === 'timer' && timer) {
        timer = false;
        dispatch({ type: 'saveNow' });
      } else if (s.type === 'answer' && out) answer(s.ok);
      else if (s.type === 'elsewhere' && note) {
        note = { text: s.text, updatedAt: `v${++version}` };
        lastWriter = 'elsewhere';
      }
    },
    /** The timer runs out and every save is answered, until nothing is left to do. */
    settle() {
      for (let i = 0; (timer || out) && i < 100; i++) {
        if (out) answer(true);
        else this.play({ type: 'timer' });
      }
      expect(timer || out).toBeFalsy();
    },
    get editor() {
      return state;
    },
    get note() {
      return note;
    },
    get lastWriter() {
      return lastWriter;
    },
  };
}

describe('saving a note, whatever happens in between (property)', () => {
  it('never has two saves out, and in the end saves the last text typed beside anything written elsewhere', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 40 }), (existing, steps) => {
        const w = world(existing);
        for (const s of steps) w.play(s);
        w.settle();
        const last = steps.findLast((s) => s.type === 'type')?.text ?? w.editor.text;
        const stored = w.note?.text;
        expect({
          dirty: w.editor.dirty,
          // The editor shows the last text typed, after the other version when a save met one.
          shown: w.editor.text.endsWith(last),
          // Only a new note left blank is never made.
          made: stored !== undefined || !w.editor.text.trim(),
          // Unless another tab saved after it, the store holds what the editor shows.
          kept: w.lastWriter === 'elsewhere' || stored === w.editor.text,
        }).toEqual({ dirty: false, shown: true, made: true, kept: true });
      }),
    );
  });
});

describe('the saver', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves after the pause, retries a failed save after RETRY_MS, and says why it failed', async () => {
    vi.useFakeTimers();
    const save = vi
      .fn(async () => ({ ok: true as const, value: { note: noteOf('Keep me', 'v1'), merged: false } }))
      .mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const shown: NoteSaving[] = [];
    const settle = vi.fn();
    const saver = new NoteSaver(initialSaving(), {
      save,
      write: vi.fn(),
      settle,
      created: vi.fn(),
      show: (state) => shown.push(state),
    });
    saver.dispatch({ type: 'typed', text: 'Keep me' });
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledWith('Keep me', undefined);
    expect(saver.state.status).toEqual({
      type: 'failed',
      error: 'Gloss was updated: copy your text, then reopen the card.',
    });
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(settle).toHaveBeenCalledOnce();
    expect(shown.at(-1)?.status).toEqual({ type: 'saved', at: 'v1', merged: false });
  });

  it('reports a save that throws before it answers as a failed save', async () => {
    const failed = Promise.withResolvers<NoteSaving>();
    const saver = new NoteSaver(initialSaving(), {
      save: () => {
        throw new Error('no port');
      },
      write: vi.fn(),
      settle: vi.fn(),
      created: vi.fn(),
      show: (state) => {
        if (state.status.type === 'failed') failed.resolve(state);
      },
    });
    saver.dispatch({ type: 'typed', text: 'Text' });
    saver.dispatch({ type: 'saveNow' });
    expect(await failed.promise).toMatchObject({
      text: 'Text',
      status: { type: 'failed', error: expect.stringContaining('no port') },
    });
    saver.dispatch({ type: 'saveNow' }); // stops the retry's timer
  });
});
