import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotated, setSettings, useGloss } from './harness';

const env = useGloss();

const marksIn = (page: Page, selector = 'body') =>
  page.$$eval(`${selector} [data-gloss-entity]`, (els) =>
    els.map((el) => [el.getAttribute('data-gloss-entity'), el.textContent]),
  );

describe('the engine in a real page', () => {
  it('marks static text, including names split across inline elements only where whole', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    expect(await marksIn(page, '#static')).toEqual([
      ['juan-guaido', 'Juan Guaidó'],
      ['lima-group', 'Lima Group'],
      ['nicolas-maduro', 'Maduro'],
    ]);
    // "<b>Lima</b> Group": each text node is matched on its own (documented limit).
    expect(await marksIn(page, '#split')).toEqual([['sergey-lavrov', 'Lavrov']]);
    await page.close();
  });

  it('never touches editable regions, form fields, code or SVG, and typing stays undisturbed', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    expect(await marksIn(page, '#editor')).toEqual([]);
    expect(await page.locator('pre [data-gloss-entity], svg [data-gloss-entity]').count()).toBe(0);
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and Lavrov and the Lima Group');
    await page.waitForTimeout(200);
    expect(await page.textContent('#editor')).toBe('Maduro draft and Lavrov and the Lima Group');
    expect(await marksIn(page, '#editor')).toEqual([]);
    expect(await page.inputValue('#textarea')).toBe('Maduro in a textarea');
    await page.close();
  });

  it('marks what a live page adds later, and does not loop on its own changes', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    await page.evaluate(() => {
      const live = document.getElementById('live')!;
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent = `Update ${i}: Zakharova answered Pompeo.`;
        live.append(p);
      }
    });
    await page.waitForFunction(() => document.querySelectorAll('#live [data-gloss-entity]').length === 100);
    const passes = await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length);
    await page.waitForTimeout(300);
    // An idle page costs nothing: no further passes once the new text is marked.
    expect(await page.evaluate(() => performance.getEntriesByName('gloss:annotate').length)).toBe(passes);
    await page.close();
  });

  it('marks same-origin and cross-origin frames', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    for (const id of ['same', 'cross']) {
      const frame = await (await page.$(`#${id}`))!.contentFrame();
      await frame!.waitForSelector('[data-gloss-entity="rosneft"]');
      expect(await frame!.$$eval('[data-gloss-entity]', (els) => els.map((e) => e.textContent))).toEqual([
        'Rosneft',
        'CARICOM',
      ]);
    }
    await page.close();
  });

  it('keeps its dotted underline on a page whose CSS restyles everything', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    const style = await page.$eval('#static [data-gloss-entity]', (el) => {
      const s = getComputedStyle(el);
      return {
        display: s.display,
        line: s.textDecorationLine,
        style: s.textDecorationStyle,
        visibility: s.visibility,
      };
    });
    expect(style).toEqual({ display: 'inline', line: 'underline', style: 'dotted', visibility: 'visible' });
    await page.close();
  });

  it('marks, styles and opens cards on a page with a strict Content-Security-Policy', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html?csp=strict`);
    await annotated(page);
    const term = page.locator('[data-gloss-entity="monroe-doctrine"]').first();
    expect(await term.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
    await term.click();
    const card = page.locator('gloss-card [role="dialog"]');
    await card.waitFor();
    expect(await card.evaluate((el) => getComputedStyle(el).width)).toBe('380px');
    await page.close();
  });

  it('removes every mark when the site is turned off, leaving the DOM as it was, and marks again when on', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await setSettings(env.browser, { disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(() => !document.querySelector('[data-gloss-entity]'));
    const off = await page.evaluate(() => ({
      html: document.body.innerHTML,
      // Text nodes merged back: no empty or adjacent text nodes left behind.
      split: [...document.querySelectorAll('p')].some((p) =>
        [...p.childNodes].some((n, i, all) => n.nodeType === 3 && all[i + 1]?.nodeType === 3),
      ),
    }));
    expect(off.split).toBe(false);
    const fresh = await env.browser.newPage(`${env.server.origin}/news.html`);
    expect(await fresh.evaluate(() => document.body.innerHTML)).toBe(off.html);
    await setSettings(env.browser, { disabledSites: [] });
    await page.waitForSelector('[data-gloss-entity="monroe-doctrine"]');
    await page.close();
    await fresh.close();
  });
});

describe('open shadow roots', () => {
  it('are marked and styled, and cleaned up when Gloss is turned off', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    const inShadow = () =>
      page.evaluate(() => {
        const root = document.querySelector('news-widget')!.shadowRoot!;
        const mark = root.querySelector('[data-gloss-entity]');
        return {
          mark: mark && [
            mark.getAttribute('data-gloss-entity'),
            mark.textContent,
            getComputedStyle(mark).textDecorationStyle,
          ],
          sheets: root.adoptedStyleSheets.length,
        };
      });
    await expect.poll(inShadow).toEqual({ mark: ['rosneft', 'Rosneft', 'dotted'], sheets: 1 });
    await setSettings(env.browser, { disabledSites: ['127.0.0.1'] });
    await expect.poll(inShadow).toEqual({ mark: null, sheets: 0 });
    await setSettings(env.browser, { disabledSites: [] });
    await page.close();
  });
});
