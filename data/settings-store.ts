/**
 * The reader's settings: one item in the browser's synced storage, so they
 * follow the reader across their browsers. Read through the storage API
 * itself: the content script loads on every page, and a storage library
 * would add about 4 kB (gzipped) to it for three calls.
 */
import { browser, type Browser } from 'wxt/browser';
import { completeSettings, type Settings } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(KEY))[KEY] as Partial<Settings> | undefined;
  return completeSettings(stored);
}

export async function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = completeSettings({ ...current, ...change(current) });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever the reader changes them, here or elsewhere. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes)
      onChange(completeSettings(changes[KEY]!.newValue as Partial<Settings> | undefined));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
