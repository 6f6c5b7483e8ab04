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
const browser = await launchWithGloss();
try {
  const page = await browser.newPage(`${server.origin}/news.html`);
  await annotated(page);
  const count = await page.locator('[data-gloss-entity]').count();
  await page.screenshot({ path: `${out}/1-news-page-marked.png` });
  await page.locator('[data-gloss-entity="monroe-doctrine"]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/2-monroe-doctrine-marked.png` });
  console.log(`Gloss marked ${count} mentions on ${server.origin}/news.html`);
  console.log(`Screenshots: ${out}`);
} finally {
  await browser.close();
  await server.close();
}
