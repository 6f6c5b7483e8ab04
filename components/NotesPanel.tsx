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
 * why, and tries again (notes/note-saving.ts; each editor is
 * NoteEditor.tsx). A deleted note leaves "Note deleted" and Undo in its
 * place, which puts it back as it was.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Note } from '../notes/notes';
import type { Stored } from '../messaging/contract';
import { t } from '../i18n/i18n';
import { NoteEditor, type EditorProps } from './NoteEditor';

export interface NotesPanelProps extends Pick<EditorProps, 'save' | 'write' | 'settle'> {
  entityName: string;
  notes: Note[];
  /** Deletes note `id`; answers it as it was (null: there was none), to be offered back. */
  remove(id: string): Promise<Stored<Note | null>>;
  /** Puts back a note `remove` answered. */
  restore(note: Note): Promise<Stored<null>>;
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
