/**
 * How syncing notes stands, for Gloss's own pages (options, notebook): the
 * background publishes it in session storage, which content scripts cannot
 * read, and pages read and follow it there. Figures and note ids only,
 * never a note's text.
 */
import { browser, type Browser } from 'wxt/browser';

const KEY = 'notesSync';

export interface SyncStatus {
  /** Notes sync on this device (the reader can turn it off in the settings). */
  on: boolean;
  /** Bytes notes take in synced storage, and the room they have there (the quota less the preferences' share). */
  usedBytes: number;
  roomBytes: number;
  quotaBytes: number;
  synced: number;
  /** The newest notes, which did not fit: kept on this device only. */
  localOnly: string[];
  /** The reader has been told that some notes stay here, and offered the export. */
  told: boolean;
  /** Writes that failed in a row, the last one's kind, and when it is tried again (ms since the epoch). */
  failures: number;
  error?: 'quota' | 'rate' | 'other';
  retryAt?: number;
}

/** Failures in a row from which the reader is told: one is retried quietly, as the browser's limits reset. */
export const REPORT_AFTER_FAILURES = 3;

export async function publishSyncStatus(status: SyncStatus): Promise<void> {
  await browser.storage.session.set({ [KEY]: status });
}

export async function readSyncStatus(): Promise<SyncStatus | undefined> {
  return (await browser.storage.session.get(KEY))[KEY] as SyncStatus | undefined;
}

/** Calls `onChange` with each new status; returns the unsubscribe. */
export function watchSyncStatus(onChange: (status: SyncStatus) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const status = changes[KEY]?.newValue as SyncStatus | undefined;
    if (area === 'session' && status) onChange(status);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
