/**
 * The popup and the settings page on a phone's screen, 360 px wide, touched
 * rather than pointed at (Firefox for Android shows the popup as a page that
 * wide): nothing wider than the screen, and every control at least 44×44 px,
 * the least a fingertip hits reliably (WCAG 2.5.5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { launchWithGloss, setSettings, type GlossBrowser } from './harness';

const SCREEN = { width: 360, height: 740 };
const TARGET = 44;

let browser: GlossBrowser;
beforeAll(async () => {
  browser = await launchWithGloss();
});
afterAll(() => browser?.close());

/** One of Gloss's pages on a phone's screen, touched. */
async function openOnPhone(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(SCREEN);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  // Chromium sets an extension page's preferences again when it loads, the
  // pointer's among them: the touch screen is emulated once the page is there.
  const devtools = await browser.context.newCDPSession(page);
  await devtools.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return page;
}

/**
 * How wide the page lays out, whether it was laid out for a coarse pointer,
 * and its controls smaller than a target: a checkbox's or a radio button's
 * target is its label, since a tap on the label toggles it.
 */
function fit(page: Page) {
  return page.evaluate((target) => {
    const small = [...document.querySelectorAll('a, button, input')].flatMap((control) => {
      const tapped = control.matches('[type=checkbox], [type=radio]')
        ? (control.closest('label') ?? control)
        : control;
      const { width, height } = tapped.getBoundingClientRect();
      const name = tapped.textContent?.trim() || control.getAttribute('type');
      return width < target || height < target ? [`${name}: ${Math.round(width)}×${Math.round(height)}`] : [];
    });
    return {
      coarse: matchMedia('(pointer: coarse)').matches,
      width: document.documentElement.scrollWidth,
      small,
    };
  }, TARGET);
}

describe('on a phone', () => {
  it('the popup fits the screen, and each of its controls is big enough to tap', async () => {
    // What the background records for a tab on a site with subdomains, where two entities were found.
    await browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof extensionApi };
      const counts = { 'lima-group': 3, 'monroe-doctrine': 1 };
      await chrome.storage.session.set({
        'tab:999': { url: 'https://news.example.com/', enabled: true, frames: [{ frameId: 0, counts }] },
      });
    });
    const popup = await openOnPhone('popup.html?tab=999');
    await popup.getByRole('checkbox', { name: 'Turning off covers its subdomains too' }).waitFor();
    await popup.getByRole('list', { name: 'Found on this page' }).getByRole('button').first().waitFor();
    await popup.getByRole('searchbox').fill('Lima');
    await popup.getByRole('list', { name: 'Search results' }).getByRole('button').first().waitFor();
    expect(await fit(popup)).toEqual({ coarse: true, width: SCREEN.width, small: [] });
    await popup.close();
  });

  it('the settings page fits the screen, and each of its controls is big enough to tap', async () => {
    await setSettings(browser, {
      disabledSites: ['.example.com'],
      excludedForms: [{ site: 'example.org', entity: 'donald-trump', form: 'Trump' }],
    });
    const options = await openOnPhone('options.html');
    await options.getByRole('button', { name: 'Turn Gloss back on for .example.com' }).waitFor();
    await options.getByRole('button', { name: 'Mark “Trump” on example.org again' }).waitFor();
    expect(await fit(options)).toEqual({ coarse: true, width: SCREEN.width, small: [] });
    await options.close();
  });
});
