import { describe, expect, it } from 'vitest';
import { limitReached, nextWriteAt } from './sync-rate';

describe('nextWriteAt', () => {
  it('writes at once while both windows have room', () => {
    expect(nextWriteAt([], 2, 1_000)).toBe(1_000);
  });

  it('waits for the minute window once 100 writes are in it', () => {
    const writes = Array.from({ length: 100 }, (_, i) => 10_000 + i);
    expect(nextWriteAt(writes, 1, 20_000)).toBe(10_000 + 60_001);
    expect(nextWriteAt(writes, 2, 20_000)).toBe(10_001 + 60_001);
  });

  it('waits for the hour window once 1,500 writes are in it', () => {
    // One every 2.4 s for an hour: the minute window stays under its limit throughout.
    const writes = Array.from({ length: 1_500 }, (_, i) => i * 2_400);
    const now = 1_499 * 2_400 + 1;
    expect(nextWriteAt(writes, 1, now)).toBe(3_600_001);
  });
});

describe('limitReached', () => {
  it("reads Chrome's and Firefox's errors", () => {
    expect(limitReached(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe('rate');
    expect(limitReached(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('quota');
    expect(
      limitReached(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.')),
    ).toBe('quota');
    expect(limitReached(new Error('IO error'))).toBeUndefined();
  });
});
