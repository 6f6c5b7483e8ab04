import 'fake-indexeddb/auto';
import { assert, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_STORED_CHARS } from '../../notes/notes';
import { openNotesDb } from '../../notes/notes-db';
import {
  deleteNote,
  describeStorageError,
  keepStoredDrafts,
  listNotes,
  receiveDrafts,
  restoreNote,
  saveNote,
} from './notes-service';

beforeEach(async () => {
  fakeBrowser.reset();
  const db = openNotesDb();
  await Promise.all([db.notes.clear(), db.drafts.clear()]);
  db.close();
});

describe('describeStorageError', () => {
  it('tells the reader what to do for a full disk, a blocked database, and anything else', () => {
    expect(describeStorageError({ name: 'QuotaExceededError' })).toMatch(
      /no room left.*Free some disk space.*kept here/,
    );
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(
      /no room left/,
    );
    expect(describeStorageError({ name: 'VersionError' })).toMatch(/Close other Gloss pages/);
    expect(describeStorageError(new TypeError('x'))).toMatch(/could not store the note \(TypeError\)/);
  });
});

/** A drafts port as the background sees it: what a Gloss page sends, and its end. */
function draftsPort() {
  const heard: ((message: unknown) => void)[] = [];
  const ended: (() => void)[] = [];
  const port = {
    onMessage: { addListener: (f: (message: unknown) => void) => heard.push(f) },
    onDisconnect: { addListener: (f: () => void) => ended.push(f) },
  } as unknown as Browser.runtime.Port;
  receiveDrafts(port);
  return {
    send: (message: object) => heard.forEach((f) => f(message)),
    end: () => ended.forEach((f) => f()),
  };
}

/** The drafts in Gloss's database, through a connection of their own. */
const draftsKept = () => openNotesDb().drafts.toArray();

describe('drafts', () => {
  const draft = (id: string, text: string, at = new Date().toISOString()) => ({
    type: 'draft',
    id,
    at,
    entity: 'rosneft',
    text,
    pageUrl: 'https://news.example/a?token=x',
    pageTitle: 'A',
  });
  const texts = async () => {
    const notes = await listNotes('rosneft');
    return notes.ok ? notes.value.map((n) => [n.id, n.text, n.pageUrl]) : notes.error;
  };

  it('are kept in the database as they come, the page without its query, and saved when the background starts again', async () => {
    const page = draftsPort();
    page.send(draft('d1', 'Typed as'));
    page.send(draft('d1', 'Typed as Gloss updated'));
    await vi.waitFor(async () =>
      expect((await draftsKept()).map((d) => [d.text, d.pageUrl])).toEqual([
        ['Typed as Gloss updated', 'https://news.example/a'],
      ]),
    );
    // Gloss updated: the old background went without hearing the page go, and a new one starts.
    vi.resetModules();
    await (await import('./notes-service')).keepStoredDrafts();
    expect(await texts()).toEqual([['d1', 'Typed as Gloss updated', 'https://news.example/a']]);
    expect(await draftsKept()).toEqual([]);
  });

  it('are saved when their page goes, and a draft whose note was saved or deleted is not', async () => {
    const page = draftsPort();
    page.send(draft('d1', 'Left mid-sentence'));
    page.send(draft('d2', 'Saved by the editor'));
    page.send({ type: 'settle', id: 'd2' });
    page.send(draft('d3', 'Deleted'));
    page.send({ type: 'forget', id: 'd3' });
    page.end();
    await vi.waitFor(async () =>
      expect(await texts()).toEqual([['d1', 'Left mid-sentence', 'https://news.example/a']]),
    );
    await vi.waitFor(async () => expect(await draftsKept()).toEqual([]));
  });

  it('of an editor still open are left to its port when the background starts again', async () => {
    await saveNote({ id: 'd7', entity: 'rosneft', text: 'abcd', pageUrl: '', pageTitle: '' });
    // The reader types after the service worker went idle: the keystroke starts a new one.
    const page = draftsPort();
    page.send(draft('d7', 'abcde', new Date(Date.now() + 1000).toISOString()));
    await vi.waitFor(async () => expect(await draftsKept()).toHaveLength(1));
    await keepStoredDrafts();
    expect(await texts()).toEqual([['d7', 'abcd', '']]);
    page.end();
    await vi.waitFor(async () => expect(await texts()).toEqual([['d7', 'abcde', '']]));
  });

  it('never overwrite a note saved after they were typed', async () => {
    const typed = new Date(Date.now() - 60_000).toISOString();
    await saveNote({ id: 'd2', entity: 'rosneft', text: 'Newer, saved', pageUrl: '', pageTitle: '' });
    draftsPort().send(draft('d2', 'Older draft', typed));
    await vi.waitFor(async () => expect(await draftsKept()).toHaveLength(1));
    await keepStoredDrafts();
    const notes = await listNotes('rosneft');
    expect(notes.ok && notes.value.find((n) => n.id === 'd2')?.text).toBe('Newer, saved');
  });

  it("written into local storage (which a page's process can reach) are dropped, never saved", async () => {
    await fakeBrowser.storage.local.set({ 'draft:d4': draft('d4', 'Forged'), sites: [] });
    await keepStoredDrafts();
    expect(await texts()).toEqual([]);
    expect(await fakeBrowser.storage.local.get()).toEqual({ sites: [] });
  });

  it('that are malformed are refused', async () => {
    const page = draftsPort();
    page.send({ ...draft('d5', 'x'.repeat(MAX_STORED_CHARS + 1)) });
    page.send({ type: 'draft', id: 'd6' });
    page.end();
    await keepStoredDrafts();
    expect(await texts()).toEqual([]);
  });
});

describe('a deleted note', () => {
  it('comes back as it was, as a later version, with only the origin and path of its page however it is asked for', async () => {
    const saved = await saveNote({
      id: 'u1',
      entity: 'rosneft',
      text: 'Undo me',
      pageUrl: '',
      pageTitle: '',
    });
    const deleted = await deleteNote('u1');
    expect(deleted).toEqual({ ok: true, value: saved.ok && saved.value.note });
    expect(await deleteNote('u1')).toEqual({ ok: true, value: null });
    assert(deleted.ok && deleted.value);
    const note = deleted.value;
    await restoreNote({ ...note, pageUrl: 'https://news.example/a?token=x' });
    const notes = await listNotes('rosneft');
    const back = notes.ok && notes.value.find((n) => n.id === 'u1');
    assert(back);
    expect(back).toEqual({ ...note, updatedAt: back.updatedAt, pageUrl: 'https://news.example/a' });
    expect(back.updatedAt > note.updatedAt).toBe(true);
  });
});
