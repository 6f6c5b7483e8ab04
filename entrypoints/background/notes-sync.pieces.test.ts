import { describe, expect, it, vi } from 'vitest';
import { readSynced } from '../../notes/sync-items';
import { STUCK_MS } from './notes-sync';
import {
  carry,
  device,
  deviceWithNote,
  draft,
  pass,
  passAfterChange,
  useSyncClock,
} from './sync-device.testing';

useSyncClock();

const pieces = (items: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith('gp:')));

describe('notes sync, a long note written in pieces', () => {
  it('stays readable when the browser keeps one device’s head and the other’s pieces, and later edits travel', async () => {
    const a = device('torn-a');
    const b = device('torn-b');
    await a.sync.start();
    await b.sync.start();
    const { note } = await a.db.saveNote({ ...draft, text: 'x'.repeat(12_000) });
    await passAfterChange(a);
    await carry(a, b);
    const { note: mine } = await a.db.saveNote({ ...note, text: 'A'.repeat(12_000), base: note.updatedAt });
    await vi.advanceTimersByTimeAsync(5);
    await b.db.saveNote({ ...note, text: 'B'.repeat(12_000), base: note.updatedAt });
    a.sync.changedHere();
    b.sync.changedHere();
    await Promise.all([pass(a.sync), pass(b.sync)]);
    // The sync service resolves each item on its own: A's head, and B's pieces wherever both wrote a key.
    const torn = { ...a.area.items, ...pieces(b.area.items) };
    a.area.items = structuredClone(torn);
    b.area.items = structuredClone(torn);
    a.sync.changedThere(Object.keys(torn));
    b.sync.changedThere(Object.keys(torn));
    await Promise.all([pass(a.sync, 1_000), pass(b.sync, 1_000)]);
    const current = (await a.db.notes.get(note.id))!;
    await a.db.saveNote({ ...mine, text: 'A again', base: current.updatedAt });
    await passAfterChange(a);
    expect(readSynced(a.area.items).notes.get(note.id)?.text).toContain('A again');
  });

  it('leaves the note readable when a pass is cut short after its first write', async () => {
    const { note, ...a } = await deviceWithNote('cut', { ...draft, text: 'x'.repeat(12_000) });
    await a.db.saveNote({ ...note, text: 'short now', base: note.updatedAt });
    // The service worker stops after the pass's first write: its second never lands.
    let writes = 0;
    const { set, remove } = a.area;
    const cut = <T extends unknown[]>(write: (...args: T) => Promise<void>) =>
      ((...args: T) =>
        ++writes > 1 ? Promise.reject(new Error('stopped')) : write.apply(a.area, args)) as typeof write;
    a.area.set = cut(set);
    a.area.remove = cut(remove);
    await passAfterChange(a);
    expect(writes).toBe(2);
    expect(readSynced(a.area.items).notes.get(note.id)?.text.slice(0, 20)).toBe('short now');
  });

  it('writes its own version over a note left unreadable, after a while, and does not count it synced meanwhile', async () => {
    const { note, ...a } = await deviceWithNote('stuck', { ...draft, text: 'mine' });
    const key = `gn:${note.id}`;
    // A head whose piece never comes.
    a.area.items[key] = { ...(a.area.items[key] as object), n: 1 };
    a.sync.changedThere([key]);
    await pass(a.sync, 1_000);
    expect(a.last().synced).toBe(0);
    expect(readSynced(a.area.items).notes.has(note.id)).toBe(false);
    await pass(a.sync, STUCK_MS);
    expect(readSynced(a.area.items).notes.get(note.id)?.text).toBe('mine');
    expect(a.last().synced).toBe(1);
  });

  it('waits for the browser to bring the rest of a note it does not have, rather than wake every minute', async () => {
    const a = device('stuck-elsewhere');
    await a.sync.start();
    await pass(a.sync, 0);
    // Another device's head, whose piece has not come (yet).
    const key = 'gn:from-elsewhere';
    a.area.items[key] = { e: 'rosneft', u: '2026-06-01T00:00:00.000Z', h: [], t: 'half', n: 1 };
    a.sync.changedThere([key]);
    await pass(a.sync, 1_000);
    const get = vi.spyOn(a.area, 'get');
    for (let minute = 0; minute < 5; minute++) await pass(a.sync, 60_000);
    expect(get).not.toHaveBeenCalled();
    expect(a.area.items[key]).toBeDefined();
  });
});
