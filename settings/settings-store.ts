/**
 * Where the reader's settings live. The small preferences (on/off
 * everywhere, what to mark, the hover delay) are one item in synced storage,
 * so they follow the reader across browsers. The sites where Gloss is off and
 * the "Not this here" forms are items in local storage: synced storage holds
 * 100 kB in all and 8 kB an item, far too little for thousands of sites.
 *
 * Synced storage also holds the reader's notes (notes/sync-items.ts), so on
 * Chromium it is Gloss's alone: content scripts, which run in the page's
 * process, may not read it. They, and every page, read the prefs from the
 * background's copy of them in local storage (`PREFS_COPY_KEY`); the
 * background, their one writer, reads them where they are synced.
 *
 * Every page reads them through the storage API itself (a storage library
 * would add about 4 kB to the content script for three calls). Only the
 * background writes them (`entrypoints/background/settings-service.ts`), one
 * change at a time; pages ask it with `changeSettings` and show its answer.
 */
import { browser, type Browser } from 'wxt/browser';
import { completeSettings, type Settings } from './settings';

export const PREFS_KEY = 'settings';
/** The background's copy of the synced prefs, in local storage. */
export const PREFS_COPY_KEY = 'prefs';
export const SITES_KEY = 'sites';
export const EXCLUSIONS_KEY = 'exclusions';

/**
 * What synced storage holds under `PREFS_KEY`: today's prefs, version 1's
 * whole settings, or whatever a page's process wrote. Only ever read through
 * `completeSettings`.
 */
export type StoredPrefs = { readonly [field: string]: unknown } | undefined;

/** The prefs where they are synced: for the background, which keeps the copy and writes them. */
export async function syncedPrefs(): Promise<StoredPrefs> {
  return (await browser.storage.sync.get(PREFS_KEY))[PREFS_KEY] as StoredPrefs;
}

/**
 * The prefs where they are synced, if this context may read them there: a
 * content script on Chromium may not.
 */
async function syncedWhereAllowed(): Promise<StoredPrefs> {
  try {
    return await syncedPrefs();
  } catch {
    return undefined;
  }
}

/**
 * The reader's settings, in one read of local storage. The prefs come from
 * `prefsFrom` if given (the background reads them where they are synced);
 * else from the background's copy, or, until it has made one (the first run
 * after an update from a version without it), where they are synced,
 * version 1's lists included, if this context may read them there.
 */
export async function loadSettings(prefsFrom?: () => Promise<StoredPrefs>): Promise<Settings> {
  const local = await browser.storage.local.get([PREFS_COPY_KEY, SITES_KEY, EXCLUSIONS_KEY]);
  const prefs = prefsFrom
    ? await prefsFrom()
    : ((local[PREFS_COPY_KEY] as StoredPrefs) ?? (await syncedWhereAllowed()));
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
      area === 'local' && (PREFS_COPY_KEY in changes || SITES_KEY in changes || EXCLUSIONS_KEY in changes);
    if (relevant) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
