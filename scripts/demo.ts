/**
 * `npm run demo`: opens Chromium with the built Gloss on a bundled news page
 * and leaves screenshots in demo-screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithGloss, serveFixtures, annotated } from '../tests/browser/harness';

const out = resolve(import.meta.dirname, '../demo-screenshots');
mkdirSync(out, { recursive: true });
const server = await serveFixtures();
for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchWithGloss({ colorScheme: scheme });
  try {
    const page = await browser.newPage(`${server.origin}/news.html`);
    await annotated(page);
    const count = await page.locator('[data-gloss-entity]').count();
    await page.screenshot({ path: `${out}/${scheme}-1-news-page-marked.png` });
    const term = page.locator('[data-gloss-entity="monroe-doctrine"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await page.locator('gloss-card [role="dialog"]').waitFor();
    await page.screenshot({ path: `${out}/${scheme}-2-monroe-doctrine-card.png` });
    console.log(`${scheme}: Gloss marked ${count} mentions on ${server.origin}/news.html`);
  } finally {
    await browser.close();
  }
}
console.log(`Screenshots: ${out}`);
await server.close();
