import { describe, expect, it } from 'vitest';
import { annotated, useGloss } from './harness';

const env = useGloss();

describe('Gloss in Chromium', () => {
  it('starts its service worker', () => {
    expect(env.browser.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('marks entities on a news page, each mark holding exactly the page text', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    const marks = await page.$$eval('[data-gloss-entity]', (els) =>
      els.map((el) => ({ id: el.getAttribute('data-gloss-entity'), text: el.textContent })),
    );
    expect(marks).toContainEqual({ id: 'monroe-doctrine', text: 'Monroe Doctrine' });
    expect(marks).toContainEqual({ id: 'elliott-abrams', text: 'Elliot Abrams' });
    expect(marks).toContainEqual({ id: 'lima-group', text: 'Lima Group' });
    expect(marks).toContainEqual({ id: 'juan-guaido', text: 'Guaidó' });
    // Each mark is one element with one text child: nothing nested, nothing else changed.
    const shapes = await page.$$eval('[data-gloss-entity]', (els) =>
      els.every((el) => el.childNodes.length === 1 && el.firstChild!.nodeType === Node.TEXT_NODE),
    );
    expect(shapes).toBe(true);
    await page.close();
  });
});
