/**
 * `npm run demo`: opens Chromium with the built Gloss on a bundled news page
 * and leaves screenshots in demo-screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithGloss, serveFixtures, annotated, tabIdOf } from '../tests/browser/harness';
import { hoverMark, markCount } from '../tests/browser/marks';
import { shownCard } from '../tests/browser/card-frame';

const out = resolve(import.meta.dirname, '../demo-screenshots');
mkdirSync(out, { recursive: true });
const server = await serveFixtures();
for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchWithGloss({ colorScheme: scheme });
  // tsx keeps function names with a `__name` helper that the functions the
  // test helpers send into pages carry along; vitest does not: give pages one.
  await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
  try {
    const page = await browser.newPage(`${server.origin}/news.html`);
    await annotated(page);
    const count = await markCount(page);
    await page.screenshot({ path: `${out}/${scheme}-1-news-page-marked.png` });
    await hoverMark(page, 'monroe-doctrine');
    const card = (await shownCard(page, 'Monroe Doctrine')).locator('[role="dialog"]');
    await page.screenshot({ path: `${out}/${scheme}-2-monroe-doctrine-card.png` });
    await card.getByRole('button', { name: 'Compare on a timeline' }).click();
    await page.screenshot({ path: `${out}/${scheme}-4-compare-timeline.png` });
    const [reader] = await Promise.all([
      browser.context.waitForEvent('page'),
      card.getByRole('button', { name: 'Read in context' }).first().click(),
    ]);
    await reader.locator('p.chosen').waitFor();
    await reader.screenshot({ path: `${out}/${scheme}-5-reader-page.png` });
    await page.keyboard.press('Escape');
    // The popup as a page of its own, pointed at the news tab.
    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('list', { name: 'Found on this page' }).waitFor();
    await popup.screenshot({ path: `${out}/${scheme}-3-popup.png` });
    // The page Gloss opens on install, with a card open on its example.
    const welcome = await browser.newPage(`chrome-extension://${browser.extensionId}/welcome.html`);
    await welcome.getByRole('button', { name: 'Lima Group' }).hover();
    await welcome.locator('.isolated-card').getByRole('heading', { name: 'Lima Group' }).waitFor();
    await welcome.screenshot({ path: `${out}/${scheme}-6-welcome.png`, fullPage: true });
    console.log(`${scheme}: Gloss marked ${count} mentions on ${server.origin}/news.html`);
  } finally {
    await browser.close();
  }
}
console.log(`Screenshots: ${out}`);
await server.close();
