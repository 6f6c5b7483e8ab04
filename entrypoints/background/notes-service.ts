/**
 * Notes for Gloss's own pages (the card frame, notebook, reader): the
 * database lives here, in the extension's origin. Every change is announced
 * to those pages so their cards update; storage failures come back as words a
 * reader can act on.
 */
import { openNotesDb, type SavedNote } from '../../notes/notes-db';
import { pageAddress, type Note } from '../../notes/notes';
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { DRAFT_PREFIX, DraftSchema, type DraftMessage, type Stored } from '../../messaging/contract';
import { announceNoteChanges } from '../../messaging/note-changes';
import { t } from '../../i18n/i18n';

const db = openNotesDb();

export function describeStorageError(error: unknown): string {
  const name =
    (error as { name?: string; inner?: { name?: string } })?.inner?.name ??
    (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return t('notes.diskFull');
  }
  if (name === 'VersionError' || name === 'BlockedError' || name === 'DatabaseClosedError') {
    return t('notes.blocked');
  }
  return t('notes.storeFailed', { reason: name ?? t('notes.unknownError') });
}

async function stored<T>(work: () => Promise<T>): Promise<Stored<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    console.error('Gloss notes:', error);
    return { ok: false, error: describeStorageError(error) };
  }
}

const announce = (entities: readonly string[]) =>
  announceNoteChanges(entities).catch((error: unknown) => console.warn('Gloss notes:', error));

export const listNotes = (entity: string) => stored(() => db.notesOn(entity));

export async function saveNote(input: Parameters<typeof db.saveNote>[0]): Promise<Stored<SavedNote>> {
  // The page is kept as origin and path: queries and fragments carry tokens.
  const result = await stored(() => db.saveNote({ ...input, pageUrl: pageAddress(input.pageUrl) }));
  if (result.ok) void announce([result.value.note.entity]);
  return result;
}

type Draft = Extract<DraftMessage, { type: 'draft' }>;
const draftKey = (id: string) => `${DRAFT_PREFIX}${id}`;

/**
 * Keeps a draft whose page went away, unless the note already holds it or
 * was saved after it was typed; then forgets the stored copy.
 */
async function keepDraft(draft: Draft): Promise<void> {
  const existing = await db.notes.get(draft.id).catch(() => undefined);
  const kept = existing ? existing.text === draft.text || existing.updatedAt >= draft.at : !draft.text.trim();
  if (!kept) {
    const { id, entity, text, pageUrl, pageTitle } = draft;
    const result = await saveNote({ id, entity, text, pageUrl, pageTitle });
    if (!result.ok) return console.error('Gloss notes: a draft could not be kept', result.error);
  }
  await browser.storage.local.remove(draftKey(draft.id));
}

/** Drafts pages left in storage (their tab closed, or Gloss was updated, before the save landed). */
export async function keepStoredDrafts(): Promise<void> {
  const all = await browser.storage.local.get();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(DRAFT_PREFIX)) continue;
    const parsed = v.safeParse(DraftSchema, value);
    if (parsed.success && parsed.output.type === 'draft') await keepDraft(parsed.output);
    else await browser.storage.local.remove(key);
  }
}

/** Holds the latest text of each note a page is writing, and keeps it when the page goes. */
export function receiveDrafts(port: Browser.runtime.Port): void {
  const latest = new Map<string, Draft>();
  port.onMessage.addListener((message) => {
    const parsed = v.safeParse(DraftSchema, message);
    if (!parsed.success) return console.warn('Gloss: malformed draft', v.summarize(parsed.issues));
    if (parsed.output.type === 'draft') latest.set(parsed.output.id, parsed.output);
    else latest.delete(parsed.output.id);
    // A forgotten (deleted) note leaves no draft behind to bring it back.
    if (parsed.output.type === 'forget') void browser.storage.local.remove(draftKey(parsed.output.id));
  });
  port.onDisconnect.addListener(() => {
    for (const draft of latest.values()) void keepDraft(draft);
  });
}

export async function deleteNote(id: string): Promise<Stored<null>> {
  const note = await db.notes.get(id).catch(() => undefined);
  const result = await stored(async () => {
    await db.deleteNote(id);
    return null;
  });
  if (result.ok && note) void announce([note.entity]);
  return result;
}

export const allNotes = () => stored(() => db.allNotes());

export async function importNotes(notes: readonly Note[]): Promise<Stored<null>> {
  const result = await stored(async () => {
    await db.importNotes(notes);
    return null;
  });
  if (result.ok) void announce([...new Set(notes.map((n) => n.entity))]);
  return result;
}
