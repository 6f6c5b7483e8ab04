import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { describeStorageError } = await import('./notes-service');

describe('describeStorageError', () => {
  it('tells the reader what to do for a full disk, a blocked database, and anything else', () => {
    expect(describeStorageError({ name: 'QuotaExceededError' })).toMatch(
      /no room left.*Free some disk space.*kept here/,
    );
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(
      /no room left/,
    );
    expect(describeStorageError({ name: 'VersionError' })).toMatch(/Close other Gloss pages/);
    expect(describeStorageError(new TypeError('x'))).toMatch(/could not store the note \(TypeError\)/);
  });
});
