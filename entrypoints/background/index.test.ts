import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../settings/settings-store';
import background from './index';

/** The fake browser's stand-ins, which throw when used: put back after each test. */
const { commands, contextMenus } = fakeBrowser;

/** An event whose listeners a test calls itself. */
function event<Listener extends (...args: never[]) => unknown>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    fire: (...args: Parameters<Listener>) => listeners.forEach((listener) => listener(...args)),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no ports: only that the background listens for them matters here.
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockReturnValue(undefined);
});

afterEach(() => {
  Object.assign(fakeBrowser, { commands, contextMenus });
  vi.restoreAllMocks();
});

describe('the background', () => {
  it('starts on Firefox for Android, which has no keyboard commands and no context menus', async () => {
    Object.assign(fakeBrowser, { commands: undefined, contextMenus: undefined });
    background.main();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onConnect.addListener).toHaveBeenCalledOnce();
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true);
    // Installed, it still welcomes the reader (an unhandled rejection would fail the run).
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
        fakeBrowser.runtime.getURL('/welcome.html'),
      ),
    );
  });

  it('elsewhere adds the menu item at install and at each start, and turns the site off from it or the command', async () => {
    const onCommand = event<(command: string, tab?: { url?: string }) => void>();
    const onClicked = event<(info: { menuItemId: string; pageUrl?: string }) => void>();
    const menus = { removeAll: vi.fn(async () => undefined), create: vi.fn(), onClicked };
    Object.assign(fakeBrowser, { commands: { onCommand }, contextMenus: menus });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(2));
    expect(menus.create).toHaveBeenLastCalledWith({
      id: 'toggle-site',
      title: 'Turn Gloss on or off for this site',
      contexts: ['page', 'selection', 'link'],
    });
    onCommand.fire('toggle-site', { url: 'https://news.example.com/a' });
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example.com']));
    onClicked.fire({ menuItemId: 'toggle-site', pageUrl: 'https://other.example.org/b' });
    await vi.waitFor(async () =>
      expect((await loadSettings()).disabledSites).toEqual(['news.example.com', 'other.example.org']),
    );
  });
});
