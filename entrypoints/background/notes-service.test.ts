import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeStorageError, keepStoredDrafts, listNotes, saveNote } from './notes-service';

beforeEach(() => fakeBrowser.reset());

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

describe('drafts left in storage', () => {
  const draft = (id: string, text: string, at: string) => ({
    type: 'draft',
    id,
    at,
    entity: 'rosneft',
    text,
    pageUrl: 'https://news.example/a?token=x',
    pageTitle: 'A',
  });

  it('are saved when the background starts again (Gloss updated mid-sentence), then forgotten', async () => {
    await fakeBrowser.storage.local.set({
      'draft:d1': draft('d1', 'Typed as Gloss updated', new Date().toISOString()),
    });
    await keepStoredDrafts();
    const notes = await listNotes('rosneft');
    expect(notes.ok && notes.value.map((n) => [n.id, n.text, n.pageUrl])).toEqual([
      ['d1', 'Typed as Gloss updated', 'https://news.example/a'],
    ]);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('never overwrite a note saved after they were typed', async () => {
    const typed = new Date(Date.now() - 60_000).toISOString();
    await saveNote({ id: 'd2', entity: 'rosneft', text: 'Newer, saved', pageUrl: '', pageTitle: '' });
    await fakeBrowser.storage.local.set({ 'draft:d2': draft('d2', 'Older draft', typed) });
    await keepStoredDrafts();
    const notes = await listNotes('rosneft');
    expect(notes.ok && notes.value.find((n) => n.id === 'd2')?.text).toBe('Newer, saved');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
