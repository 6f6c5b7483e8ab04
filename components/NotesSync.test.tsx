// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import type { SyncStatus } from '../messaging/sync-status';
import { SyncFailure, SyncSpace } from './NotesSync';

afterEach(cleanup);

const status: SyncStatus = {
  on: true,
  usedBytes: 100_300,
  roomBytes: 100_352,
  quotaBytes: 102_400,
  synced: 211,
  localOnly: ['a', 'b'],
  told: false,
  failures: 0,
};

describe('the sync status in words', () => {
  it('gives the space notes use in kB as the browser counts them, and how many notes are where', () => {
    const { container } = render(<SyncSpace status={status} />);
    screen.getByText('Space the browser lends Gloss for synced notes: 97.9 kB of 98 kB used.');
    screen.getByText('Synced: 211. On this device only: 2.');
    // (happy-dom gives <meter> no role: the browser test finds it by its role and name.)
    const meter = container.querySelector('meter')!;
    expect([meter.getAttribute('aria-label'), meter.getAttribute('value')]).toEqual([
      'Sync space used by notes',
      '100300',
    ]);
  });

  it('says nothing of a failure the browser will soon allow again, and says a persisting one with its reason', () => {
    const retryAt = Date.parse('2026-06-01T10:00:00Z');
    const { rerender } = render(<SyncFailure status={{ ...status, failures: 2, error: 'rate', retryAt }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<SyncFailure status={{ ...status, failures: 3, error: 'quota', retryAt }} />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Notes could not be synced: the browser’s sync space is full\. Next try: .+\. Your notes are safe on this device\.$/,
    );
    rerender(<SyncFailure status={{ ...status, on: false, failures: 3, error: 'quota', retryAt }} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
