import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { device, pass, useSyncClock } from '../../tests/unit/sync-device';

beforeEach(useSyncClock);
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const draft = { entity: 'rosneft', text: 'keep me', pageUrl: '', pageTitle: '' };

describe('notes sync, a deletion undone', () => {
  it('keeps a note put back by Undo after its deletion went out to synced storage', async () => {
    const a = device('undo');
    await a.sync.start();
    const { note } = await a.db.saveNote(draft);
    a.sync.changedHere();
    await pass(a.sync);
    const was = await a.db.deleteNote(note.id);
    a.sync.changedHere();
    await pass(a.sync); // the tombstone is written
    await a.db.restoreNote(was!);
    a.sync.changedHere();
    await pass(a.sync);
    await pass(a.sync, 60_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
  });

  it('keeps a deleted note imported back from a backup after its deletion went out', async () => {
    const a = device('import-back');
    await a.sync.start();
    const { note } = await a.db.saveNote(draft);
    a.sync.changedHere();
    await pass(a.sync);
    await a.db.deleteNote(note.id);
    a.sync.changedHere();
    await pass(a.sync);
    await a.db.importNotes([note]);
    a.sync.changedHere();
    await pass(a.sync);
    await pass(a.sync, 60_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
  });
});
