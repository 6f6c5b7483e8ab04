/**
 * Where the reader's settings live. The small preferences (on/off
 * everywhere, what to mark, the hover delay) are one item in synced storage,
 * so they follow the reader across browsers. The sites where Gloss is off and
 * the "Not this here" forms are items in local storage: synced storage holds
 * 100 kB in all and 8 kB an item, far too little for thousands of sites.
 *
 * Every page reads them through the storage API itself (a storage library
 * would add about 4 kB to the content script for three calls). Only the
 * background writes them (`entrypoints/background/settings-service.ts`), one
 * change at a time; pages ask it with `changeSettings` and show its answer.
 */
import { browser, type Browser } from 'wxt/browser';
import { completeSettings, type Settings } from './settings';

export const PREFS_KEY = 'settings';
export const SITES_KEY = 'sites';
export const EXCLUSIONS_KEY = 'exclusions';

/**
 * What synced storage holds under `PREFS_KEY`: today's prefs, version 1's
 * whole settings, or whatever a page's process wrote. Only ever read through
 * `completeSettings`.
 */
export type StoredPrefs = { readonly [field: string]: unknown } | undefined;

export async function loadSettings(): Promise<Settings> {
  const [synced, local] = await Promise.all([
    browser.storage.sync.get(PREFS_KEY),
    browser.storage.local.get([SITES_KEY, EXCLUSIONS_KEY]),
  ]);
  const prefs = synced[PREFS_KEY] as StoredPrefs | undefined;
  return completeSettings({
    ...prefs,
    // Until the background has moved version 1's lists to local storage, they are read where they were.
    disabledSites: local[SITES_KEY] ?? prefs?.disabledSites,
    excludedForms: local[EXCLUSIONS_KEY] ?? prefs?.excludedForms,
  });
}

/** Calls `onChange` with the new settings whenever the reader changes them, here or elsewhere. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const relevant =
      (area === 'sync' && PREFS_KEY in changes) ||
      (area === 'local' && (SITES_KEY in changes || EXCLUSIONS_KEY in changes));
    if (relevant) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
