import { describe, expect, it, vi } from 'vitest';
import { device, draft, pass, passAfterChange, useSyncClock } from './sync-device.testing';

useSyncClock();

/** A service worker: its sync, its alarm, none of its timers surviving a stop. */
function worker(name: string) {
  const alarms: number[] = [];
  return { ...device(name, undefined, { set: (at) => void alarms.push(at) }), alarms };
}

describe('notes sync, across service worker stops', () => {
  it('sets an alarm, not a timer, to try a refused write again a minute later, and tries when it rings', async () => {
    const w = worker('alarm');
    await w.sync.start();
    await w.db.saveNote(draft);
    w.area.failing = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    await passAfterChange(w);
    const tried = w.area.writes.length;
    expect(w.alarms).toEqual([Date.now() + 60_000]);
    // The service worker is stopped: a timer would never fire, and none is waiting.
    w.area.failing = undefined;
    await pass(w.sync, 3_600_000);
    expect(w.area.writes.length).toBe(tried);
    w.sync.woken();
    await w.sync.idle();
    expect(Object.keys(w.area.items).some((key) => key.startsWith('gn:'))).toBe(true);
  });

  it('keeps the count of recent writes before each write, for a worker stopped while it writes', async () => {
    const w = worker('count');
    await w.sync.start();
    await w.db.saveNote(draft);
    w.area.set = () => new Promise<void>(() => {}); // the worker stops during the write
    w.sync.changedHere();
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(async () => {
      const state = (await w.db.syncMeta.get('state'))?.value as { writes?: number[] } | undefined;
      expect(state?.writes).toHaveLength(1);
    });
  });
});
