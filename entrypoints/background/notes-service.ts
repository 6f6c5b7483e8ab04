/**
 * Notes for content scripts and extension pages: the database lives here, in
 * the extension's origin. Every change is announced to open tabs and pages so
 * their cards update; storage failures come back as words a reader can act on.
 */
import { browser } from 'wxt/browser';
import { openNotesDb } from '../../data/notes-db';
import type { Note } from '../../data/notes';
import type { Stored, TabRequest } from '../../data/messages';

const db = openNotesDb();

export function describeStorageError(error: unknown): string {
  const name =
    (error as { name?: string; inner?: { name?: string } })?.inner?.name ??
    (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return 'Your browser has no room left to store notes. Free some disk space or delete old notes, then try again; your text is kept here.';
  }
  if (name === 'VersionError' || name === 'BlockedError' || name === 'DatabaseClosedError') {
    return 'The notes database is held by an older Gloss page. Close other Gloss pages (notebook, settings), then try again; your text is kept here.';
  }
  return `Gloss could not store the note (${name ?? 'unknown error'}). Try again; your text is kept here.`;
}

async function stored<T>(work: () => Promise<T>): Promise<Stored<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    console.error('Gloss notes:', error);
    return { ok: false, error: describeStorageError(error) };
  }
}

async function announce(entity: string): Promise<void> {
  const message: TabRequest = { type: 'notesChanged', entity };
  // Extension pages (the notebook) hear runtime messages; content scripts hear their tab's.
  browser.runtime.sendMessage(message).catch(() => undefined);
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  }
}

export const listNotes = (entity: string) => stored(() => db.notesOn(entity));

export async function saveNote(input: Parameters<typeof db.saveNote>[0]): Promise<Stored<Note>> {
  const result = await stored(() => db.saveNote(input));
  if (result.ok) void announce(result.value.entity);
  return result;
}

export async function deleteNote(id: string): Promise<Stored<null>> {
  const note = await db.notes.get(id).catch(() => undefined);
  const result = await stored(async () => {
    await db.deleteNote(id);
    return null;
  });
  if (result.ok && note) void announce(note.entity);
  return result;
}

export const allNotes = () => stored(() => db.allNotes());

export async function importNotes(notes: readonly Note[]): Promise<Stored<null>> {
  const result = await stored(async () => {
    await db.importNotes(notes);
    return null;
  });
  if (result.ok) for (const entity of new Set(notes.map((n) => n.entity))) void announce(entity);
  return result;
}
