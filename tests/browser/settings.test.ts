import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotated, launchWithGloss, tabIdOf, useGloss, type GlossBrowser } from './harness';
import { markCount, waitForMark, waitForNoMarks } from './marks';

const env = useGloss();

const badge = (browser: GlossBrowser, tabId: number) =>
  browser.worker.evaluate(
    (tabId) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId }),
    tabId,
  );

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

  it("the popup's search opens any entity's card, typos and all", async () => {
    const url = `${env.server.origin}/news.html`;
    const page = await env.browser.newPage(url);
    await annotated(page);
    const popup = await openPopup(env.browser, await tabIdOf(env.browser, url));
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
