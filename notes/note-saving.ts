/**
 * How one note editor saves what the reader types, as a small state machine,
 * pure so that every path is tested without a page (note-saving.test.ts).
 * Saves wait for a pause in typing (or go at once when the editor loses
 * focus or closes), and go one at a time, each saying which version of the
 * note it edits: a note changed elsewhere meanwhile is never overwritten,
 * both texts are kept (`mergedText`) and the editor shows them. Text typed
 * while a save is out is sent when it answers. A failed save keeps the
 * text, says why, and is tried again.
 *
 * `reduce` returns the next state and what the host must do (`SavingEffect`);
 * `NoteSaver` is that host, given the save, the drafts and a clock, and is
 * what the editor (components/NotesPanel.tsx) wires to its text box.
 */
import type { Stored } from '../messaging/contract';
import { t } from '../i18n/i18n';
import { mergedBefore, type Note } from './notes';
import type { SavedNote } from './notes-db';

/** A pause in typing this long saves. */
export const SAVE_AFTER_MS = 400;
/** A failed save is tried again after this long, for as long as the editor is open. */
export const RETRY_MS = 3000;

export type SaveStatus =
  { type: 'none' } | { type: 'saved'; at: string; merged: boolean } | { type: 'failed'; error: string };

export interface NoteSaving {
  /** The text in the editor. */
  text: string;
  /** The version of the note this editor last saw (`updatedAt`). */
  base?: string;
  /** The note is stored: an empty text is saved, not skipped. */
  exists: boolean;
  /** The text changed since it was last sent. */
  dirty: boolean;
  /** The text of the save that has not answered yet: at most one is out. */
  sending?: string;
  status: SaveStatus;
}

export type SavingEvent =
  | { type: 'typed'; text: string }
  /** The editor lost focus or closed, or the pause (or the wait after a failure) ended. */
  | { type: 'saveNow' }
  | { type: 'saved'; note: Pick<Note, 'text' | 'updatedAt'>; merged: boolean }
  | { type: 'failed'; error: string }
  /** The note as stored now, changed elsewhere (another tab, the notebook). */
  | { type: 'changedElsewhere'; note: Pick<Note, 'text' | 'updatedAt'> };

export type SavingEffect =
  /** Kept safe should the page go before the save (messaging/drafts.ts). */
  | { type: 'draft'; text: string }
  /** One timer, whose end is `saveNow`: starting it again replaces it. */
  | { type: 'startTimer'; ms: number }
  | { type: 'stopTimer' }
  | { type: 'save'; text: string; base: string | undefined }
  /** The note was stored for the first time. */
  | { type: 'created' }
  /** The note is saved as it stands in the editor: its draft can go. */
  | { type: 'settle' };

export interface SavingStep {
  state: NoteSaving;
  effects: SavingEffect[];
}

export function initialSaving(note?: Pick<Note, 'text' | 'updatedAt'>): NoteSaving {
  return {
    text: note?.text ?? '',
    base: note?.updatedAt,
    exists: !!note,
    dirty: false,
    status: { type: 'none' },
  };
}

/** Sends the text if it changed and no save is out (its answer sends what was typed since). */
function send(state: NoteSaving, effects: SavingEffect[]): SavingStep {
  if (state.sending !== undefined || !state.dirty) return { state, effects };
  // A new note left empty is not worth keeping.
  if (!state.exists && !state.text.trim()) return { state: { ...state, dirty: false }, effects };
  return {
    state: { ...state, dirty: false, sending: state.text },
    effects: [...effects, { type: 'save', text: state.text, base: state.base }],
  };
}

export function reduce(state: NoteSaving, event: SavingEvent): SavingStep {
  switch (event.type) {
    case 'typed':
      return {
        state: { ...state, text: event.text, dirty: true },
        effects: [
          { type: 'draft', text: event.text },
          { type: 'startTimer', ms: SAVE_AFTER_MS },
        ],
      };
    case 'saveNow':
      return send(state, [{ type: 'stopTimer' }]);
    case 'saved': {
      const { note, merged } = event;
      // The other version comes first; what was typed since this save was sent follows it.
      const text = merged ? mergedBefore(note.text, state.sending ?? '') + state.text : state.text;
      const next: NoteSaving = {
        text,
        base: note.updatedAt,
        exists: true,
        // Text typed since the save was sent (and only that) leaves the editor unlike the stored note.
        dirty: text !== note.text,
        status: { type: 'saved', at: note.updatedAt, merged },
      };
      const created: SavingEffect[] = state.exists ? [] : [{ type: 'created' }];
      return next.dirty ? send(next, created) : { state: next, effects: [...created, { type: 'settle' }] };
    }
    case 'failed':
      // The text stays in the editor, and is tried again.
      return {
        state: { ...state, sending: undefined, dirty: true, status: { type: 'failed', error: event.error } },
        effects: [{ type: 'startTimer', ms: RETRY_MS }],
      };
    case 'changedElsewhere':
      // Edits not saved yet stay: their save will keep both versions.
      if (state.dirty || state.sending !== undefined) return { state, effects: [] };
      if (state.text === event.note.text && state.base === event.note.updatedAt)
        return { state, effects: [] };
      return { state: { ...state, text: event.note.text, base: event.note.updatedAt }, effects: [] };
  }
}

/** What to tell the reader when a save could not even be asked for. */
function unsent(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated/i.test(message) ? t('notes.updated') : t('notes.unsent', { reason: message });
}

export interface SaverPorts {
  save(text: string, base: string | undefined): Promise<Stored<SavedNote>>;
  write(text: string): void;
  settle(): void;
  created(): void;
  /** The state changed: show it. */
  show(state: NoteSaving): void;
}

/** The timers the saver waits with: the page's, or a test's. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const PAGE_CLOCK: Clock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** Runs `reduce` for one editor: does its effects, and feeds back the timer's end and the saves' answers. */
export class NoteSaver {
  #state: NoteSaving;
  #timer: unknown;

  constructor(
    initial: NoteSaving,
    private readonly ports: SaverPorts,
    private readonly clock: Clock = PAGE_CLOCK,
  ) {
    this.#state = initial;
  }

  get state(): NoteSaving {
    return this.#state;
  }

  dispatch(event: SavingEvent): void {
    const { state, effects } = reduce(this.#state, event);
    if (state !== this.#state) this.ports.show((this.#state = state));
    for (const effect of effects) this.#run(effect);
  }

  #run(effect: SavingEffect): void {
    switch (effect.type) {
      case 'draft':
        return this.ports.write(effect.text);
      case 'startTimer':
        this.clock.clearTimeout(this.#timer);
        this.#timer = this.clock.setTimeout(() => this.dispatch({ type: 'saveNow' }), effect.ms);
        return;
      case 'stopTimer':
        return this.clock.clearTimeout(this.#timer);
      case 'save':
        // A save that throws, even before it returns a promise, is a failed save.
        void new Promise<Stored<SavedNote>>((answer) => answer(this.ports.save(effect.text, effect.base)))
          .catch((error: unknown): Stored<SavedNote> => ({ ok: false, error: unsent(error) }))
          .then((result) =>
            this.dispatch(
              result.ok ? { type: 'saved', ...result.value } : { type: 'failed', error: result.error },
            ),
          );
        return;
      case 'created':
        return this.ports.created();
      case 'settle':
        return this.ports.settle();
    }
  }
}
