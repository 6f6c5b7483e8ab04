/* eslint-disable i18next/no-literal-string -- a test helper, beside the sync it drives (only entrypoints may import it): no reader sees these strings */
/**
 * One device for the notes sync's tests: its own database, its own synced
 * storage area (tests/unit/fake-sync-area.ts), and what its pages were told.
 * The tests fake `setTimeout` and `Date` (IndexedDB, on `setImmediate`, stays
 * real); `pass` lets time go by on that clock and waits for the pass it started.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openNotesDb, type NotesDb } from '../../notes/notes-db';
import type { Note } from '../../notes/notes';
import type { SyncStatus } from '../../messaging/sync-status';
import { DEBOUNCE_MS, NotesSync, type SyncAlarm } from './notes-sync';
import { FakeSyncArea } from '../../tests/unit/fake-sync-area';

export const START = Date.parse('2026-06-01T00:00:00.000Z');

/** For each test of the file: the sync's clock faked from `START`, its warnings silenced, both undone after. */
export function useSyncClock(): void {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/** Without an alarm, long waits use `setTimeout` too (notes-sync.ts). */
export function device(
  name: string,
  db: NotesDb = openNotesDb(name, { indexedDB: new IDBFactory(), IDBKeyRange }),
  alarm?: SyncAlarm,
) {
  const area = new FakeSyncArea();
  const statuses: SyncStatus[] = [];
  const announced: string[] = [];
  const sync = new NotesSync(
    db,
    area,
    { announce: (entities) => announced.push(...entities), publish: (s) => statuses.push(s) },
    alarm,
  );
  return { db, area, sync, statuses, announced, last: () => statuses.at(-1)! };
}
export type Device = ReturnType<typeof device>;

/** Lets `ms` pass on the sync's clock, then waits for the pass it started to end. */
export async function pass(sync: NotesSync, ms = DEBOUNCE_MS): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await sync.idle();
}

/** A change made here: the sync is told, and the pass it asks for has ended. */
export async function passAfterChange(d: Device): Promise<void> {
  d.sync.changedHere();
  await pass(d.sync);
}

export const draft = { entity: 'rosneft', text: 'keep me', pageUrl: '', pageTitle: '' };

/** A device started, with one note saved and synced. */
export async function deviceWithNote(name: string, input: typeof draft = draft) {
  const d = device(name);
  await d.sync.start();
  const { note } = await d.db.saveNote(input);
  await passAfterChange(d);
  return { ...d, note };
}

/** What the browser's sync service does: `to` comes to hold what `from` holds, and hears of it. */
export async function carry(from: Device, to: Device): Promise<void> {
  to.sync.changedThere(to.area.copyFrom(from.area));
  await pass(to.sync, 1_000);
}

export const note = (i: number, text: string): Note => ({
  id: `note-${String(i).padStart(4, '0')}`,
  entity: 'rosneft',
  text,
  createdAt: new Date(START - 86_400_000 + i * 60_000).toISOString(),
  updatedAt: new Date(START - 86_400_000 + i * 60_000).toISOString(),
  pageUrl: `https://news.example/${i}`,
  pageTitle: `Story ${i}`,
});
export const words = (i: number) =>
  `Note ${i}: ${'Caracas, Moscow and the Lima Group. '.repeat(9)}`.slice(0, 300);
