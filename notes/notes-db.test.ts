import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNotesDb } from './notes-db';
import type { Note } from './notes';

/** A fresh, empty IndexedDB for each test. */
const freshIdb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

const page = { pageUrl: 'https://news.example/a', pageTitle: 'A story' };

describe('the notes database', () => {
  it('saves, edits, lists per entity and deletes notes', async () => {
    const db = openNotesDb('t', freshIdb());
    const { note: first } = await db.saveNote({
      entity: 'nicolas-maduro',
      text: 'Check the April talks',
      ...page,
    });
    await db.saveNote({ entity: 'juan-guaido', text: 'Other', ...page });
    const { note: edited } = await db.saveNote({
      id: first.id,
      entity: 'nicolas-maduro',
      text: 'Check the Rome talks',
      ...page,
    });
    expect(edited.createdAt).toBe(first.createdAt);
    expect(edited.updatedAt >= first.updatedAt).toBe(true);
    expect((await db.notesOn('nicolas-maduro')).map((n) => n.text)).toEqual(['Check the Rome talks']);
    await db.deleteNote(first.id, '2030-01-01T00:00:00.000Z');
    expect(await db.notesOn('nicolas-maduro')).toEqual([]);
    // The deletion is kept, to travel to other devices; writing the note again takes it back.
    expect(await db.gone.toArray()).toEqual([
      { id: first.id, at: '2030-01-01T00:00:00.000Z', versions: [edited.updatedAt] },
    ]);
    await db.restoreNote(edited);
    expect(await db.gone.toArray()).toEqual([]);
    await db.deleteNote(first.id);
    expect((await db.allNotes()).map((n) => n.entity)).toEqual(['juan-guaido']);
  });

  it("opens a database written by version 1 under version 5, nothing lost but the page addresses' queries", async () => {
    const idb = freshIdb();
    const v1 = new Dexie('migrate', idb);
    v1.version(1).stores({ notes: 'id, entity' });
    const old = {
      id: 'n1',
      entity: 'rosneft',
      text: 'Written long ago',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      pageUrl: 'https://a.b/story?token=secret#x',
    };
    await v1.table('notes').add(old);
    v1.close();

    const db = openNotesDb('migrate', idb);
    expect(await db.allNotes()).toEqual([{ ...old, pageUrl: 'https://a.b/story', pageTitle: '' }]);
    expect(db.verno).toBe(5);
    expect(await db.drafts.toArray()).toEqual([]);
    expect(await db.gone.toArray()).toEqual([]);
  });

  it('never overwrites a version it has not seen: both texts are kept, the other first', async () => {
    const db = openNotesDb('t', freshIdb());
    const { note } = await db.saveNote({ id: 'n1', entity: 'rosneft', text: 'Start', ...page });
    // Another tab saves first, from the same version.
    const other = await db.saveNote({
      id: 'n1',
      entity: 'rosneft',
      text: 'Start, from tab B',
      base: note.updatedAt,
      ...page,
    });
    expect(other.merged).toBe(false);
    // Saved in the same millisecond or not, each save is a version of its own.
    expect(other.note.updatedAt > note.updatedAt).toBe(true);
    const mine = await db.saveNote({
      id: 'n1',
      entity: 'rosneft',
      text: 'Start, from tab A',
      base: note.updatedAt,
      ...page,
    });
    expect(mine).toMatchObject({ merged: true, note: { text: 'Start, from tab B\n\nStart, from tab A' } });
    // Saving on from the merged version is an ordinary save.
    const next = await db.saveNote({
      id: 'n1',
      entity: 'rosneft',
      text: 'Settled',
      base: mine.note.updatedAt,
      ...page,
    });
    expect(next).toMatchObject({ merged: false, note: { text: 'Settled' } });
  });

  it('answers a deleted note as it was, and puts it back as a later version of it, never over a note stored since', async () => {
    const db = openNotesDb('t', freshIdb());
    const { note } = await db.saveNote({ id: 'n1', entity: 'rosneft', text: 'Keep me', ...page });
    const deleted = await db.deleteNote('n1');
    expect(deleted).toEqual(note);
    expect(await db.deleteNote('n1')).toBeUndefined();
    // Its deletion recorded, sent or not (a pass may have written the tombstone and stopped before
    // saying so): the note comes back dated after it, descending from the version deleted.
    const gone = (await db.gone.get('n1'))!;
    expect(gone.written).toBeUndefined();
    await db.restoreNote(deleted!);
    const [back] = await db.allNotes();
    expect(back).toEqual({ ...note, updatedAt: back!.updatedAt });
    expect(back!.updatedAt > gone.at && back!.updatedAt > note.updatedAt).toBe(true);
    expect((await db.syncBases.get('n1'))?.seen).toContain(note.updatedAt);
    expect(await db.gone.get('n1')).toBeUndefined();
    // Written again meanwhile (or put back already): the stored note is the newer one.
    const { note: rewritten } = await db.saveNote({ id: 'n1', entity: 'rosneft', text: 'Newer', ...page });
    await db.restoreNote(deleted!);
    expect(await db.allNotes()).toEqual([rewritten]);
  });

  it('imports a note over the one stored under its id as a later version of it, and leaves one that says the same', async () => {
    const db = openNotesDb('t', freshIdb());
    const { note: stored } = await db.saveNote({ id: 'n1', entity: 'rosneft', text: 'Newer', ...page });
    const backup: Note = {
      ...stored,
      text: 'Older',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    await db.importNotes([backup]);
    const [back] = await db.allNotes();
    expect(back).toEqual({ ...backup, updatedAt: back!.updatedAt });
    expect(back!.updatedAt > stored.updatedAt).toBe(true);
    expect((await db.syncBases.get('n1'))?.seen).toContain(stored.updatedAt);
    // The same again, older: nothing changes. On another entity: it stays on its own.
    await db.importNotes([{ ...back!, updatedAt: '2025-01-01T00:00:00.000Z' }]);
    expect(await db.allNotes()).toEqual([back]);
    await db.importNotes([{ ...back!, entity: 'juan-guaido', text: 'Moved?' }]);
    expect(await db.allNotes()).toEqual([expect.objectContaining({ entity: 'rosneft', text: 'Moved?' })]);
  });

  it('applies an import all or nothing', async () => {
    const db = openNotesDb('t', freshIdb());
    const good: Note = {
      id: 'a',
      entity: 'rosneft',
      text: 'ok',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      ...page,
    };
    const broken = { ...good, id: undefined } as unknown as Note;
    await expect(db.importNotes([good, broken])).rejects.toThrow();
    expect(await db.allNotes()).toEqual([]);
    await db.importNotes([good]);
    expect(await db.allNotes()).toEqual([good]);
  });
});
