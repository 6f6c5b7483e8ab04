/**
 * The reader's notes on one entity, inside its card. Every note is edited in
 * place and saved as the reader types (and at once when the editor loses
 * focus or the card closes), so closing the card or the tab loses nothing.
 * Each editor names its note up front, so a save that is slow to answer
 * never turns into a second note; its saves go one at a time, each saying
 * which version it edits, so a note changed elsewhere meanwhile is never
 * overwritten (both texts are kept, and the reader is told). Every change is
 * also handed to `write`, which keeps it safe should the page go before the
 * save; `settle` says the save landed. A failed save keeps the text, says
 * why, and tries again. A deleted note leaves "Note deleted" and Undo in
 * its place, which puts it back as it was. Note text is only ever rendered
 * as text.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MAX_NOTE_CHARS, mergedBefore, type Note } from '../notes/notes';
import type { SavedNote } from '../notes/notes-db';
import type { Stored } from '../messaging/contract';
import { formatDate, t } from '../i18n/i18n';
import { useCertifiedVisible } from './CertifiedVisible';

export interface NotesPanelProps {
  entityName: string;
  notes: Note[];
  /** Saves note `id`, creating it if it is new; `base` is the version the editor last saw. */
  save(id: string, text: string, base: string | undefined): Promise<Stored<SavedNote>>;
  /** Deletes note `id`; answers it as it was (null: there was none), to be offered back. */
  remove(id: string): Promise<Stored<Note | null>>;
  /** Puts back a note `remove` answered. */
  restore(note: Note): Promise<Stored<null>>;
  /** Every change, before it is saved. */
  write?(id: string, text: string): void;
  /** Note `id` is saved as it stands in its editor. */
  settle?(id: string): void;
}

const SAVE_AFTER_MS = 400;
/** A failed save is tried again after this long, for as long as the editor is open. */
export const RETRY_MS = 3000;

/** What to tell the reader when a save could not even be asked for. */
function unsent(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated/i.test(message) ? t('notes.updated') : t('notes.unsent', { reason: message });
}

function NoteEditor({
  note,
  label,
  save,
  write,
  settle,
  remove,
  onCreated,
  focused,
}: {
  note?: Note;
  label: string;
  save: NotesPanelProps['save'];
  write: NotesPanelProps['write'];
  settle: NotesPanelProps['settle'];
  remove?: () => Promise<Stored<Note | null>>;
  onCreated?: (id: string) => void;
  /** Takes focus as it appears (the note was just put back). */
  focused?: boolean;
}) {
  const [text, setText] = useState(note?.text ?? '');
  const [status, setStatus] = useState<{ error?: string; saved?: string; merged?: boolean }>({});
  const id = useRef(note?.id ?? crypto.randomUUID());
  const exists = useRef(!!note);
  /** The version of the note this editor last saw. */
  const base = useRef(note?.updatedAt);
  const latest = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);
  const saving = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const certified = useCertifiedVisible();

  /** Saves until nothing is pending, one save at a time. */
  const flush = async () => {
    clearTimeout(timer.current);
    if (saving.current) return;
    saving.current = true;
    try {
      while (pending.current) {
        pending.current = false;
        if (!exists.current && !latest.current.trim()) break;
        const sent = latest.current;
        const result = await save(id.current, sent, base.current).catch(
          (error: unknown): Stored<SavedNote> => ({ ok: false, error: unsent(error) }),
        );
        if (!result.ok) {
          // The text stays in the editor, and is tried again.
          pending.current = true;
          setStatus({ error: result.error });
          timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
          break;
        }
        const { note: saved, merged } = result.value;
        if (!exists.current) onCreated?.(id.current);
        exists.current = true;
        base.current = saved.updatedAt;
        if (merged) {
          // The other version comes first; what was typed since this save was sent follows it.
          const shown = mergedBefore(saved.text, sent) + latest.current;
          latest.current = shown;
          setText(shown);
          pending.current ||= shown !== saved.text;
        }
        setStatus({ saved: saved.updatedAt, merged: merged || undefined });
        if (!pending.current) settle?.(id.current);
      }
    } finally {
      saving.current = false;
    }
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // A change made elsewhere (another tab, the notebook) shows unless there are unsaved edits here.
  useEffect(() => {
    if (note && !pending.current && !saving.current) {
      setText(note.text);
      latest.current = note.text;
      base.current = note.updatedAt;
    }
  }, [note?.text, note?.updatedAt]);
  useEffect(() => () => void flushRef.current(), []);
  useEffect(() => {
    if (focused) box.current?.focus();
  }, []);

  return (
    <div class="note-editor">
      <textarea
        ref={box}
        aria-label={label}
        value={text}
        maxLength={MAX_NOTE_CHARS}
        rows={3}
        onBlur={() => void flush()}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          latest.current = value;
          pending.current = true;
          write?.(id.current, value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flushRef.current(), SAVE_AFTER_MS);
        }}
      />
      <div class="note-meta">
        {status.error ? (
          <span role="alert" class="error">
            {status.error}
          </span>
        ) : (
          <span aria-live="polite">
            {status.merged
              ? t('notes.merged')
              : status.saved
                ? t('notes.saved', { time: formatDate(status.saved, 'moment') })
                : note
                  ? note.pageTitle
                    ? t('notes.writtenOn', {
                        time: formatDate(note.createdAt, 'moment'),
                        page: note.pageTitle,
                      })
                    : t('notes.written', { time: formatDate(note.createdAt, 'moment') })
                  : ''}
          </span>
        )}
        {remove && (
          <button
            type="button"
            class="link"
            disabled={!certified}
            onClick={() =>
              void remove().then((r) => {
                if (!r.ok) setStatus({ error: r.error });
              })
            }
          >
            {t('notes.delete')}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * Where a deleted note was: says so, and offers it back. Focus moves to Undo,
 * where Delete was, so the keyboard stays in place and a screen reader hears
 * what happened.
 */
function DeletedNote({ restore }: { restore: () => Promise<Stored<null>> }) {
  const [error, setError] = useState<string>();
  const undo = useRef<HTMLButtonElement>(null);
  const said = useId();
  useEffect(() => undo.current?.focus(), []);
  return (
    <div class="note-meta">
      {error ? (
        <span id={said} role="alert" class="error">
          {error}
        </span>
      ) : (
        <span id={said} role="status">
          {t('notes.deleted')}
        </span>
      )}
      <button
        ref={undo}
        type="button"
        class="link"
        aria-describedby={said}
        onClick={() =>
          void restore().then((r) => {
            if (!r.ok) setError(r.error);
          })
        }
      >
        {t('notes.undo')}
      </button>
    </div>
  );
}

export function NotesPanel({ entityName, notes, save, remove, restore, write, settle }: NotesPanelProps) {
  // The note being written in the "new note" box keeps its editor once it has an id.
  const [fresh, setFresh] = useState<{ key: number; id?: string }>({ key: 0 });
  // Notes deleted here, offered back for as long as the panel is open rather than a few seconds: a
  // time limit would take Undo from a reader slow to notice or to reach it (WCAG 2.2.1), and a click
  // or key in a card pins it, so it stays until the reader closes it. Only this panel holds the note.
  const [deleted, setDeleted] = useState<ReadonlyMap<string, Note>>(new Map());
  /** The note just put back, whose editor takes focus when the list shows it again. */
  const [back, setBack] = useState<string>();

  const erase = async (id: string) => {
    const result = await remove(id);
    if (result.ok) {
      const note = result.value;
      if (note) setDeleted((d) => new Map(d).set(note.id, note));
      // A note deleted from the "new note" box leaves an empty one.
      setFresh((f) => (f.id === id ? { key: f.key + 1 } : f));
    }
    return result;
  };
  const undo = async (note: Note) => {
    const result = await restore(note);
    if (result.ok) {
      // The list, reloaded when the change is announced, shows it again.
      setDeleted((d) => new Map([...d].filter(([id]) => id !== note.id)));
      setBack(note.id);
    }
    return result;
  };

  // A deleted note stays where the list had it: the list is newest first (`notesOn`).
  const rows = [...notes.filter((n) => n.id !== fresh.id && !deleted.has(n.id)), ...deleted.values()].sort(
    (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
  );
  return (
    <section class="notes" aria-label={t('notes.region', { entity: entityName })}>
      <h3>{t('notes.heading')}</h3>
      {rows.map((n) =>
        deleted.has(n.id) ? (
          <DeletedNote key={n.id} restore={() => undo(n)} />
        ) : (
          <NoteEditor
            key={n.id}
            note={n}
            label={t('notes.noteOn', { entity: entityName })}
            save={save}
            write={write}
            settle={settle}
            remove={() => erase(n.id)}
            focused={n.id === back}
          />
        ),
      )}
      <NoteEditor
        key={fresh.key}
        note={notes.find((n) => n.id === fresh.id)}
        label={t('notes.newNoteOn', { entity: entityName })}
        save={save}
        write={write}
        settle={settle}
        remove={fresh.id ? () => erase(fresh.id!) : undefined}
        onCreated={(id) => setFresh((f) => ({ ...f, id }))}
      />
      {fresh.id && (
        <button type="button" class="link" onClick={() => setFresh((f) => ({ key: f.key + 1 }))}>
          {t('notes.addAnother')}
        </button>
      )}
    </section>
  );
}
