/**
 * `npm run demo`: opens Chromium with the built Gloss on a bundled news page
 * and leaves screenshots in demo-screenshots/ for a person to look at: in
 * English, light and dark, and in Spanish, to read the translation in place.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithGloss, serveFixtures, annotated, tabIdOf } from '../tests/browser/harness';
import { hoverMark, markCount, pointOf } from '../tests/browser/marks';
import { shownCard } from '../tests/browser/card-frame';
import { catalogueIn, fill, messagesOf } from '../tests/locale-messages';

const out = resolve(import.meta.dirname, '../demo-screenshots');
mkdirSync(out, { recursive: true });
const server = await serveFixtures();
const runs = [
  { lang: 'en', scheme: 'light' },
  { lang: 'en', scheme: 'dark' },
  { lang: 'es', scheme: 'light' },
] as const;
for (const { lang, scheme } of runs) {
  const messages = await messagesOf(lang);
  const say = (key: string) => fill(messages.get(key)!);
  const shot = (name: string) => `${out}/${lang}-${scheme}-${name}.png`;
  const browser = await launchWithGloss({ colorScheme: scheme, lang });
  // tsx keeps function names with a `__name` helper that the functions the
  // test helpers send into pages carry along; vitest does not: give pages one.
  await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
  try {
    const page = await browser.newPage(`${server.origin}/news.html`);
    await annotated(page);
    const count = await markCount(page);
    await page.screenshot({ path: shot('1-news-page-marked') });
    await hoverMark(page, 'monroe-doctrine');
    const card = (await shownCard(page, catalogueIn(lang).name('monroe-doctrine'))).locator(
      '[role="dialog"]',
    );
    await page.screenshot({ path: shot('2-monroe-doctrine-card') });
    await card.getByRole('button', { name: say('card.compare') }).click();
    await page.screenshot({ path: shot('4-compare-timeline') });
    const [reader] = await Promise.all([
      browser.context.waitForEvent('page'),
      card
        .getByRole('button', { name: say('card.readInContext') })
        .first()
        .click(),
    ]);
    await reader.locator('p.chosen').waitFor();
    await reader.screenshot({ path: shot('5-reader-page') });
    await page.keyboard.press('Escape');
    // The popup as a page of its own, pointed at the news tab.
    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('list', { name: say('popup.found') }).waitFor();
    await popup.screenshot({ path: shot('3-popup') });
    // The page Gloss opens on install, with a card open on its example.
    const welcome = await browser.newPage(`chrome-extension://${browser.extensionId}/welcome.html`);
    await welcome.locator('.mention', { hasText: lang === 'es' ? 'Grupo de Lima' : 'Lima Group' }).hover();
    await welcome
      .locator('.isolated-card')
      .getByRole('heading', { name: catalogueIn(lang).name('lima-group') })
      .waitFor();
    await welcome.screenshot({ path: shot('6-welcome'), fullPage: true });
    console.log(`${lang}, ${scheme}: Gloss marked ${count} mentions on ${server.origin}/news.html`);
  } finally {
    await browser.close();
  }
}
// On a phone (390×844, touch): a tapped name's card as a sheet, and the popup, light and dark.
for (const scheme of ['light', 'dark'] as const) {
  const shot = (name: string) => `${out}/phone-en-${scheme}-${name}.png`;
  const browser = await launchWithGloss({ colorScheme: scheme, phone: true });
  await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
  try {
    const page = await browser.newPage(`${server.origin}/phone.html`);
    await annotated(page);
    const { x, y } = await pointOf(page, 'monroe-doctrine');
    await page.touchscreen.tap(x, y);
    await shownCard(page, catalogueIn('en').name('monroe-doctrine'));
    await page.screenshot({ path: shot('1-card-sheet') });
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, page.url())}`,
    );
    await popup.getByRole('list', { name: 'Found on this page' }).waitFor();
    await popup.screenshot({ path: shot('2-popup') });
    console.log(`phone, ${scheme}: card as a sheet and the popup`);
  } finally {
    await browser.close();
  }
}
console.log(`Screenshots: ${out}`);
await server.close();
