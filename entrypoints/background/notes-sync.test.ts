import { describe, expect, it, vi } from 'vitest';
import { mergedText, type Note } from '../../notes/notes';
import { QUOTA_BYTES, RESERVED_BYTES, readSynced } from '../../notes/sync-items';
import { REPORT_AFTER_FAILURES } from '../../messaging/sync-status';
import { device, draft, pass, passAfterChange, START, useSyncClock, words } from './sync-device.testing';

// Failed writes are logged for developers; these tests read them from the status instead.
useSyncClock();

/** Notes on four entities, at longer addresses than sync-device.testing.ts's: the counts below are of these. */
const note = (i: number, text: string): Note => ({
  id: `note-${String(i).padStart(4, '0')}`,
  entity: ['nicolas-maduro', 'juan-guaido', 'rosneft', 'lima-group'][i % 4]!,
  text,
  createdAt: new Date(START - 86_400_000 + i * 60_000).toISOString(),
  updatedAt: new Date(START - 86_400_000 + i * 60_000).toISOString(),
  pageUrl: `https://news.example/2019/01/story-${i}`,
  pageTitle: `Story ${i}`,
});

describe('notes sync, within the browser limits', () => {
  it('keeps 1,000 notes of 300 characters: all here, the oldest that fit synced, the newest marked local-only, no error unshown', async () => {
    const a = device('thousand');
    await a.db.importNotes(Array.from({ length: 1000 }, (_, i) => note(i, words(i))));
    await a.sync.start();
    await pass(a.sync, 0);

    const synced = readSynced(a.area.items).notes;
    const status = a.last();
    expect(await a.db.notes.count()).toBe(1000);
    expect(status).toMatchObject({ on: true, synced: synced.size, failures: 0, told: false });
    expect(synced.size).toBe(211);
    expect(status.localOnly).toHaveLength(1000 - synced.size);
    // The newest stay here: every local-only note is newer than every synced one.
    expect(status.localOnly[0]).toBe(note(synced.size, '').id);
    expect([...synced.keys()].every((id) => !status.localOnly.includes(id))).toBe(true);
    for (const [id, kept] of synced) expect(kept).toEqual(await a.db.notes.get(id));
    expect(a.area.bytesInUse()).toBeLessThanOrEqual(QUOTA_BYTES - RESERVED_BYTES);
    expect(status.usedBytes).toBe(a.area.bytesInUse());
    expect(a.area.errors).toEqual([]);
    // One write did it all; hearing of it back from the browser writes nothing more.
    a.sync.changedThere(Object.keys(a.area.items));
    await pass(a.sync, 1_000);
    expect(a.area.writes).toHaveLength(1);
  });

  it('writes a reader typing note after note in batches, well under the write rate', async () => {
    const a = device('typing');
    await a.sync.start();
    for (let i = 0; i < 240; i++) {
      await a.db.saveNote({ ...draft, id: note(i, '').id, text: words(i) });
      a.sync.changedHere();
      await pass(a.sync, 500);
    }
    await pass(a.sync);
    // A save every half second for two minutes: a write every two seconds at most, each minute under 120.
    const perMinute = Map.groupBy(a.area.writes, (at) => Math.floor((at - START) / 60_000));
    expect(Math.max(...[...perMinute.values()].map((w) => w.length))).toBeLessThanOrEqual(60);
    expect(a.area.errors).toEqual([]);
    expect(a.last().synced + a.last().localOnly.length).toBe(240);
  }, 30_000);

  it('retries a write the browser refused for its rate, and says so only if it persists', async () => {
    const a = device('rate');
    // Others (the preferences) have used this minute's writes.
    a.area.writes = Array.from({ length: 120 }, () => START);
    await a.db.importNotes([note(1, 'One')]);
    await a.sync.start();
    await pass(a.sync, 0);
    expect(a.area.errors.map((e) => e.message)).toEqual(['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded']);
    expect(a.last()).toMatchObject({ failures: 1, error: 'rate', retryAt: START + 60_000 });
    await pass(a.sync, 60_000);
    expect(readSynced(a.area.items).notes.size).toBe(1);
    expect(a.last()).toMatchObject({ failures: 0, synced: 1 });
    expect(a.last().error).toBeUndefined();
  });

  it('reports a quota error that persists, retries ever later, and recovers', async () => {
    const a = device('quota');
    a.area.failing = 'QUOTA_BYTES quota exceeded';
    await a.db.importNotes([note(1, 'One')]);
    await a.sync.start();
    await pass(a.sync, 0);
    await pass(a.sync, 60_000);
    await pass(a.sync, 120_000);
    expect(a.last()).toMatchObject({ failures: REPORT_AFTER_FAILURES, error: 'quota' });
    expect(a.last().retryAt).toBe(Date.now() + 240_000);
    // Every error the area threw is one of the failures the status counted.
    expect(a.area.errors).toHaveLength(REPORT_AFTER_FAILURES);
    a.area.failing = undefined;
    await pass(a.sync, 240_000);
    expect(a.last()).toMatchObject({ failures: 0, synced: 1 });
  });

  it('tells the reader once that notes stay here, and again only when some do anew', async () => {
    const a = device('told');
    await a.db.importNotes(Array.from({ length: 400 }, (_, i) => note(i, words(i))));
    await a.sync.start();
    await pass(a.sync, 0);
    expect(a.last().told).toBe(false);
    await a.sync.markTold();
    expect(a.last().told).toBe(true);
    // Another start of the service worker: still told.
    const again = device('told', a.db);
    await again.sync.start();
    expect(again.last().told).toBe(true);
    await again.sync.setOn(false);
    expect(again.last().on).toBe(false);
  });
});

describe('notes sync, telling the reader', () => {
  it('keeps the reader told when they are told while a pass writes', async () => {
    const a = device('told-while-writing');
    await a.db.importNotes(Array.from({ length: 400 }, (_, i) => note(i, words(i))));
    const set = a.area.set.bind(a.area);
    // The reader presses "Got it" while the first write is under way.
    a.area.set = async (items) => {
      await a.sync.markTold();
      return set(items);
    };
    await a.sync.start();
    await pass(a.sync, 0);
    expect(a.last()).toMatchObject({ told: true, failures: 0 });
    expect(a.last().localOnly.length).toBeGreaterThan(0);
  });

  it('shows sync off when the reader turns it off while a pass writes, then takes the notes out and writes no more', async () => {
    const a = device('off-while-writing');
    await a.db.importNotes([note(1, 'One')]);
    const set = a.area.set.bind(a.area);
    a.area.set = async (items) => {
      await a.sync.setOn(false);
      return set(items);
    };
    await a.sync.start();
    await pass(a.sync, 0);
    expect(a.last().on).toBe(false);
    await a.db.saveNote({ ...draft, text: 'Two' });
    await passAfterChange(a);
    // The pass's write, then the notes taken out of synced storage.
    expect(a.area.writes).toHaveLength(2);
    expect(a.area.items).toEqual({});
  });
});

describe('notes sync between two devices', () => {
  it('waits for every item of a long note, leaving those arrived as they are', async () => {
    const a = device('long-a');
    const b = device('long-b');
    await Promise.all([a.sync.start(), b.sync.start()]);
    const { note: long } = await a.db.saveNote({
      ...draft,
      text: 'Rosneft, Citgo and the bonds. '.repeat(600),
    });
    await passAfterChange(a);
    const keys = Object.keys(a.area.items);
    expect(keys).toHaveLength(3);
    // The browser's sync brings the head and one piece first.
    b.area.items = Object.fromEntries(keys.slice(0, 2).map((key) => [key, a.area.items[key]]));
    b.sync.changedThere(keys.slice(0, 2));
    await pass(b.sync);
    expect(Object.keys(b.area.items)).toEqual(keys.slice(0, 2));
    expect(await b.db.notes.get(long.id)).toBeUndefined();
    b.sync.changedThere(b.area.copyFrom(a.area));
    await pass(b.sync);
    expect(await b.db.notes.get(long.id)).toEqual(long);
    expect(b.area.items).toEqual(a.area.items);
  });

  it('brings a note across, keeps both texts of two edits, and a deletion for good', async () => {
    const a = device('a');
    const b = device('b');
    await Promise.all([a.sync.start(), b.sync.start()]);
    const { note: written } = await a.db.saveNote({ ...draft, text: 'Stake of $9 billion' });
    await passAfterChange(a);
    b.sync.changedThere(b.area.copyFrom(a.area));
    await pass(b.sync);
    expect(await b.db.notes.get(written.id)).toEqual(written);
    expect(b.announced).toEqual(['rosneft']);

    // Both edit the same version.
    await a.db.saveNote({ ...written, text: 'A: stake sold', base: written.updatedAt });
    vi.advanceTimersByTime(5);
    await b.db.saveNote({ ...written, text: 'B: stake kept', base: written.updatedAt });
    a.sync.changedHere();
    b.sync.changedHere();
    await Promise.all([pass(a.sync), pass(b.sync)]);
    b.sync.changedThere(b.area.copyFrom(a.area));
    await pass(b.sync);
    a.sync.changedThere(a.area.copyFrom(b.area));
    await pass(a.sync);
    const both = mergedText('A: stake sold', 'B: stake kept');
    expect((await b.db.notes.get(written.id))?.text).toBe(both);
    expect((await a.db.notes.get(written.id))?.text).toBe(both);
    expect(a.area.items).toEqual(b.area.items);

    // Deleted on A: gone on B, and it stays gone when B starts again.
    await a.db.deleteNote(written.id);
    await passAfterChange(a);
    b.sync.changedThere(b.area.copyFrom(a.area));
    await pass(b.sync);
    expect(await b.db.notes.get(written.id)).toBeUndefined();
    const restarted = device('b', b.db);
    restarted.area.items = structuredClone(b.area.items);
    await restarted.sync.start();
    await pass(restarted.sync, 0);
    expect(await b.db.notes.get(written.id)).toBeUndefined();
    expect(readSynced(restarted.area.items).gone.has(written.id)).toBe(true);
  });
});
