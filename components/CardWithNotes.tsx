/**
 * An entity's card with the reader's notes, for any Gloss context: it asks
 * the background for the notes and reloads them when they change elsewhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EntityCard as Card } from '../data/cards';
import type { Note } from '../data/notes';
import { parseTabRequest, type Request, type Responses } from '../data/messages';
import { EntityCard, type CardActions } from './EntityCard';
import { NotesPanel } from './NotesPanel';

async function ask<R extends Request>(request: R): Promise<Responses[R['type']]> {
  return browser.runtime.sendMessage(request);
}

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
    const onMessage = (message: unknown, sender: { id?: string }) => {
      const parsed = parseTabRequest(message, sender.id, browser.runtime.id);
      if (parsed.ok && parsed.request.type === 'notesChanged' && parsed.request.entity === card.id) load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [card.id]);

  return (
    <EntityCard card={card} matched={matched} actions={actions}>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <NotesPanel
        entityName={card.name}
        notes={notes}
        save={(id, text) =>
          ask({ type: 'saveNote', id, entity: card.id, text, pageUrl: page.url, pageTitle: page.title })
        }
        remove={(id) => ask({ type: 'deleteNote', id })}
      />
    </EntityCard>
  );
}
