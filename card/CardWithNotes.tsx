/**
 * An entity's card with the reader's notes, for Gloss's own pages (the card
 * frame, notebook, reader): it asks the background for the notes and reloads
 * them when they change elsewhere.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityCard as Card } from './card-content';
import type { Note } from '../notes/notes';
import { ask } from '../messaging/ask';
import { openDrafts } from '../messaging/drafts';
import { watchNoteChanges } from '../messaging/note-changes';
import { EntityCard, type CardActions } from './EntityCard';
import { NotesPanel } from '../components/NotesPanel';

export function CardWithNotes({
  card,
  matched,
  page,
  actions,
}: {
  card: Card;
  matched?: string;
  page: { url: string; title: string };
  actions?: CardActions;
}) {
  const [notes, setNotes] = useState<Note[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    const load = () =>
      void ask({ type: 'listNotes', entity: card.id }).then((r) => {
        if (r.ok) setNotes(r.value);
        else setError(r.error);
      });
    load();
    return watchNoteChanges((entities) => {
      if (entities.includes(card.id)) load();
    });
  }, [card.id]);
  const [drafts] = useState(openDrafts);
  useEffect(() => () => drafts.close(), [drafts]);

  return (
    <EntityCard card={card} matched={matched} actions={actions}>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <NotesPanel
        // A related entity opened in place gets a panel of its own: the new-note box and what
        // was deleted are that entity's.
        key={card.id}
        entityName={card.name}
        notes={notes}
        save={(id, text, base) =>
          ask({ type: 'saveNote', id, base, entity: card.id, text, pageUrl: page.url, pageTitle: page.title })
        }
        write={(id, text) =>
          drafts.write({ id, entity: card.id, text, pageUrl: page.url, pageTitle: page.title })
        }
        settle={(id) => drafts.settle(id)}
        remove={(id) => {
          drafts.forget(id);
          return ask({ type: 'deleteNote', id });
        }}
        restore={(note) => ask({ type: 'restoreNote', note })}
      />
    </EntityCard>
  );
}
