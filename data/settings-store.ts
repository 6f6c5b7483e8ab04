/**
 * The reader's settings, declared once as WXT storage items in the browser's
 * synced storage, so they follow the reader across their browsers.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './site-settings';

export const pausedSetting = storage.defineItem<boolean>('sync:paused', {
  fallback: DEFAULT_SITE_SETTINGS.paused,
});

export const disabledSitesSetting = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: DEFAULT_SITE_SETTINGS.disabledSites,
});

export async function loadSiteSettings(): Promise<SiteSettings> {
  const [paused, disabledSites] = await Promise.all([
    pausedSetting.getValue(),
    disabledSitesSetting.getValue(),
  ]);
  return { paused, disabledSites };
}

/** Calls `onChange` with the new settings whenever the reader changes any of them. */
export function watchSiteSettings(onChange: (settings: SiteSettings) => void): () => void {
  const reload = () => void loadSiteSettings().then(onChange);
  const unwatch = [pausedSetting.watch(reload), disabledSitesSetting.watch(reload)];
  return () => unwatch.forEach((u) => u());
}
