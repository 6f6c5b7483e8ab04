/**
 * The keyboard command and the page's context-menu item, each of which turns
 * Gloss on or off for the page's site. Firefox for Android has neither API
 * (`browser.commands` and `browser.contextMenus` are undefined there): the
 * background starts without them, and the popup's switch does the same.
 */
import { browser } from 'wxt/browser';
import { changeSettings } from './settings-service';
import { t } from '../../i18n/i18n';

/** The command's name in the manifest, and the menu item's id. */
const TOGGLE_SITE = 'toggle-site';

/** The APIs a browser may lack, as they are typed where they exist: read at each use. */
const optional = browser as Partial<Pick<typeof browser, 'commands' | 'contextMenus'>>;

/** Listens for the command and adds the menu item, where the browser has them. */
export function listenForSiteToggle(): void {
  optional.commands?.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SITE) void toggleSite(tab?.url);
  });
  const menus = optional.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => void addMenuItem(menus));
  // The browser keeps the item across restarts, in the words it was made with:
  // made again at each start, it follows a change of the browser's language.
  browser.runtime.onStartup.addListener(() => void addMenuItem(menus));
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === TOGGLE_SITE) void toggleSite(info.pageUrl);
  });
}

async function toggleSite(url: string | undefined): Promise<void> {
  if (!url) return;
  const result = await changeSettings({ type: 'toggleSite', url, subdomains: false });
  if (!result.ok) console.error('Gloss:', result.error);
}

/** The page's context menu item, in the reader's language. */
async function addMenuItem(menus: typeof browser.contextMenus): Promise<void> {
  await menus.removeAll();
  menus.create({
    id: TOGGLE_SITE,
    title: t('commandToggleSite'),
    contexts: ['page', 'selection', 'link'],
  });
}
