import { describe, expect, it, vi } from 'vitest';
import { readSynced } from '../../notes/sync-items';
import { DEBOUNCE_MS } from './notes-sync';
import {
  carry,
  device,
  deviceWithNote,
  draft,
  pass,
  passAfterChange,
  useSyncClock,
  type Device,
} from './sync-device.testing';

useSyncClock();

/** Starts the pass a change asked for and holds it at its write (the tombstone's `set`); answers what lets it go on. */
async function passHeldAtItsWrite(a: Device): Promise<() => void> {
  const set = a.area.set.bind(a.area);
  let release!: () => void;
  let held = false;
  a.area.set = async (items) => {
    if (!held) {
      held = true;
      await new Promise<void>((resolve) => (release = resolve));
    }
    return set(items);
  };
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  for (let i = 0; i < 50 && !held; i++) await new Promise((resolve) => setImmediate(resolve));
  expect(held).toBe(true);
  return release;
}

describe('notes sync, a deletion undone', () => {
  it('keeps a note put back by Undo after its deletion went out to synced storage', async () => {
    const { note, ...a } = await deviceWithNote('undo');
    const was = await a.db.deleteNote(note.id);
    await passAfterChange(a); // the tombstone is written
    await a.db.restoreNote(was!);
    await passAfterChange(a);
    await pass(a.sync, 60_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
  });

  it('keeps a deleted note imported back from a backup after its deletion went out', async () => {
    const { note, ...a } = await deviceWithNote('import-back');
    await a.db.deleteNote(note.id);
    await passAfterChange(a);
    await a.db.importNotes([note]);
    await passAfterChange(a);
    await pass(a.sync, 60_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
  });

  it('keeps a note put back by Undo when the pass that wrote its tombstone was cut before its end', async () => {
    const { note, ...a } = await deviceWithNote('undo-cut');
    const was = await a.db.deleteNote(note.id);
    // The tombstone's set lands; the head's remove does not (refused, or the worker stopped).
    const remove = a.area.remove.bind(a.area);
    a.area.remove = () => Promise.reject(new Error('stopped'));
    await passAfterChange(a);
    a.area.remove = remove;
    expect(`gx:${note.id}` in a.area.items).toBe(true);
    await a.db.restoreNote(was!);
    await passAfterChange(a);
    await pass(a.sync, 3_600_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
    expect(readSynced(a.area.items).notes.get(note.id)?.text).toBe('keep me');
  });

  it('keeps a note put back by Undo while the pass that writes its tombstone is under way', async () => {
    const { note, ...a } = await deviceWithNote('undo-race');
    const was = await a.db.deleteNote(note.id);
    a.sync.changedHere();
    // The pass's write is held; Undo meanwhile.
    const release = await passHeldAtItsWrite(a);
    await a.db.restoreNote(was!);
    a.sync.changedHere();
    release();
    await a.sync.idle();
    // The pass ends without bringing back, as sent, the deletion Undo took away.
    expect(await a.db.gone.get(note.id)).toBeUndefined();
    await pass(a.sync);
    await pass(a.sync, 60_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
    expect(readSynced(a.area.items).notes.get(note.id)?.text).toBe('keep me');
  });

  it('leaves a deletion made again while the pass that writes the first is under way to be sent as it is', async () => {
    const { note, ...a } = await deviceWithNote('delete-again');
    const was = await a.db.deleteNote(note.id);
    a.sync.changedHere();
    const release = await passHeldAtItsWrite(a);
    await a.db.restoreNote(was!);
    await vi.advanceTimersByTimeAsync(1_000);
    await a.db.deleteNote(note.id);
    const again = await a.db.gone.get(note.id);
    a.sync.changedHere();
    release();
    await a.sync.idle();
    // Not the deletion the pass wrote: it is still to be sent, naming the version put back.
    expect(await a.db.gone.get(note.id)).toEqual(again);
    await pass(a.sync);
    expect(readSynced(a.area.items).gone.get(note.id)).toEqual({ at: again!.at, versions: again!.versions });
    expect(await a.db.gone.get(note.id)).toEqual({ ...again, written: true });
  });

  it('keeps a deleted note imported back while the pass that writes its tombstone is under way', async () => {
    const { note, ...a } = await deviceWithNote('import-race');
    await a.db.deleteNote(note.id);
    a.sync.changedHere();
    const release = await passHeldAtItsWrite(a);
    await a.db.importNotes([note]);
    a.sync.changedHere();
    release();
    await a.sync.idle();
    await pass(a.sync);
    await pass(a.sync, 60_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
  });
});

describe('notes sync, a deletion and the edits it did not see', () => {
  it('keeps an edit made offline on one device when another deletes the note later', async () => {
    const a = device('offline-a');
    const b = device('offline-b');
    await a.sync.start();
    await b.sync.start();
    const { note } = await a.db.saveNote(draft);
    await passAfterChange(a);
    await carry(a, b);
    // A edits while offline; B, later by the clock, deletes the version it has.
    const { note: edited } = await a.db.saveNote({ ...note, text: 'edited offline', base: note.updatedAt });
    await vi.advanceTimersByTimeAsync(60_000);
    await b.db.deleteNote(note.id);
    await passAfterChange(b);
    await carry(b, a); // A comes back online: the deletion arrives before its edit went out
    await passAfterChange(a);
    await carry(a, b);
    expect((await a.db.notes.get(note.id))?.text).toBe('edited offline');
    expect((await b.db.notes.get(note.id))?.text).toBe(edited.text);
  });

  it('ignores a deletion dated in the far future', async () => {
    const { note, ...a } = await deviceWithNote('far-future', { ...draft, text: 'precious' });
    const key = `gx:${note.id}`;
    a.area.items[key] = { d: '9999-12-31T23:59:59.999Z', v: [note.updatedAt] };
    a.sync.changedThere([key]);
    await pass(a.sync, 1_000);
    expect((await a.db.notes.get(note.id))?.text).toBe('precious');
    expect(await a.db.gone.get(note.id)).toBeUndefined();
  });

  it('never moves a note to another entity from synced storage', async () => {
    const { note, ...a } = await deviceWithNote('moved');
    const key = `gn:${note.id}`;
    const head = a.area.items[key] as { e: string; u: string; h: string[]; t: string };
    a.area.items[key] = { ...head, e: 'juan-guaido', t: 'spam', u: '2026-06-01T00:00:30.000Z', h: [head.u] };
    a.sync.changedThere([key]);
    await pass(a.sync, 1_000);
    expect(await a.db.notes.get(note.id)).toMatchObject({ entity: 'rosneft', text: 'keep me' });
    expect(readSynced(a.area.items).notes.get(note.id)).toMatchObject({ entity: 'rosneft', text: 'keep me' });
  });
});

describe('notes sync, turned off', () => {
  it('tries again to take the notes out when the browser refuses it, until they are out', async () => {
    const a = await deviceWithNote('off-refused');
    const remove = a.area.remove.bind(a.area);
    a.area.remove = () => Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await a.sync.setOn(false);
    await a.sync.idle();
    expect(readSynced(a.area.items).notes.size).toBe(1);
    a.area.remove = remove;
    await pass(a.sync, 60_000);
    expect(a.area.items).toEqual({});
  });

  it('takes out at start, within the write rate, what an earlier run left in synced storage', async () => {
    const a = await deviceWithNote('off-at-start');
    // Turned off, and the service worker stopped before the notes were out, after 100 writes this minute.
    const writes = Array.from({ length: 100 }, () => Date.now());
    await a.db.syncMeta.put({ key: 'state', value: { on: false, told: false, writes, failures: 0 } });
    const again = device('off-at-start', a.db);
    again.area.items = { ...a.area.items };
    await again.sync.start();
    await pass(again.sync, 0);
    expect(again.area.writes).toHaveLength(0);
    expect(readSynced(again.area.items).notes.size).toBe(1);
    await pass(again.sync, 60_001);
    expect(again.area.writes).toHaveLength(1);
    expect(again.area.items).toEqual({});
  });

  it('takes the notes out once: a later start leaves what a device with sync on put back', async () => {
    const a = await deviceWithNote('off-once');
    await a.sync.setOn(false);
    await a.sync.idle();
    expect(readSynced(a.area.items).notes.size).toBe(0);
    // Another device, sync on, puts its notes back; then this device's service worker starts again.
    const other = device('on-elsewhere');
    await other.db.saveNote({ ...draft, text: 'from elsewhere' });
    other.area.items = { ...a.area.items };
    await other.sync.start();
    await pass(other.sync, 0);
    expect(readSynced(other.area.items).notes.size).toBe(1);
    const again = device('off-once', a.db);
    again.area.items = { ...other.area.items };
    await again.sync.start();
    await pass(again.sync, 0);
    await pass(again.sync, 3_600_000);
    expect(again.area.writes).toHaveLength(0);
    expect(readSynced(again.area.items).notes.size).toBe(1);
  });

  it('takes the notes out of synced storage, leaves the preferences, keeps every note here, and puts them back when on', async () => {
    const a = device('off');
    await a.sync.start();
    const { note } = await a.db.saveNote(draft);
    await a.db.deleteNote((await a.db.saveNote({ ...draft, text: 'gone' })).note.id);
    await passAfterChange(a);
    a.area.items.settings = { paused: false };
    expect(Object.keys(a.area.items)).toHaveLength(3);
    await a.sync.setOn(false);
    await a.sync.idle();
    // The deletion stays (no text): another device must not bring that note back.
    expect(Object.keys(a.area.items).sort()).toEqual([expect.stringMatching(/^gx:/), 'settings']);
    expect((await a.db.notes.get(note.id))?.text).toBe('keep me');
    await a.sync.setOn(true);
    await pass(a.sync, 0);
    expect(readSynced(a.area.items).notes.get(note.id)?.text).toBe('keep me');
  });
});
