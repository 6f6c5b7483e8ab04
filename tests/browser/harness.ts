/**
 * The browser harness every browser test uses: Debian's Chromium, headless,
 * with the built extension (.output/chrome-mv3) loaded unpacked, and a local
 * server for the fixture pages in tests/fixtures. Nothing is downloaded.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import type { Settings } from '../../settings/settings';
import { frameworkPages } from './framework-pages';

const root = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(root, '.output/chrome-mv3');
const FIXTURES = join(root, 'tests/fixtures');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

export interface FixtureServer {
  /** http://127.0.0.1:port — and the same pages on http://localhost:port for a second site. */
  origin: string;
  otherOrigin: string;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures, `extra` pages, and the React and Vue pages under
 * /frameworks/ (built on first request). `?csp=strict` adds a strict
 * Content-Security-Policy, as a hostile news site might.
 */
export async function serveFixtures(extra: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const type = TYPES[extname(url.pathname)] ?? TYPES['.html']!;
    if (extra[url.pathname] !== undefined) {
      res.writeHead(200, { 'content-type': type });
      res.end(extra[url.pathname]);
      return;
    }
    if (url.pathname.startsWith('/frameworks/') && !url.pathname.endsWith('.ts')) {
      void frameworkPages().then(
        (pages) => {
          const body = pages[url.pathname];
          if (body === undefined) res.writeHead(404).end('not found');
          else res.writeHead(200, { 'content-type': type }).end(body);
        },
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
      return;
    }
    const file = normalize(join(FIXTURES, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    if (url.searchParams.get('csp') === 'strict') {
      headers['content-security-policy'] =
        "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'";
    }
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    otherOrigin: `http://localhost:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface GlossBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** Whether Gloss opened its welcome page as it was installed (a new profile is a new install); the tab is then closed, so that every test starts from the same tabs. */
  welcomed: boolean;
  newPage(url: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** The page of `context` that is, or comes to be, at an address matching `url`. */
function pageAt(context: BrowserContext, url: RegExp): Promise<Page> {
  return new Promise((resolve, reject) => {
    const check = (page: Page) =>
      void page.waitForURL(url, { timeout: 15_000 }).then(
        () => {
          context.off('page', check);
          resolve(page);
        },
        () => undefined,
      );
    context.on('page', check);
    context.pages().forEach(check);
    setTimeout(() => reject(new Error(`No page at ${url} within 15 s`)), 15_000);
  });
}

/**
 * Every host but the fixture server's fails at once: a real page's scripts
 * from elsewhere would otherwise hold up its load until they time out.
 */
export const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

/**
 * Starts Chromium with Gloss loaded; reuse `profileDir` to test a restart.
 * `lang` is the browser's interface language (Chromium's `--lang`), en-US unless given.
 */
export async function launchWithGloss(
  options: { profileDir?: string; colorScheme?: 'light' | 'dark'; lang?: string; phone?: boolean } = {},
): Promise<GlossBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first`);
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'gloss-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    // `phone`: a 390×844 touch screen, as a phone's browser shows pages.
    ...(options.phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } }),
    ...(options.lang && { locale: options.lang }),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      OFFLINE,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // A new profile is a new install: Gloss opens its welcome page, maybe before the worker was seen.
  const welcome = options.profileDir ? undefined : await pageAt(context, /\/welcome\.html$/);
  await welcome?.close();
  return {
    context,
    extensionId,
    worker,
    profileDir,
    welcomed: welcome !== undefined,
    async newPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits until Gloss has finished a pass over the page (its User Timing measure). */
export async function annotated(page: Page, passes = 1): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('gloss:annotate').length >= n, passes, {
    // A 5 MB page takes seconds of wall time on a shared machine, yielding all along.
    timeout: 45_000,
  });
}

/**
 * For a test file: a fixture server and a browser with Gloss for all its
 * tests, started before them and closed after. Read `.server` and `.browser`
 * inside tests.
 */
export function useGloss(): { server: FixtureServer; browser: GlossBrowser } {
  const env = {} as { server: FixtureServer; browser: GlossBrowser };
  beforeAll(async () => {
    env.server = await serveFixtures();
    env.browser = await launchWithGloss();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Changes the reader's settings where Gloss keeps them (settings/settings-store.ts), through the service worker. */
export async function setSettings(browser: GlossBrowser, change: Partial<Settings>): Promise<void> {
  await browser.worker.evaluate(async ({ disabledSites, excludedForms, ...prefs }) => {
    const storage = (globalThis as unknown as { chrome: typeof extensionApi }).chrome.storage;
    if (disabledSites) await storage.local.set({ sites: disabledSites });
    if (excludedForms) await storage.local.set({ exclusions: excludedForms });
    if (Object.keys(prefs).length > 0) {
      const { settings } = await storage.sync.get('settings');
      await storage.sync.set({ settings: { ...(settings as object), ...prefs } });
    }
  }, change);
}

/** Every record of one store of Gloss's database, read in the service worker. */
function storedIn<T>(browser: GlossBrowser, store: 'notes' | 'drafts'): Promise<T[]> {
  return browser.worker.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('gloss');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const records = await new Promise<T[]>((done) => {
      const all = db.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => done(all.result as T[]);
    });
    db.close();
    return records;
  }, store);
}

/** Every note as Gloss stored it. */
export const storedNotes = (browser: GlossBrowser) =>
  storedIn<{ text: string; pageUrl: string; updatedAt: string }>(browser, 'notes');

/** The text of every note draft Gloss keeps until its save lands (messaging/drafts.ts). */
export const storedDrafts = async (browser: GlossBrowser) =>
  (await storedIn<{ text: string }>(browser, 'drafts')).map((d) => d.text);

/** What Gloss's toolbar button shows for a tab: its badge and its tooltip. */
export function toolbarOf(browser: GlossBrowser, tabId: number): Promise<{ text: string; title: string }> {
  return browser.worker.evaluate(async (tabId) => {
    const { action } = (globalThis as unknown as { chrome: typeof extensionApi }).chrome;
    return { text: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
  }, tabId);
}

/**
 * The tab id Gloss recorded for a page: its content script reports to the
 * background, which keeps it in session storage. Waits for the record to be
 * written, if it is not yet.
 */
export function tabIdOf(browser: GlossBrowser, url: string): Promise<number> {
  // Only anonymous functions in here: the demo runs through tsx, whose esbuild wraps a named
  // one in a `__name` helper that the service worker does not have.
  return browser.worker.evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: typeof extensionApi }).chrome;
    for (;;) {
      // Listening before looking: a change between the two is not missed.
      const changed = new Promise<void>((resolve) => chrome.storage.onChanged.addListener(() => resolve()));
      const ids = Object.entries(await chrome.storage.session.get())
        .filter(([, tab]) => (tab as { url?: string }).url === url)
        .map(([key]) => Number(key.slice('tab:'.length)));
      // A tab closed a moment ago may not be forgotten yet: only open tabs count, the newest first.
      const open = await Promise.all(
        ids.map((id) =>
          chrome.tabs.get(id).then(
            () => id,
            () => 0,
          ),
        ),
      );
      const id = Math.max(0, ...open);
      if (id > 0) return id;
      await changed;
    }
  }, url);
}
