/**
 * The reader's settings, declared once as a WXT storage item in the browser's
 * synced storage, so they follow the reader across their browsers.
 */
import { storage } from 'wxt/utils/storage';
import { completeSettings, DEFAULT_SETTINGS, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = completeSettings({ ...current, ...change(current) });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the new settings whenever the reader changes them, here or elsewhere. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(completeSettings(value)));
}
