import { describe, expect, it } from 'vitest';
import { annotated, useGloss } from './harness';
import { marksIn } from './marks';

const env = useGloss();

describe('Gloss in Chromium', () => {
  it('starts its service worker', () => {
    expect(env.browser.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('marks entities on a news page, one range per mention in gloss and in its entity highlight', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    const marks = await marksIn(page);
    expect(marks).toContainEqual(['monroe-doctrine', 'Monroe Doctrine']);
    expect(marks).toContainEqual(['elliott-abrams', 'Elliot Abrams']);
    expect(marks).toContainEqual(['lima-group', 'Lima Group']);
    expect(marks).toContainEqual(['juan-guaido', 'Guaidó']);
    const shape = await page.evaluate(() => {
      const all = [...CSS.highlights.get('gloss')!] as Range[];
      let inEntities = 0;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('gloss-entity-'))
          inEntities += [...h].filter((r) => all.includes(r as Range)).length;
      });
      return {
        live: all.every((r) => r instanceof Range),
        withinOneText: all.every(
          (r) => r.startContainer === r.endContainer && r.startContainer.nodeType === 3,
        ),
        inEntities,
        total: all.length,
      };
    });
    expect(shape).toEqual({ live: true, withinOneText: true, inEntities: marks.length, total: marks.length });
    await page.close();
  });
});
