/**
 * The one writer of the reader's settings: changes from the popup, the
 * options page, cards and the keyboard command are applied here in the order
 * asked, so two close changes never lose one, and each caller hears whether
 * its change was stored, in words it can show.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../settings/settings';
import { applyChange, type SettingsChange } from '../../settings/settings-change';
import {
  EXCLUSIONS_KEY,
  loadSettings,
  PREFS_COPY_KEY,
  PREFS_KEY,
  SITES_KEY,
  syncedPrefs,
} from '../../settings/settings-store';
import type { Stored } from '../../messaging/contract';
import { t } from '../../i18n/i18n';

const PREFS_VERSION = 2;

const prefsOf = ({ paused, markMode, kindsOff, hoverDelayMs }: Settings) => ({
  version: PREFS_VERSION,
  paused,
  markMode,
  kindsOff,
  hoverDelayMs,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function describeSettingsError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/QUOTA/i.test(message)) return t('settingsChange.storageFull', { reason: message });
  return t('settingsChange.failed', { reason: message });
}

/**
 * Writes only what changed: prefs to synced storage, lists to local storage.
 * The prefs' copy, which pages read, once synced storage took them: a write
 * it refuses (its rate, its quota) is never shown as made.
 */
async function store(before: Settings, after: Settings): Promise<void> {
  const writes: Promise<void>[] = [];
  if (!same(prefsOf(before), prefsOf(after)))
    writes.push(
      (async () => {
        await browser.storage.sync.set({ [PREFS_KEY]: prefsOf(after) });
        await browser.storage.local.set({ [PREFS_COPY_KEY]: prefsOf(after) });
      })(),
    );
  if (!same(before.disabledSites, after.disabledSites))
    writes.push(browser.storage.local.set({ [SITES_KEY]: after.disabledSites }));
  if (!same(before.excludedForms, after.excludedForms))
    writes.push(browser.storage.local.set({ [EXCLUSIONS_KEY]: after.excludedForms }));
  await Promise.all(writes);
}

type Answer = Stored<string | null>;

/** Changes asked and not applied yet: applied in order, each burst loaded and written once. */
const pending: { change: SettingsChange; answer: (a: Answer) => void }[] = [];
/** The synced prefs changed (here or on another device): the copy is made again, in turn with the changes. */
let copyAsked = false;
let draining = false;
/** The move of version 1's settings, which every change waits for. */
let migrated: Promise<void> = Promise.resolve();

/** Applies `change` after every change asked before it; answers a note for the reader, if any. */
export function changeSettings(change: SettingsChange): Promise<Answer> {
  return new Promise((answer) => {
    pending.push({ change, answer });
    void drain();
  });
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    await migrated;
    while (pending.length > 0 || copyAsked) {
      if (copyAsked) {
        copyAsked = false;
        await copyPrefs().catch((error: unknown) => console.error('Gloss settings copy:', error));
      }
      if (pending.length > 0) await applyBurst(pending.splice(0));
    }
  } finally {
    draining = false;
  }
}

/** One read and one write for every change that queued up meanwhile (an import, a fast reader). */
async function applyBurst(burst: typeof pending): Promise<void> {
  try {
    const before = await loadSettings(syncedPrefs);
    let current = before;
    const answers = burst.map(({ change }): Answer => {
      const result = applyChange(current, change);
      if (!result.ok) return { ok: false, error: result.error };
      current = result.settings;
      return { ok: true, value: result.note ?? null };
    });
    await store(before, current);
    burst.forEach(({ answer }, i) => answer(answers[i]!));
  } catch (error) {
    console.error('Gloss settings:', error);
    const failed: Answer = { ok: false, error: describeSettingsError(error) };
    for (const { answer } of burst) answer(failed);
  }
}

/**
 * Version 1 kept everything in one synced item, which 106 "Not this here"
 * forms filled: its lists move to local storage, its prefs stay synced.
 * Changes wait for it, so nothing is written in between.
 */
export function migrateSettings(): Promise<void> {
  migrated = (async () => {
    const prefs = await syncedPrefs();
    if (!prefs || prefs.version === PREFS_VERSION) return copyPrefs();
    const settings = await loadSettings(syncedPrefs);
    await browser.storage.local.set({
      [SITES_KEY]: settings.disabledSites,
      [EXCLUSIONS_KEY]: settings.excludedForms,
    });
    await browser.storage.sync.set({ [PREFS_KEY]: prefsOf(settings) });
    await copyPrefs();
  })().catch((error: unknown) => console.error('Gloss settings migration:', error));
  return migrated;
}

/**
 * Keeps the copy of the synced prefs that pages and content scripts read
 * (settings-store.ts): at start, and whenever they change, here or on
 * another of the reader's devices. Synced storage becomes Gloss's alone
 * where the browser allows it (Chromium): it holds the reader's notes.
 */
export function keepPrefsCopy(): void {
  const area = browser.storage.sync as {
    setAccessLevel?: (access: { accessLevel: string }) => Promise<void>;
  };
  // The storage API's own name for extension pages and workers, not words.
  const trusted = 'TRUSTED_CONTEXTS'; // eslint-disable-line i18next/no-literal-string
  const open = (error: unknown) => console.warn('Gloss: synced storage stays open to content scripts', error);
  try {
    void area.setAccessLevel?.({ accessLevel: trusted }).catch(open);
  } catch (error) {
    open(error);
  }
  // The event's `newValue` is not read: heard late, it may be older than a change made since. The
  // copy reads the prefs where they are synced, in turn with the changes, so none is written meanwhile.
  browser.storage.onChanged.addListener((changes, where) => {
    if (where === 'sync' && PREFS_KEY in changes) {
      copyAsked = true;
      void drain();
    }
  });
}

/**
 * Copies the synced prefs for pages, if the copy differs. None synced, an
 * empty copy (the defaults): pages look where the prefs are synced only
 * while there is no copy at all (settings-store.ts).
 */
async function copyPrefs(): Promise<void> {
  const prefs = (await syncedPrefs()) ?? {};
  const copied = (await browser.storage.local.get(PREFS_COPY_KEY))[PREFS_COPY_KEY];
  if (!same(copied, prefs)) await browser.storage.local.set({ [PREFS_COPY_KEY]: prefs });
}
