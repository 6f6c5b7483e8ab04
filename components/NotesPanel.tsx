/**
 * The reader's notes on one entity, inside its card. Every note is edited in
 * place and saved as the reader types (and at once when the editor loses
 * focus or the card closes), so closing the card or the tab loses nothing.
 * Each editor names its note up front, so a save that is slow to answer
 * never turns into a second note; every change is also handed to `write`,
 * which keeps it safe should the page go before the save. Note text is only
 * ever rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../data/notes';
import type { Stored } from '../messaging/contract';

export interface NotesPanelProps {
  entityName: string;
  notes: Note[];
  /** Saves note `id`, creating it if it is new. */
  save(id: string, text: string): Promise<Stored<Note>>;
  remove(id: string): Promise<Stored<null>>;
  /** Every change, before it is saved. */
  write?(id: string, text: string): void;
}

const SAVE_AFTER_MS = 400;
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function NoteEditor({
  note,
  label,
  save,
  write,
  remove,
  onCreated,
}: {
  note?: Note;
  label: string;
  save: NotesPanelProps['save'];
  write: NotesPanelProps['write'];
  remove?: () => Promise<Stored<null>>;
  onCreated?: (id: string) => void;
}) {
  const [text, setText] = useState(note?.text ?? '');
  const [status, setStatus] = useState<{ error?: string; saved?: string }>({});
  const id = useRef(note?.id ?? crypto.randomUUID());
  const exists = useRef(!!note);
  const latest = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);

  const flush = async () => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    if (!exists.current && !latest.current.trim()) return;
    const result = await save(id.current, latest.current);
    if (result.ok) {
      if (!exists.current) onCreated?.(id.current);
      exists.current = true;
      setStatus({ saved: result.value.updatedAt });
    } else {
      // The text stays in the editor; the next keystroke or blur tries again.
      pending.current = true;
      setStatus({ error: result.error });
    }
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // A change made elsewhere (another tab, the notebook) shows unless there are unsaved edits here.
  useEffect(() => {
    if (note && !pending.current) {
      setText(note.text);
      latest.current = note.text;
    }
  }, [note?.text]);
  useEffect(() => () => void flushRef.current(), []);

  return (
    <div class="note">
      <textarea
        aria-label={label}
        value={text}
        maxLength={20_000}
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
            {status.saved
              ? `Saved ${timeFormat.format(new Date(status.saved))}`
              : note
                ? `Written ${timeFormat.format(new Date(note.createdAt))}${note.pageTitle ? ` on “${note.pageTitle}”` : ''}`
                : ''}
          </span>
        )}
        {remove && (
          <button
            type="button"
            class="link"
            onClick={() =>
              void remove().then((r) => {
                if (!r.ok) setStatus({ error: r.error });
              })
            }
          >
            Delete
          </button>
        )}
      </div>
    </div>
  );
}

export function NotesPanel({ entityName, notes, save, remove, write }: NotesPanelProps) {
  // The note being written in the "new note" box keeps its editor once it has an id.
  const [fresh, setFresh] = useState<{ key: number; id?: string }>({ key: 0 });
  const others = notes.filter((n) => n.id !== fresh.id);
  return (
    <section class="notes" aria-label={`Your notes on ${entityName}`}>
      <h3>Your notes</h3>
      {others.map((n) => (
        <NoteEditor
          key={n.id}
          note={n}
          label={`Note on ${entityName}`}
          save={save}
          write={write}
          remove={() => remove(n.id)}
        />
      ))}
      <NoteEditor
        key={fresh.key}
        note={notes.find((n) => n.id === fresh.id)}
        label={`New note on ${entityName}`}
        save={save}
        write={write}
        remove={fresh.id ? () => remove(fresh.id!) : undefined}
        onCreated={(id) => setFresh((f) => ({ ...f, id }))}
      />
      {fresh.id && (
        <button type="button" class="link" onClick={() => setFresh((f) => ({ key: f.key + 1 }))}>
          Add another note
        </button>
      )}
    </section>
  );
}
