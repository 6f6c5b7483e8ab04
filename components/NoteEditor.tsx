/**
 * One note's editor in the notes panel: its text box, the line under it
 * (saved, merged, why a save failed) and Delete. How it saves is
 * notes/note-saving.ts; this wires it to the text box. Note text is only
 * ever rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_NOTE_CHARS, type Note } from '../notes/notes';
import { initialSaving, NoteSaver, type NoteSaving } from '../notes/note-saving';
import type { Stored } from '../messaging/contract';
import { formatDate, t } from '../i18n/i18n';
import { useCertifiedVisible } from './CertifiedVisible';
import type { SavedNote } from '../notes/notes-db';

export interface EditorProps {
  note?: Note;
  label: string;
  /** Saves note `id`, creating it if it is new; `base` is the version the editor last saw. */
  save(id: string, text: string, base: string | undefined): Promise<Stored<SavedNote>>;
  /** Every change, before it is saved. */
  write?(id: string, text: string): void;
  /** Note `id` is saved as it stands in its editor. */
  settle?(id: string): void;
  remove?: () => Promise<Stored<Note | null>>;
  onCreated?: (id: string) => void;
  /** Takes focus as it appears (the note was just put back). */
  focused?: boolean;
}

/** What the line under a note says when there is no error to show. */
function noteLine({ status }: NoteSaving, note: Note | undefined): string {
  if (status.type === 'saved')
    return status.merged ? t('notes.merged') : t('notes.saved', { time: formatDate(status.at, 'moment') });
  if (!note) return '';
  const time = formatDate(note.createdAt, 'moment');
  return note.pageTitle ? t('notes.writtenOn', { time, page: note.pageTitle }) : t('notes.written', { time });
}

export function NoteEditor(props: EditorProps) {
  const { note, label, remove, focused } = props;
  // The saver outlives renders; it reaches the props of the latest one.
  const latest = useRef(props);
  latest.current = props;
  const [saving, setSaving] = useState(() => initialSaving(note));
  const [saver] = useState(() => {
    const id = note?.id ?? crypto.randomUUID();
    return new NoteSaver(saving, {
      save: (text, base) => latest.current.save(id, text, base),
      write: (text) => latest.current.write?.(id, text),
      settle: () => latest.current.settle?.(id),
      created: () => latest.current.onCreated?.(id),
      show: setSaving,
    });
  });
  const [removeError, setRemoveError] = useState<string>();
  const box = useRef<HTMLTextAreaElement>(null);
  const certified = useCertifiedVisible();

  useEffect(() => {
    if (note) saver.dispatch({ type: 'changedElsewhere', note });
  }, [note?.text, note?.updatedAt]);
  // Closing the card saves at once.
  useEffect(() => () => saver.dispatch({ type: 'saveNow' }), []);
  useEffect(() => {
    if (focused) box.current?.focus();
  }, []);

  const error = removeError ?? (saving.status.type === 'failed' ? saving.status.error : undefined);
  return (
    <div class="note-editor">
      <textarea
        ref={box}
        aria-label={label}
        value={saving.text}
        maxLength={MAX_NOTE_CHARS}
        rows={3}
        onBlur={() => saver.dispatch({ type: 'saveNow' })}
        onInput={(e) => {
          setRemoveError(undefined);
          saver.dispatch({ type: 'typed', text: e.currentTarget.value });
        }}
      />
      <div class="note-meta">
        {error ? (
          <span role="alert" class="error">
            {error}
          </span>
        ) : (
          <span aria-live="polite">{noteLine(saving, note)}</span>
        )}
        {remove && (
          <button
            type="button"
            class="link"
            disabled={!certified}
            onClick={() =>
              void remove().then((r) => {
                if (!r.ok) setRemoveError(r.error);
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
