/* eslint-disable max-lines -- every setting's effect on open pages, one test each, sharing one browser and its Gloss */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  annotated,
  launchWithGloss,
  setSettings,
  tabIdOf,
  toolbarOf,
  useGloss,
  type GlossBrowser,
} from './harness';
import { clickMark, markCount, marksIn, pointOf, waitForMark, waitForNoMarks } from './marks';
import { shownCard } from './card-frame';

const env = useGloss();

const badge = async (browser: GlossBrowser, tabId: number) => (await toolbarOf(browser, tabId)).text;

async function openPopup(browser: GlossBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('on and off per site', () => {
  it('switching a site off in the popup unmarks its open tab at once, leaves the other site marked, and shows on the badge', async () => {
    const url = `${env.server.origin}/news.html`;
    const page = await env.browser.newPage(url);
    const other = await env.browser.newPage(`${env.server.otherOrigin}/news.html`);
    await annotated(page);
    await annotated(other);
    const tabId = await tabIdOf(env.browser, url);
    await expect.poll(() => badge(env.browser, tabId)).toMatch(/^\d+$/);

    const popup = await openPopup(env.browser, tabId);
    const toggle = popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await waitForNoMarks(page);
    expect(await markCount(other)).toBeGreaterThan(0);
    await expect.poll(() => badge(env.browser, tabId)).toBe('off');

    await toggle.click();
    await waitForMark(page, 'monroe-doctrine');
    await Promise.all([page.close(), other.close(), popup.close()]);
  });

  it('lists what was found; clicking one scrolls to it and flashes it', async () => {
    const url = `${env.server.origin}/news.html`;
    const page = await env.browser.newPage(url);
    await annotated(page);
    const popup = await openPopup(env.browser, await tabIdOf(env.browser, url));
    const item = popup.getByRole('button', { name: /Monroe Doctrine/ });
    await item.waitFor();
    await item.click();
    // The flash lasts 1.6 s; the message crosses the background first, slower on a loaded machine.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...(CSS.highlights.get('gloss-flash') ?? [])].map((r) => (r as Range).toString()),
          ),
        { timeout: 10_000, interval: 25 },
      )
      .toEqual(['Monroe Doctrine']);
    // Scrolled into view.
    expect(
      await page.evaluate(() => {
        const r = ([...CSS.highlights.get('gloss-flash')!][0] as Range).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    await Promise.all([page.close(), popup.close()]);
  });

  it('lists what every frame found, frames reporting together, and forgets the last page', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    const url = `${env.server.origin}/three-frames.html`;
    await page.goto(url);
    const popup = await openPopup(env.browser, await tabIdOf(env.browser, url));
    const found = popup.getByRole('list', { name: 'Found on this page' });
    await expect
      .poll(async () => (await found.locator('button > span:first-child').allTextContents()).sort())
      .toEqual(['Maria Zakharova', 'Mike Pompeo', 'Sergey Lavrov']);
    await Promise.all([page.close(), popup.close()]);
  });

  it("the popup's search opens any entity's card, typos and all", async () => {
    const url = `${env.server.origin}/news.html`;
    const page = await env.browser.newPage(url);
    await annotated(page);
    const popup = await openPopup(env.browser, await tabIdOf(env.browser, url));
    // Once the tab's findings are in: the popup renders again as they arrive, and typing before could land nowhere.
    await popup.locator('ul.found').waitFor();
    await popup.getByRole('searchbox').fill('guiado');
    await popup
      .getByRole('list', { name: 'Search results' })
      .getByRole('button', { name: 'Juan Guaidó' })
      .click();
    await expect.poll(() => popup.locator('.isolated-card h2').textContent()).toBe('Juan Guaidó');
    await Promise.all([page.close(), popup.close()]);
  });

  it('remembers the choice across a browser restart', async () => {
    const first = await launchWithGloss();
    const url = `${env.server.origin}/news.html`;
    const page = await first.newPage(url);
    await annotated(page);
    const popup = await openPopup(first, await tabIdOf(first, url));
    await popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ }).click();
    await waitForNoMarks(page);
    await first.close({ keepProfile: true });

    const again = await launchWithGloss({ profileDir: first.profileDir });
    try {
      const other = await again.newPage(`${env.server.otherOrigin}/news.html`);
      await annotated(other);
      const off = await again.newPage(url);
      // The content script has run and reported the site off: only then is "no marks" meaningful.
      await expect.poll(async () => badge(again, await tabIdOf(again, url))).toBe('off');
      expect(await markCount(off)).toBe(0);
    } finally {
      await again.close();
    }
  });
});

describe('a change of the hover delay', () => {
  it('remakes the cards, not the marks: the page keeps the very same ranges', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await page.evaluate(() => {
      (window as unknown as { before: Range[] }).before = [...CSS.highlights.get('gloss')!] as Range[];
    });
    await clickMark(page, 'rosneft');
    await shownCard(page, 'Rosneft');
    await setSettings(env.browser, { hoverDelayMs: 900 });
    // The cards are made again with the new delay: the one open goes with the old ones.
    await page.waitForFunction(() => !document.querySelector('gloss-card'));
    const kept = await page.evaluate(() => {
      const before = new Set((window as unknown as { before: Range[] }).before);
      const now = [...CSS.highlights.get('gloss')!];
      return { before: before.size, now: now.length, same: now.every((r) => before.has(r as Range)) };
    });
    expect(kept.now).toBeGreaterThan(0);
    expect(kept).toEqual({ before: kept.now, now: kept.now, same: true });
    await setSettings(env.browser, { hoverDelayMs: 350 });
    await page.close();
  });
});

describe('settings that scale and never fail silently', () => {
  it('keeps 1,000 sites added in the options and 200 "Not this here" forms across a restart', async () => {
    const first = await launchWithGloss();
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.extensionId}/options.html`);
    await options.locator('input[placeholder="example.com"]').waitFor();
    // Typed into the real form, one site after another, each shown in the list before the next.
    const input = options.locator('input[placeholder="example.com"]');
    for (let i = 0; i < 20; i++) {
      await input.fill(`site${i}.example`);
      await options.getByRole('button', { name: 'Add' }).click();
      await options.getByRole('button', { name: `Turn Gloss back on for .site${i}.example` }).waitFor();
    }
    // The rest through the messages those forms and a card's "Not this here" send, all asked at
    // once (the background applies them one at a time), from a Gloss page that draws no list.
    await options.close();
    const sender = await first.context.newPage();
    await sender.goto(`chrome-extension://${first.extensionId}/notebook.html`);
    const answers = await sender.evaluate(async () => {
      const chrome = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } }
      ).chrome;
      const changes = [
        ...Array.from({ length: 980 }, (_, i) => ({
          type: 'addSite',
          url: `https://site${i + 20}.example/`,
          subdomains: true,
        })),
        ...Array.from({ length: 200 }, (_, i) => ({
          type: 'exclude',
          url: `https://site${i}.example/`,
          entity: 'donald-trump',
          form: `trump ${i}`,
        })),
      ];
      const results = await Promise.all(
        changes.map((change) => chrome.runtime.sendMessage({ type: 'changeSettings', change })),
      );
      return results.filter((r) => r.ok).length;
    });
    expect(answers).toBe(1180);
    await first.close({ keepProfile: true });

    const again = await launchWithGloss({ profileDir: first.profileDir });
    try {
      const reopened = await again.context.newPage();
      await reopened.goto(`chrome-extension://${again.extensionId}/options.html`);
      await reopened.getByRole('button', { name: 'Turn Gloss back on for .site999.example' }).waitFor();
      expect(await reopened.getByRole('button', { name: /^Turn Gloss back on for / }).count()).toBe(1000);
      expect(await reopened.getByRole('button', { name: /^Mark “trump \d+” on / }).count()).toBe(200);
    } finally {
      await again.close();
    }
  });

  it('adds a site without turning a covering domain back on, and says so', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('input[placeholder="example.com"]').fill('example.com');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.getByRole('button', { name: 'Turn Gloss back on for .example.com' }).waitFor();
    await options.locator('input[placeholder="example.com"]').fill('news.example.com');
    await options.getByRole('button', { name: 'Add' }).click();
    await options
      .getByRole('status')
      .getByText('Already off: example.com and its subdomains include news.example.com.')
      .waitFor();
    expect(
      await options.getByRole('button', { name: /^Turn Gloss back on for / }).allTextContents(),
    ).toHaveLength(1);
    await options.getByRole('button', { name: 'Turn Gloss back on for .example.com' }).click();
    await options.getByText('None.').first().waitFor();
    await options.close();
  });

  it('says in the popup when the browser has no room to store a change, and shows the switch as it is', async () => {
    const url = `${env.server.origin}/news.html`;
    const page = await env.browser.newPage(url);
    await annotated(page);
    const popup = await openPopup(env.browser, await tabIdOf(env.browser, url));
    // Local storage holds 10 MB: fill it, as years of use might.
    await env.browser.worker.evaluate(async () => {
      const storage = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome
        .storage.local;
      // What is left, to the byte: the quota counts each key and its JSON value.
      const free = storage.QUOTA_BYTES - (await storage.getBytesInUse(null));
      await storage.set({ filler: 'x'.repeat(free - 'filler'.length - 2) });
    });
    try {
      const toggle = popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ });
      await toggle.click();
      await popup
        .getByRole('alert')
        .getByText(/^Couldn't save: your browser's storage for Gloss is full/)
        .waitFor();
      expect(await toggle.isChecked()).toBe(true);
      expect(await markCount(page)).toBeGreaterThan(0);
    } finally {
      await env.browser.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
        ).chrome.storage.local.remove('filler'),
      );
    }
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('a frame from another site', () => {
  it('follows the page the reader is on: "Not this here" made in it applies there on reload, and turning the page off turns it off', async () => {
    const url = `${env.server.origin}/cross-frame.html`;
    const page = await env.browser.newPage(url);
    const frame = () => page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await expect.poll(() => !!frame()).toBe(true);
    await waitForMark(frame(), 'rosneft');
    const box = (await (await page.$('#frame'))!.boundingBox())!;
    const at = await pointOf(frame(), 'rosneft');
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const card = await shownCard(page, 'Rosneft', frame());
    await card.getByRole('button', { name: 'Not this here' }).click();
    await expect.poll(() => marksIn(frame())).toEqual([['caricom', 'CARICOM']]);

    await page.reload();
    await expect.poll(() => !!frame()).toBe(true);
    await waitForMark(frame(), 'caricom');
    expect(await marksIn(frame())).toEqual([['caricom', 'CARICOM']]);
    // Kept for the site the reader was on, not the frame's.
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Mark “rosneft” on 127.0.0.1 again' }).click();
    await waitForMark(frame(), 'rosneft');

    // The page's site off: its frame too, though it sends no referrer.
    await setSettings(env.browser, { disabledSites: ['127.0.0.1'] });
    await waitForNoMarks(frame());
    await setSettings(env.browser, { disabledSites: [] });
    await Promise.all([page.close(), options.close()]);
  });
});
