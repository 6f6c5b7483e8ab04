/**
 * Notes for Gloss's own pages (the card frame, notebook, reader): the
 * database lives here, in the extension's origin. Every change is announced
 * to those pages so their cards update; storage failures come back as words a
 * reader can act on.
 */
import { openNotesDb, type Draft, type SavedNote } from '../../notes/notes-db';
import { pageAddress, type Note } from '../../notes/notes';
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { DraftSchema, type Stored } from '../../messaging/contract';
import { announceNoteChanges } from '../../messaging/note-changes';
import { t } from '../../i18n/i18n';

const db = openNotesDb();
/** The database the sync mirrors (notes-sync.ts): the same connection as every save. */
export const notesDb = db;

/** Told of every change made here (saved, deleted, restored, imported), for the sync to mirror. */
let changedHere = () => {};
export const whenNotesChangeHere = (listener: () => void) => (changedHere = listener);

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

/** Tells Gloss's pages that notes on these entities changed, so that open cards reload them. */
export const announce = (entities: readonly string[]) =>
  announceNoteChanges(entities).catch((error: unknown) => console.warn('Gloss notes:', error));

/** A change made here: the pages' cards update, and the sync mirrors it. */
function changed(entities: readonly string[]): void {
  void announce(entities);
  changedHere();
}

export const listNotes = (entity: string) => stored(() => db.notesOn(entity));

export async function saveNote(input: Parameters<typeof db.saveNote>[0]): Promise<Stored<SavedNote>> {
  // The page is kept as origin and path: queries and fragments carry tokens.
  const result = await stored(() => db.saveNote({ ...input, pageUrl: pageAddress(input.pageUrl) }));
  if (result.ok) changed([result.value.note.entity]);
  return result;
}

/** Where drafts were kept before they moved into the database: a page's process can write there. */
const LEGACY_DRAFT_PREFIX = 'draft:';

/**
 * Keeps a draft whose page went away, unless the note already holds it or
 * was saved after it was typed; then forgets it.
 */
async function keepDraft(draft: Draft): Promise<void> {
  const existing = await db.notes.get(draft.id).catch(() => undefined);
  const kept = existing ? existing.text === draft.text || existing.updatedAt >= draft.at : !draft.text.trim();
  if (!kept) {
    const { id, entity, text, pageUrl, pageTitle } = draft;
    const result = await saveNote({ id, entity, text, pageUrl, pageTitle });
    if (!result.ok) return console.error('Gloss notes: a draft could not be kept', result.error);
  }
  await db.drafts.delete(draft.id).catch(warn);
}

const warn = (error: unknown) => console.warn('Gloss notes: drafts', error);

/**
 * Drafts whose page went before their save landed (a tab closed, Gloss
 * updated), kept when the background starts. What older versions left in
 * `storage.local` is dropped unread: a page's process could have written it.
 */
export async function keepStoredDrafts(): Promise<void> {
  const legacy = Object.keys(await browser.storage.local.get()).filter((k) =>
    k.startsWith(LEGACY_DRAFT_PREFIX),
  );
  if (legacy.length > 0) await browser.storage.local.remove(legacy);
  for (const draft of await db.drafts.toArray().catch(() => []))
    if (![...editing].some((latest) => latest.has(draft.id))) await keepDraft(draft);
}

/**
 * The latest drafts of each port open now: the notes of an editor still open
 * are that port's to keep. (A reader typing after the service worker went
 * idle starts a new one with their keystroke: saving that draft at start-up,
 * without the version the editor saw, would make the editor's own save look
 * like a conflict.)
 */
const editing = new Set<ReadonlyMap<string, Draft>>();

/**
 * Keeps the latest text of each note a Gloss page is writing, in the
 * database at once, and saves it when the page goes.
 */
export function receiveDrafts(port: Browser.runtime.Port): void {
  const latest = new Map<string, Draft>();
  editing.add(latest);
  port.onMessage.addListener((message) => {
    const parsed = v.safeParse(DraftSchema, message);
    if (!parsed.success) return console.warn('Gloss: malformed draft', v.summarize(parsed.issues));
    const { output } = parsed;
    if (output.type === 'draft') {
      // The page is kept as origin and path, as a note's is: queries and fragments carry tokens.
      const { id, entity, text, pageUrl, pageTitle, at } = output;
      const draft = { id, entity, text, pageTitle, at, pageUrl: pageAddress(pageUrl) };
      latest.set(draft.id, draft);
      void db.drafts.put(draft).catch(warn);
    } else {
      // Saved, or deleted: a deleted note leaves no draft behind to bring it back.
      latest.delete(output.id);
      void db.drafts.delete(output.id).catch(warn);
    }
  });
  port.onDisconnect.addListener(() => {
    editing.delete(latest);
    for (const draft of latest.values()) void keepDraft(draft);
  });
}

/** Answers the note as it was (null: there was none), for the page to offer it back. */
export async function deleteNote(id: string): Promise<Stored<Note | null>> {
  const result = await stored(async () => (await db.deleteNote(id)) ?? null);
  if (result.ok && result.value) changed([result.value.entity]);
  return result;
}

/** A note the reader just deleted, back as it was. */
export async function restoreNote(note: Note): Promise<Stored<null>> {
  // Kept as every save keeps it: a page asking cannot bring a query back.
  const result = await stored(async () => {
    await db.restoreNote({ ...note, pageUrl: pageAddress(note.pageUrl) });
    return null;
  });
  if (result.ok) changed([note.entity]);
  return result;
}

export const allNotes = () => stored(() => db.allNotes());

export async function importNotes(notes: readonly Note[]): Promise<Stored<null>> {
  const result = await stored(async () => {
    await db.importNotes(notes);
    return null;
  });
  if (result.ok) changed([...new Set(notes.map((n) => n.entity))]);
  return result;
}
