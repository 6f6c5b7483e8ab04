import { describe, expect, it } from 'vitest';
import { annotated, useGloss } from './harness';
import { hoverMark, markCount, marksIn, reportedMarks } from './marks';
import { shownCard } from './card-frame';

const env = useGloss();

describe('reading a page as news sites write it', () => {
  it('marks a name split by inline markup as one mention, one range across its nodes, that a card opens on', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/reading.html`);
    await annotated(page);
    expect(await marksIn(page, '#split-b')).toEqual([['lima-group', 'Lima Group']]);
    expect(await marksIn(page, '#split-a')).toEqual([['nicolas-maduro', 'Nicolás Maduro']]);
    expect(await marksIn(page, '#split-em')).toEqual([['astana-format', 'Astana format']]);
    const spans = await page.evaluate(() =>
      ([...CSS.highlights.get('gloss')!] as Range[])
        .filter((r) => r.startContainer.parentElement?.closest('[id^=split]'))
        .map((r) => r.startContainer !== r.endContainer),
    );
    expect(spans).toEqual([true, true, true]);
    // The page's nodes are as they were: Gloss only paints.
    expect(await page.locator('#split-b').innerHTML()).toBe('Envoys of the <b>Lima</b> Group met in Ottawa.');

    await hoverMark(page, 'lima-group');
    const card = await shownCard(page);
    expect(await card.locator('[role="dialog"] h2').textContent()).toBe('Lima Group');
    await page.keyboard.press('Escape');

    // Keyboard navigation reaches the split name too.
    await page
      .locator('h1, body')
      .first()
      .click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Alt+Shift+KeyJ');
    const focused = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-focus') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(focused).toEqual(['Lima Group']);
    await page.close();
  });

  it('marks every headline of a list and Putin in Spanish sentences', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/reading.html`);
    await annotated(page);
    expect(await marksIn(page, '#headlines')).toEqual([
      ['donald-trump', 'Trump'],
      ['vladimir-putin', 'Putin'],
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
    expect(await marksIn(page, '#spanish')).toEqual([
      ['vladimir-putin', 'Putin'],
      ['vladimir-putin', 'Vladimir Putin'],
    ]);
    await page.close();
  });

  it('does not count a name the page hides by a class, and counts it once shown', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/reading.html`);
    await annotated(page);
    expect(await marksIn(page, '#menu')).toEqual([]);
    const before = await markCount(page);
    expect(await reportedMarks(page)).toBe(before);
    await page.evaluate(() => document.getElementById('menu')!.classList.remove('collapsed'));
    await expect.poll(() => marksIn(page, '#menu')).toEqual([['juan-guaido', 'Juan Guaidó']]);
    await expect.poll(() => reportedMarks(page)).toBe(before + 1);
    // Hidden again: no longer painted or counted.
    await page.evaluate(() => document.getElementById('menu')!.classList.add('collapsed'));
    await expect.poll(() => marksIn(page, '#menu')).toEqual([]);
    await expect.poll(() => reportedMarks(page)).toBe(before);
    await page.close();
  });
});
