/**
 * The notebook's files: every note exported as Gloss JSON, W3C Web
 * Annotations or Markdown, and a file read for import shown first (what it
 * would add and change, or every problem in it), applied all or nothing.
 */
import index from '../../data/generated/corpus-index.json';
import type { CorpusIndex } from '../../data/corpus-index';
import { entityName } from '../../catalogue/entity-names';
import { entitySummary } from '../../notes/notebook';
import type { Note } from '../../notes/notes';
import { exportJson, exportMarkdown } from '../../export/notes-export';
import { exportWebAnnotations } from '../../export/web-annotation';
import type { ImportPreview } from '../../export/import';
import { t } from '../../i18n/i18n';

const corpus = index as CorpusIndex;
/** What a Markdown export says of an entity besides its notes. */
export const about = (entity: string) => entitySummary(corpus, entity);

/** Saves `text` as a file the browser downloads. */
export function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A file read for import: its notes and what they would do, or what is wrong with it. */
export type PendingImport = { errors: string[] } | { notes: Note[]; preview: ImportPreview };

/** All notes as a file, in each format; `stamp` (the day) names the files. */
export function ExportButtons({ notes, stamp }: { notes: Note[]; stamp: string }) {
  return (
    <>
      <button
        type="button"
        onClick={() => download(`gloss-notes-${stamp}.json`, 'application/json', exportJson(notes))}
      >
        {t('notebook.exportJson')}
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            `gloss-notes-${stamp}.jsonld`,
            'application/ld+json',
            exportWebAnnotations(notes, entityName),
          )
        }
      >
        {t('notebook.exportAnnotations')}
      </button>
      <button
        type="button"
        onClick={() => download(`gloss-notes-${stamp}.md`, 'text/markdown', exportMarkdown(notes, about))}
      >
        {t('notebook.exportMarkdown')}
      </button>
    </>
  );
}

/** What an import would do, to apply or cancel; or why the file cannot be imported. */
export function ImportReview({
  pending,
  onApply,
  onClose,
}: {
  pending: PendingImport;
  onApply: (notes: Note[]) => void;
  onClose: () => void;
}) {
  if ('errors' in pending)
    return (
      <section role="alert" class="import error-box">
        <h2>{t('notebook.cannotImport')}</h2>
        <ul>
          {pending.errors.slice(0, 50).map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <button type="button" onClick={onClose}>
          {t('notebook.close')}
        </button>
      </section>
    );
  return (
    <section class="import" aria-label={t('notebook.preview')}>
      <h2>{t('notebook.preview')}</h2>
      <p>
        {t('notebook.previewCounts', {
          added: pending.preview.added.length,
          changed: pending.preview.changed.length,
          unchanged: pending.preview.unchanged,
        })}
      </p>
      <button type="button" onClick={() => onApply(pending.notes)}>
        {t('notebook.apply')}
      </button>{' '}
      <button type="button" onClick={onClose}>
        {t('notebook.cancel')}
      </button>
    </section>
  );
}
