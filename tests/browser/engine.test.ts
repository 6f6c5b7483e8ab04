import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotated, setSettings, useGloss } from './harness';
import { clickMark, markCount, marksIn, pointOf, reportedMarks, waitForMark, waitForNoMarks } from './marks';
import { nextFrames, shownCard } from './card-frame';

const env = useGloss();

/** What the page's own MutationObserver saw (tests/fixtures/watch.js). */
const seenMutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { seenMutations: string[] }).seenMutations);

/** A screenshot of a mention's box, to tell whether Gloss's underline is painted there. */
async function shot(page: Page, entity: string): Promise<Buffer> {
  const { x, y } = await pointOf(page, entity);
  return page.screenshot({ clip: { x: x - 30, y: y - 14, width: 60, height: 28 } });
}

describe('the engine in a real page', () => {
  it('marks static text, and names split across inline elements as one mention each', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    expect(await marksIn(page, '#static')).toEqual([
      ['juan-guaido', 'Juan Guaidó'],
      ['lima-group', 'Lima Group'],
      ['lima-group', 'Lima Group'],
      ['nicolas-maduro', 'Maduro'],
    ]);
    expect(await marksIn(page, '#split')).toEqual([
      ['monroe-doctrine', 'Monroe Doctrine'],
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
    await page.close();
  });

  it('never touches editable regions, form fields, code or SVG, and typing stays undisturbed', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    for (const region of ['#editor', 'pre', 'svg']) expect(await marksIn(page, region)).toEqual([]);
    await page.click('#editor p');
    await page.keyboard.press('End');
    const passes = await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length);
    await page.keyboard.type(' and Lavrov and the Lima Group');
    // Anything Gloss would do about the typing runs in the observer's microtask and the next frames.
    await nextFrames(page);
    expect(await page.textContent('#editor')).toBe('Maduro draft and Lavrov and the Lima Group');
    // Keystrokes in an editor cost no marking pass.
    expect(await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length)).toBe(passes);
    expect(await marksIn(page, '#editor')).toEqual([]);
    expect(await page.inputValue('#textarea')).toBe('Maduro in a textarea');
    await page.close();
  });

  it('marks what a live page adds later, and is idle once it is marked', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    await page.evaluate(() => {
      const live = document.getElementById('live')!;
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent = `Update ${i}: Spokeswoman Zakharova answered Pompeo.`;
        live.append(p);
      }
    });
    await expect.poll(async () => (await marksIn(page, '#live')).length).toBe(100);
    const passes = await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length);
    // A pass is scheduled within a frame of a change: two quiet frames, and no pass came.
    await nextFrames(page);
    expect(await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length)).toBe(passes);
    await page.close();
  });

  it('marks same-origin and cross-origin frames', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    for (const id of ['same', 'cross']) {
      const frame = (await (await page.$(`#${id}`))!.contentFrame())!;
      await waitForMark(frame, 'caricom');
      expect(await marksIn(frame)).toEqual([
        ['rosneft', 'Rosneft'],
        ['caricom', 'CARICOM'],
      ]);
    }
    await page.close();
  });

  it('paints its underline on a page whose CSS restyles everything, and under a strict CSP', async () => {
    for (const path of ['/tricky.html', '/news.html?csp=strict']) {
      const page = await env.browser.newPage(`${env.server.origin}${path}`);
      await annotated(page);
      const entity = path === '/tricky.html' ? 'juan-guaido' : 'monroe-doctrine';
      await page.mouse.move(1, 1);
      const painted = await shot(page, entity);
      // An outside tool takes Gloss's highlight away: the pixels change, so it was painted.
      await page.evaluate(() => CSS.highlights.delete('gloss'));
      expect(painted.equals(await shot(page, entity))).toBe(false);
      await page.close();
    }
  });

  it('opens cards on a page with a strict Content-Security-Policy', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html?csp=strict`);
    await annotated(page);
    await clickMark(page, 'monroe-doctrine');
    const card = (await shownCard(page, 'Monroe Doctrine')).locator('[role="dialog"]');
    expect(await card.evaluate((el) => getComputedStyle(el).width)).toBe('380px');
    await page.close();
  });

  it('changes nothing in the page while it marks, follows and turns off, and marks again when on', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await setSettings(env.browser, { disabledSites: ['127.0.0.1'] });
    await waitForNoMarks(page);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await setSettings(env.browser, { disabledSites: [] });
    await waitForMark(page, 'monroe-doctrine');
    expect(await seenMutations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    // The page's observer does see changes: its own.
    await page.evaluate(() => document.body.append('x'));
    expect(await seenMutations(page)).toEqual(['childList BODY  #text']);
    await page.close();
  });

  it('counts only live mentions: the count goes down when the page removes text', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    const before = await markCount(page);
    await page.evaluate(() => document.getElementById('static')!.remove());
    await expect.poll(() => markCount(page)).toBe(before - 4);
    // Ranges go at once; the pass that reports the new count ends a moment later.
    await expect.poll(() => reportedMarks(page)).toBe(before - 4);
    await page.close();
  });
});

describe('open shadow roots', () => {
  it('are marked and styled, and cleaned up when Gloss is turned off', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    const inShadow = () =>
      page.evaluate(() => {
        const root = document.querySelector('news-widget')!.shadowRoot!;
        const ranges = [...(CSS.highlights.get('gloss-entity-rosneft') ?? [])] as Range[];
        return {
          marks: ranges.filter((r) => r.startContainer.getRootNode() === root).map((r) => r.toString()),
          sheets: root.adoptedStyleSheets.length,
        };
      });
    await expect.poll(inShadow).toEqual({ marks: ['Rosneft'], sheets: 1 });
    await setSettings(env.browser, { disabledSites: ['127.0.0.1'] });
    await expect.poll(inShadow).toEqual({ marks: [], sheets: 0 });
    await setSettings(env.browser, { disabledSites: [] });
    await page.close();
  });
});
