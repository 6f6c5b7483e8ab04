/**
 * The same harness for Firefox: Debian's firefox-esr, headless, driven by
 * puppeteer-core over WebDriver BiDi, with the Firefox build installed as a
 * temporary add-on. A fixed internal UUID lets tests open its pages.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { serveFixtures, type FixtureServer } from './harness';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const ADDON_ID = 'gloss@gloss.invalid';
const ADDON_UUID = '5f0c2a3e-6a43-4f0e-9a55-7f1f3c0b1a11';

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (p): p is string => !!p && existsSync(p),
  );
  if (!found) throw new Error('Firefox not found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  return found;
}

export interface FirefoxGloss {
  browser: Browser;
  server: FixtureServer;
  /** A web page, once Gloss has had its first pass over it. */
  open(url: string): Promise<Page>;
  /** One of Gloss's own pages (options, notebook…). */
  openExtensionPage(path: string): Promise<Page>;
  /** The popup as it is for the tab showing `url` (known from Gloss's record of what each tab holds). */
  openPopupFor(url: string): Promise<Page>;
}

/** `lang`: the interface language Firefox is asked for (`intl.locale.requested`; Debian's language packs provide it). */
export function useFirefoxGloss(options: { lang?: string } = {}): FirefoxGloss {
  const env = {} as FirefoxGloss;
  beforeAll(async () => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Run npm run build:firefox first');
    env.server = await serveFixtures();
    env.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
        ...(options.lang && { 'intl.locale.requested': options.lang }),
      },
    });
    await env.browser.installExtension(EXTENSION_DIR);
    env.open = async (url) => {
      const page = await env.browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('gloss:annotate').length > 0, {
        timeout: 15_000,
      });
      return page;
    };
    env.openExtensionPage = async (path) => {
      const page = await env.browser.newPage();
      // Extension pages never report "load" to the BiDi driver: do not wait for it.
      await page
        .goto(`moz-extension://${ADDON_UUID}/${path}`, { waitUntil: [] as never })
        .catch(() => undefined);
      await page.waitForSelector('#app > *', { timeout: 15_000 });
      return page;
    };
    env.openPopupFor = async (url) => {
      const probe = await env.openExtensionPage('options.html');
      const tabId = await probe.waitForFunction(
        async (url) => {
          const session = (
            globalThis as unknown as { browser: { storage: { session: { get(): Promise<object> } } } }
          ).browser.storage.session;
          const entry = Object.entries(await session.get()).find(
            ([key, tab]) => key.startsWith('tab:') && (tab as { url?: string }).url === url,
          );
          return entry ? Number(entry[0].slice('tab:'.length)) : 0;
        },
        {},
        url,
      );
      const popup = await env.openExtensionPage(`popup.html?tab=${await tabId.jsonValue()}`);
      await probe.close();
      return popup;
    };
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
