/**
 * The notebook: every entity the reader has notes on, searchable and
 * filterable, each opening its card (with its notes) here; export as Gloss
 * JSON, W3C Web Annotations or Markdown (all notes, or one entity's file);
 * import a Gloss or Web Annotation file after a preview, all or nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import index from '../../data/generated/corpus-index.json';
import type { CorpusIndex } from '../../data/corpus-index';
import { CATALOGUE, ENTITY_KINDS, type EntityKind } from '../../data/catalogue';
import { entityName, inReaderLanguage } from '../../catalogue/entity-names';
import { cardFor } from '../../card/card-content';
import { notebookEntries } from '../../notes/notebook';
import type { Note } from '../../notes/notes';
import { entityMarkdown, exportJson } from '../../export/notes-export';
import { previewImport, readImportFile } from '../../export/import';
import { ask } from '../../messaging/ask';
import { watchNoteChanges } from '../../messaging/note-changes';
import { Isolated } from '../../card/Isolated';
import { CardWithNotes } from '../../card/CardWithNotes';
import { readerUrl } from '../../card/reader-url';
import { formatDate, kindName, plural, t } from '../../i18n/i18n';
import { SyncFailure, useSyncStatus } from '../../components/NotesSync';
import { about, download, ExportButtons, ImportReview, type PendingImport } from './NotesFiles';

const corpus = index as CorpusIndex;
const known = new Set(CATALOGUE.map((e) => e.id));

export function Notebook() {
  const [notes, setNotes] = useState<Note[]>([]);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EntityKind | ''>('');
  const [article, setArticle] = useState('');
  const [open, setOpen] = useState<string>();
  const [pendingImport, setPendingImport] = useState<PendingImport>();
  const [message, setMessage] = useState('');
  const sync = useSyncStatus();
  const localOnly = new Set(sync?.on ? sync.localOnly : []);

  const load = () =>
    void ask({ type: 'allNotes' }).then((r) => {
      if (r.ok) setNotes(r.value);
      else setError(r.error);
    });
  useEffect(() => {
    load();
    return watchNoteChanges(load);
  }, []);

  const entries = notebookEntries(
    notes,
    { query, kind: kind || undefined, article: article || undefined },
    corpus.mentions,
  );
  // Built here, not asked of the background as the card frame and popup do: this page holds the corpus
  // index already (its article filter and exports read it), so asking would only add a round trip.
  const found = open ? cardFor(corpus, open) : undefined;
  const card = found && inReaderLanguage(found);
  const stamp = new Date().toISOString().slice(0, 10);

  const readImport = async (file: File) => {
    setMessage('');
    const parsed = await readImportFile(file, known);
    setPendingImport(
      parsed.ok
        ? { notes: parsed.notes, preview: previewImport(notes, parsed.notes) }
        : { errors: parsed.errors },
    );
  };
  const applyImport = async (incoming: Note[]) => {
    const result = await ask({ type: 'importNotes', notes: incoming });
    if (result.ok) {
      setPendingImport(undefined);
      setMessage(plural('notebook.imported', incoming.length));
      load();
    } else {
      setMessage(t('notebook.nothingImported', { reason: result.error }));
    }
  };

  return (
    <main>
      <header>
        <h1>{t('notebook.title')}</h1>
        <div class="actions">
          <ExportButtons notes={notes} stamp={stamp} />
          <label class="button">
            {t('notebook.import')}
            <input
              type="file"
              accept="application/json,application/ld+json,.json,.jsonld"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void readImport(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </header>

      {message && <p role="status">{message}</p>}
      <SyncFailure status={sync} />
      {sync?.on && localOnly.size > 0 && !sync.told && (
        // Told once: the newest notes did not fit in the browser's sync space. Exporting them, or
        // "Got it", is the reader's answer.
        <section class="import sync-full" aria-label={t('sync.localOnly')}>
          <p>{t('sync.full')}</p>
          <button
            type="button"
            onClick={() => {
              const only = notes.filter((n) => localOnly.has(n.id));
              download(`gloss-notes-${stamp}.json`, 'application/json', exportJson(only));
              void ask({ type: 'notesSyncTold' });
            }}
          >
            {t('notebook.exportJson')}
          </button>{' '}
          <button type="button" onClick={() => void ask({ type: 'notesSyncTold' })}>
            {t('sync.gotIt')}
          </button>
        </section>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {pendingImport && (
        <ImportReview
          pending={pendingImport}
          onApply={(incoming) => void applyImport(incoming)}
          onClose={() => setPendingImport(undefined)}
        />
      )}

      <section class="filters">
        <input
          type="search"
          aria-label={t('notebook.search')}
          placeholder={t('notebook.searchHint')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select
          aria-label={t('notebook.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as EntityKind | '')}
        >
          <option value="">{t('notebook.allKinds')}</option>
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(k, 'list')}
            </option>
          ))}
        </select>
        <select
          aria-label={t('notebook.article')}
          value={article}
          onChange={(e) => setArticle(e.currentTarget.value)}
        >
          <option value="">{t('notebook.allArticles')}</option>
          {corpus.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {formatDate(a.date, 'day')} · {a.title}
            </option>
          ))}
        </select>
      </section>

      <div class="layout">
        <ul class="entries" aria-label={t('notebook.entries')}>
          {entries.length === 0 && (
            <li class="muted">{t(notes.length === 0 ? 'notebook.empty' : 'notebook.noMatch')}</li>
          )}
          {entries.map(({ entity, notes: list, lastChanged }) => (
            <li key={entity.id}>
              <button
                type="button"
                class="entry"
                aria-pressed={open === entity.id}
                onClick={() => setOpen(entity.id)}
              >
                <strong>{entityName(entity.id)}</strong>{' '}
                <span class="muted">{kindName(entity.kind, 'name')}</span>
                <span class="muted">
                  {plural('notebook.count', list.length)} · {formatDate(lastChanged, 'moment')}
                </span>
              </button>
              <ul class="texts">
                {list.map((n) => (
                  <li key={n.id}>
                    {n.text}
                    {localOnly.has(n.id) && <span class="local-only">{t('sync.localOnly')}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {card && (
          <div class="opened">
            <button
              type="button"
              onClick={() =>
                download(
                  `${card.id}.md`,
                  'text/markdown',
                  entityMarkdown(
                    card.id,
                    notes.filter((n) => n.entity === card.id),
                    about(card.id),
                  ),
                )
              }
            >
              {t('notebook.exportEntity', { entity: card.name })}
            </button>
            <Isolated>
              <CardWithNotes
                card={card}
                page={{ url: location.href, title: t('notebook.title') }}
                actions={{
                  openEntity: setOpen,
                  readInContext: (a, p) => window.open(readerUrl(a, p), '_blank'),
                }}
              />
            </Isolated>
          </div>
        )}
      </div>
    </main>
  );
}
