/**
 * The reader's notes: what a note is and how it is checked, and how two
 * versions of one are kept together. Pure (but for the words of its
 * messages, in the reader's language); the database is in notes-db.ts, the
 * exports and imports in export/.
 */
import { MAX_ID_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../messaging/limits';
import * as v from 'valibot';
import { t } from '../i18n/i18n';

export interface Note {
  id: string;
  entity: string;
  text: string;
  /** ISO dates. */
  createdAt: string;
  updatedAt: string;
  /** The page the note was written on. */
  pageUrl: string;
  pageTitle: string;
}

/** What the editor lets the reader type in a note. */
export const MAX_NOTE_CHARS = 20_000;
/**
 * What a note may hold, wherever it is checked (saved, drafted, restored,
 * imported, synced): more than the editor's, as two versions edited apart
 * keep both texts (`mergedText`), and a note merged so is edited, deleted and
 * put back, exported and imported like any other.
 */
export const MAX_STORED_CHARS = 100_000;

/**
 * A note edited in two places at once keeps both texts: the one saved
 * elsewhere first, then this one, a blank line between. The editor that
 * sent the later one finds its own text at the end (`mergedBefore`).
 */
export const mergedText = (other: string, mine: string): string => `${other}\n\n${mine}`;

/** What a merged note holds before `mine`: the other version and the blank line. */
export const mergedBefore = (merged: string, mine: string): string =>
  merged.slice(0, merged.length - mine.length);

export const MAX_NOTES = 10_000;

/** Valibot's own checks (a type, a length) explained in the reader's language. */
export const inReadersWords: v.Config<v.BaseIssue<unknown>> = {
  message: (issue) => t('import.expected', { expected: issue.expected ?? '?', received: issue.received }),
};

export const IsoDate = v.pipe(
  v.string(),
  v.isoTimestamp(() => t('import.notIsoDate')),
  v.check(
    (s) => s <= new Date(Date.now() + 86_400_000).toISOString(),
    () => t('import.inTheFuture'),
  ),
);

/**
 * The page a note was written on, as kept: origin and path, never the query
 * or fragment (they carry tokens and session ids). Anything that is not a
 * web page is kept as nothing.
 */
export function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? `${parsed.origin}${parsed.pathname}`
      : '';
  } catch {
    return '';
  }
}

const PageUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS),
  v.check(
    (url) => url === '' || /^https?:\/\//i.test(url),
    () => t('import.notWebAddress'),
  ),
);

export const NoteSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_CHARS)),
  entity: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_CHARS)),
  text: v.pipe(
    v.string(),
    v.maxLength(MAX_STORED_CHARS, () => t('import.tooLong', { max: MAX_STORED_CHARS })),
  ),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  pageUrl: PageUrl,
  pageTitle: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)),
});
