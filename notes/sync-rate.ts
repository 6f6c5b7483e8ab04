/**
 * How often notes may write to synced storage (pure). Chrome allows an
 * extension 120 write operations a minute and 1,800 an hour
 * (MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR; one `set` of many keys is
 * one operation, and so is one `remove`). Notes keep below both, leaving the
 * rest to the preferences, which share the limits.
 */
export const WRITES_PER_MINUTE = 120;
export const WRITES_PER_HOUR = 1_800;
const NOTES_PER_MINUTE = 100;
const NOTES_PER_HOUR = 1_500;
const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The writes of the last hour, the only ones that still count. */
export const recentWrites = (writes: readonly number[], now: number): number[] =>
  writes.filter((at) => at > now - HOUR);

/**
 * The earliest time `ops` more writes keep both windows under their
 * limits: now, or when enough of the past writes have left the window.
 */
export function nextWriteAt(writes: readonly number[], ops: number, now: number): number {
  const recent = [...recentWrites(writes, now)].sort((a, b) => a - b);
  let at = now;
  for (const [window, limit] of [
    [MINUTE, NOTES_PER_MINUTE],
    [HOUR, NOTES_PER_HOUR],
  ] as const) {
    const inWindow = recent.filter((w) => w > now - window);
    const over = inWindow.length + ops - limit;
    // The write that must leave the window first, and the moment it does.
    if (over > 0) at = Math.max(at, inWindow[over - 1]! + window + 1);
  }
  return at;
}

/** Whether a storage error is one of the browser's limits (to retry later), by its message. */
export function limitReached(error: unknown): 'quota' | 'rate' | undefined {
  const message = String((error as { message?: unknown } | undefined)?.message ?? error);
  if (/MAX_WRITE_OPERATIONS/.test(message)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(message)) return 'quota';
  return undefined;
}
