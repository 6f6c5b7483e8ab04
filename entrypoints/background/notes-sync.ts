/**
 * Mirrors the notes to the browser's synced storage, and merges back what
 * other devices put there. IndexedDB stays the truth on each device: a pass
 * reads synced storage, merges it into the database (notes/sync-merge.ts),
 * plans what synced storage should hold (notes/sync-items.ts) and writes the
 * difference in at most one `remove` and one `set`, as often as the
 * browser's write limits allow (notes/sync-rate.ts). A failed write is tried
 * again later, and its failure reported once it persists; nothing is
 * dropped: a note that does not fit stays here, marked as such.
 */
import { browser } from 'wxt/browser';
import type { NotesDb } from '../../notes/notes-db';
import {
  diffItems,
  isNoteKey,
  isTombstoneKey,
  itemsBytes,
  MAX_ITEMS,
  planSync,
  QUOTA_BYTES,
  readSynced,
  roomForNotes,
  TOMBSTONE_DAYS,
  tombstoneKey,
  unsettledIds,
  type SyncArea,
} from '../../notes/sync-items';
import { ancestorsOf, lineage } from '../../notes/sync-merge';
import { limitReached, nextWriteAt, recentWrites } from '../../notes/sync-rate';
import type { SyncStatus } from '../../messaging/sync-status';

export const browserSyncArea: SyncArea = {
  get: () => browser.storage.sync.get(null),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
};

/**
 * Wakes the service worker for a pass later on: `browser.alarms`, which
 * outlive it. Chrome stops an idle service worker after about 30 s, and its
 * timers with it, so a retry or a wait for the write rate set with
 * `setTimeout` would never come.
 */
export interface SyncAlarm {
  set(at: number): void;
}
export const SYNC_ALARM = 'gloss-notes-sync';
export const browserSyncAlarm: SyncAlarm = {
  set: (at) => void browser.alarms.create(SYNC_ALARM, { when: at }),
};
/** Waits this long or longer go through the alarm; shorter ones end while the worker is still up. */
const ALARM_AFTER_MS = 25_000;

export interface SyncHooks {
  /** Notes on these entities changed from elsewhere: open cards reload them. */
  announce(entities: string[]): unknown;
  publish(status: SyncStatus): unknown;
}

/** Waits after a local change, so that a reader typing makes one write, not one a keystroke. */
export const DEBOUNCE_MS = 2_000;
/** Waits after a change from elsewhere: the browser may bring a note's items one by one. */
const PULL_MS = 300;
/** How long a note may stay unreadable in synced storage before this device writes its own version over it. */
export const STUCK_MS = 60_000;
const FIRST_RETRY_MS = 60_000;
const LAST_RETRY_MS = 3_600_000;

/** What the sync keeps between runs of the service worker (in IndexedDB: ids and figures, no text). */
interface Kept {
  on: boolean;
  told: boolean;
  writes: number[];
  failures: number;
  error?: SyncStatus['error'];
  /** Notes unreadable in synced storage, and since when. */
  stuck?: Record<string, number>;
  /**
   * Sync off, and the notes were taken out of synced storage: not again
   * until sync is turned on and off, or each start would take out what
   * another device put back, and the two would write for ever.
   */
  takenOut?: boolean;
  /** The status last published, shown again when the service worker starts. */
  last?: SyncStatus;
}

export class NotesSync {
  private kept: Kept = { on: true, told: false, writes: [], failures: 0 };
  private status?: SyncStatus;
  private timer?: ReturnType<typeof setTimeout>;
  private due = Infinity;
  private running: Promise<void> = Promise.resolve();
  private loaded: Promise<void>;

  constructor(
    private readonly db: NotesDb,
    private readonly area: SyncArea,
    private readonly hooks: SyncHooks,
    /** Without one (in tests), long waits use `setTimeout` too. */
    private readonly alarm?: SyncAlarm,
  ) {
    // A database that cannot be read leaves the defaults (on): a pass then says what fails.
    this.loaded = this.db.syncMeta.get('state').then(
      (row) => {
        if (row) this.kept = { ...this.kept, ...(row.value as Partial<Kept>) };
      },
      (error: unknown) => console.warn('Gloss notes sync:', error),
    );
  }

  /**
   * At start: publish where things stood, and sync at once; sync off, take
   * out what an earlier run left in synced storage (the worker stopped, or
   * the browser refused).
   */
  async start(): Promise<void> {
    await this.loaded;
    await this.publish(this.status ?? this.kept.last ?? this.emptyStatus());
    this.schedule(0);
  }

  /** A note was saved, deleted, restored or imported here. */
  changedHere(): void {
    if (this.kept.on) this.schedule(DEBOUNCE_MS);
  }

  /** `storage.onChanged` for the sync area: another device (or the preferences) wrote. */
  changedThere(keys: readonly string[]): void {
    if (this.kept.on && keys.some(isNoteKey)) this.schedule(PULL_MS);
  }

  async setOn(on: boolean): Promise<void> {
    await this.loaded;
    this.kept = { ...this.kept, on, failures: 0, error: undefined, takenOut: false };
    await this.keep();
    if (on) this.schedule(0);
    else {
      clearTimeout(this.timer);
      // The notes come out of the browser's sync too, after the pass under way (if any): they stay here.
      this.woken();
      await this.publish({ ...(this.status ?? this.emptyStatus()), on, failures: 0, error: undefined });
    }
  }

  /**
   * Removes the notes' items from synced storage, sync being off: the
   * preferences stay, and the notes here. Within the write rate, as a pass
   * writes, and tried again as a pass is when the browser refuses.
   */
  private async takeOut(): Promise<void> {
    // Deletions stay (ids and versions, no text): another device must not bring those notes back.
    const keys = Object.keys(await this.area.get()).filter((key) => isNoteKey(key) && !isTombstoneKey(key));
    const now = Date.now();
    const writeAt = nextWriteAt(this.kept.writes, 1, now);
    if (keys.length > 0 && writeAt > now) return this.schedule(writeAt - now);
    if (keys.length > 0) await this.wrote(() => this.area.remove(keys));
    this.kept = { ...this.kept, takenOut: true };
    await this.keep();
    if (this.kept.failures > 0) {
      this.kept = { ...this.kept, failures: 0, error: undefined };
      await this.publish({ ...(this.status ?? this.emptyStatus()), failures: 0, error: undefined });
    }
  }

  /** The reader has seen that some notes stay here. */
  async markTold(): Promise<void> {
    await this.loaded;
    this.kept.told = true;
    await this.keep();
    if (this.status) await this.publish({ ...this.status, told: true });
  }

  /** Resolves when the pass under way (if any) has ended. */
  idle(): Promise<void> {
    return this.running;
  }

  private schedule(delay: number): void {
    const at = Date.now() + delay;
    if (at >= this.due) return;
    clearTimeout(this.timer);
    this.due = at;
    if (this.alarm && delay >= ALARM_AFTER_MS) this.alarm.set(at);
    else this.timer = setTimeout(() => this.woken(), delay);
  }

  /** The time set came (a timer, or the alarm: `browser.alarms.onAlarm` for `SYNC_ALARM`). */
  woken(): void {
    this.due = Infinity;
    // One pass at a time: a pass asked for during another runs after it, whatever became of that one.
    this.running = this.running
      .then(() => this.pass())
      .catch((error: unknown) => console.warn('Gloss notes sync:', error));
  }

  private async pass(): Promise<void> {
    await this.loaded;
    try {
      if (this.kept.on) await this.syncOnce();
      else if (!this.kept.takenOut) await this.takeOut();
    } catch (error) {
      console.warn('Gloss notes sync:', error);
      const failures = this.kept.failures + 1;
      const retry = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
      this.kept = { ...this.kept, failures, error: limitReached(error) ?? 'other' };
      this.schedule(retry);
      const status = this.status ?? this.emptyStatus();
      await this.publish({ ...status, failures, error: this.kept.error, retryAt: Date.now() + retry });
    }
  }

  private async syncOnce(): Promise<void> {
    const all = await this.area.get();
    const remote = readSynced(all);
    const now = Date.now();
    const expired = new Date(now - TOMBSTONE_DAYS * 86_400_000).toISOString();
    const { notes, gone, seen, changed } = await this.db.mergeSynced(remote, expired);
    if (changed.length > 0) await this.hooks.announce(changed);

    // A note whose items have not all arrived is left alone until they have, or until it stays
    // unreadable `STUCK_MS` (its items mixed from two writes, or cut by a write half done): then
    // this device's version is written over it.
    const unsettled = this.unsettled(unsettledIds(all, remote), new Set(notes.map((n) => n.id)), now);
    const room = roomForNotes(all, unsettled);
    const ancestors = new Map(notes.map((n) => [n.id, ancestorsOf(n, seen.get(n.id))]));
    const current = Object.fromEntries(Object.entries(all).filter(([key]) => isNoteKey(key)));
    const plan = planSync(
      notes,
      ancestors,
      new Map([...gone].map(([id, g]) => [id, { at: g.at, versions: g.versions ?? [] }])),
      room,
      now,
      current,
      unsettled,
    );
    const { set, remove } = diffItems(current, plan.items, unsettled);
    const ops = (remove.length > 0 ? 1 : 0) + (Object.keys(set).length > 0 ? 1 : 0);
    const status: SyncStatus = {
      ...this.emptyStatus(),
      on: true,
      usedBytes: plan.bytes,
      roomBytes: room.bytes,
      synced: plan.synced.length,
      localOnly: plan.localOnly,
    };
    const writeAt = nextWriteAt(this.kept.writes, ops, now);
    if (ops > 0 && writeAt > now) {
      // Past the browser's write rate: wait for the window, rather than meet its error.
      this.schedule(writeAt - now);
      return this.publish({ ...status, retryAt: writeAt });
    }
    // A version's items first, its old pieces removed after: a pass cut short leaves the old
    // version readable, never a head without its pieces. Removing first when the area could not
    // hold both.
    const after = { ...all, ...set };
    const removeFirst = itemsBytes(after) > QUOTA_BYTES || Object.keys(after).length > MAX_ITEMS;
    if (removeFirst && remove.length > 0) await this.wrote(() => this.area.remove(remove));
    if (Object.keys(set).length > 0) await this.wrote(() => this.area.set(set));
    if (!removeFirst && remove.length > 0) await this.wrote(() => this.area.remove(remove));

    const byId = new Map(notes.map((n) => [n.id, n]));
    await this.db.transaction('rw', this.db.syncBases, this.db.gone, async () => {
      // What was written is agreed on now: the note's version, after the versions it descends from.
      await this.db.syncBases.bulkPut(
        plan.synced
          .filter((id) => !unsettled.has(id))
          .map((id) => ({ id, seen: lineage([byId.get(id)!.updatedAt], ancestors.get(id)!) })),
      );
      const sent = [...gone].filter(
        ([id, g]) => !g.written && tombstoneKey(id) in plan.items && !unsettled.has(id),
      );
      // Read again: a deletion undone (Undo, an import) or made again while the pass wrote is not
      // the one it wrote. Only a record still there, of the same date, is marked sent.
      const rows = await this.db.gone.bulkGet(sent.map(([id]) => id));
      const written = rows.filter(
        (g, i): g is NonNullable<typeof g> => g !== undefined && !g.written && g.at === sent[i]![1].at,
      );
      await this.db.gone.bulkPut(written.map((g) => ({ ...g, written: true })));
    });
    // Read now, not when the pass began: the reader may have been told while it wrote.
    const told = plan.localOnly.length > 0 && this.kept.told;
    this.kept = { ...this.kept, failures: 0, error: undefined, told };
    // Read now too: the reader may have turned sync off while it wrote.
    await this.publish({ ...status, on: this.kept.on, told, failures: 0, error: undefined });
  }

  /**
   * The notes to leave as they are in synced storage: those unreadable there,
   * but for those this device has and that stayed unreadable `STUCK_MS`. A
   * pass comes back for them then. One this device does not have waits for
   * the browser to bring the rest of its items (`changedThere`): nothing
   * here could be written over it, and coming back would wake the service
   * worker every minute for as long as it stays so.
   */
  private unsettled(ids: ReadonlySet<string>, here: ReadonlySet<string>, now: number): Set<string> {
    const since = Object.fromEntries([...ids].map((id) => [id, this.kept.stuck?.[id] ?? now]));
    this.kept.stuck = since;
    const waiting = [...ids].filter((id) => here.has(id) && now - since[id]! < STUCK_MS);
    if (waiting.length > 0) this.schedule(Math.min(...waiting.map((id) => since[id]! + STUCK_MS - now)));
    return new Set([...ids].filter((id) => !here.has(id) || now - since[id]! < STUCK_MS));
  }

  /**
   * Counts a write against the browser's rate, whether it lands or not: a
   * refused one counts too. Kept before it is made: a service worker stopped
   * during the write must not forget it when it starts again.
   */
  private async wrote(write: () => Promise<void>): Promise<void> {
    const now = Date.now();
    this.kept.writes = [...recentWrites(this.kept.writes, now), now];
    await this.keep();
    await write();
  }

  private emptyStatus(): SyncStatus {
    const { on, told, failures, error } = this.kept;
    return {
      on,
      usedBytes: 0,
      roomBytes: 0,
      quotaBytes: QUOTA_BYTES,
      synced: 0,
      localOnly: [],
      told,
      failures,
      error,
    };
  }

  private async publish(status: SyncStatus): Promise<void> {
    this.status = status;
    this.kept.last = status;
    await this.keep();
    await this.hooks.publish(status);
  }

  private keep(): Promise<unknown> {
    return this.db.syncMeta.put({ key: 'state', value: this.kept });
  }
}
