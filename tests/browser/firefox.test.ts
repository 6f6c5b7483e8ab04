/* eslint-disable max-lines -- what Firefox must do as Chromium does, one test each, sharing one Firefox (a slow start) */
import { describe, expect, it } from 'vitest';
import { useFirefoxGloss } from './firefox-harness';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import {
  clickMark,
  hoverMark,
  markCount,
  expectedAndMarked,
  marksIn as marks,
  pointOf,
  waitForMark,
  waitForNoMarks,
} from './marks';
import { cardState, cardTexts, nextFrames, noCard, shownCard, shownCardNow } from './card-frame';

const ff = useFirefoxGloss();

describe('Gloss in Firefox', () => {
  it("marks a news page by the highlight contract, its web component's shadow root too, and leaves editors alone", async () => {
    const page = await ff.open(`${ff.server.origin}/tricky.html`);
    // Found by Gloss's one XPath query for custom elements, through Firefox's wrappers of the page.
    const inShadow = () =>
      page.evaluate(() => {
        const root = document.querySelector('news-widget')!.shadowRoot!;
        const ranges = [...(CSS.highlights.get('gloss-entity-rosneft') ?? [])] as Range[];
        return ranges.filter((r) => r.startContainer.getRootNode() === root).map((r) => r.toString());
      });
    await expect.poll(inShadow).toEqual(['Rosneft']);
    expect(await marks(page, '#static')).toEqual([
      ['juan-guaido', 'Juan Guaidó'],
      ['lima-group', 'Lima Group'],
      ['lima-group', 'Lima Group'],
      ['nicolas-maduro', 'Maduro'],
    ]);
    expect(await marks(page, '#split')).toEqual([
      ['monroe-doctrine', 'Monroe Doctrine'],
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
    expect(await marks(page, '#editor')).toEqual([]);
    await page.close();
  });

  it('on current news, marks only what names the same person or thing, in four languages', async () => {
    const page = await ff.open(`${ff.server.origin}/current-news.html`);
    // As a new reader has it: countries and places off.
    const paragraphs = await expectedAndMarked(page, DEFAULT_SETTINGS.kindsOff);
    expect(paragraphs.length).toBeGreaterThanOrEqual(30);
    for (const { id, expected, marked } of paragraphs) expect(marked, id).toEqual(expected);
    await page.close();
  });

  it('shows the Monroe Doctrine card with the articles that mention it', async () => {
    const page = await ff.open(`${ff.server.origin}/news.html`);
    await hoverMark(page, 'monroe-doctrine');
    const card = await shownCard(page, 'Monroe Doctrine');
    expect(await cardTexts(card, '.article .title')).toEqual([
      'Why Moscow Sent Its Military Personnel to Venezuela',
      'Russia Throws Down the Gauntlet to US on Venezuela',
    ]);
    await page.keyboard.press('Escape');
    await noCard(page);
    await page.close();
  });

  it('opens the card of a keyboard-reached mention with Enter, focus inside it, and gives focus back on Escape', async () => {
    const page = await ff.open(`${ff.server.origin}/news.html`);
    await page.click('h1');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => (CSS.highlights.get('gloss-focus')?.size ?? 0) === 1);
    await page.keyboard.press('Enter');
    const card = await shownCard(page);
    await card.waitForFunction(() => document.activeElement?.getAttribute('role') === 'dialog');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GLOSS-CARD');
    await page.keyboard.press('Escape');
    await noCard(page);
    await page.waitForFunction(() => document.activeElement === document.body);
    await page.close();
  });

  it('keeps a note written in a card, shows it on another site, and syncs it', async () => {
    const page = await ff.open(`${ff.server.origin}/news.html`);
    await clickMark(page, 'rosneft');
    const card = await shownCard(page, 'Rosneft');
    const box = await card.waitForSelector('textarea[aria-label="New note on Rosneft"]');
    await box!.type('Nine billion in Venezuela');
    await card.waitForFunction(() =>
      /^Saved /.test(document.querySelector('[aria-live]')?.textContent ?? ''),
    );
    const other = await ff.open(`${ff.server.otherOrigin}/news.html`);
    await clickMark(other, 'rosneft');
    const there = await shownCard(other, 'Rosneft');
    await there.waitForFunction(() =>
      [...document.querySelectorAll('textarea')].some((t) => t.value === 'Nine billion in Venezuela'),
    );
    // And it went to Firefox's synced storage, as the settings page says.
    const options = await ff.openExtensionPage('options.html');
    await options.waitForFunction(
      () => /Synced: [1-9]\d*\. On this device only: 0\./.test(document.body.innerText),
      { timeout: 15_000 },
    );
    await Promise.all([page.close(), other.close(), options.close()]);
  });

  it('turns a site off from the settings, unmarking its open tab and sparing the other site, the DOM untouched', async () => {
    const page = await ff.open(`${ff.server.origin}/news.html`);
    const other = await ff.open(`${ff.server.otherOrigin}/news.html`);
    const options = await ff.openExtensionPage('options.html');
    await options.type('input[placeholder="example.com"]', '127.0.0.1');
    await options.click('button[type="submit"]');
    await waitForNoMarks(page);
    expect(await markCount(other)).toBeGreaterThan(0);
    await options.click('button[aria-label="Turn Gloss back on for 127.0.0.1"]');
    await waitForMark(page, 'monroe-doctrine');
    // The page's own observer (tests/fixtures/watch.js) saw nothing of Gloss marking, turning off and on.
    expect(
      await page.evaluate(() => (window as unknown as { seenMutations: string[] }).seenMutations),
    ).toEqual([]);
    await Promise.all([page.close(), other.close(), options.close()]);
  });
});

describe('hostile pages in Firefox', () => {
  it('keeps marks and cards looking right under CSS that restyles everything, and on a strict-CSP page', async () => {
    for (const url of [`${ff.server.origin}/tricky.html`, `${ff.server.origin}/news.html?csp=strict`]) {
      const page = await ff.open(url);
      const entity = url.includes('tricky') ? 'juan-guaido' : 'monroe-doctrine';
      const { x, y } = await pointOf(page, entity);
      // Puppeteer's clip is in document coordinates.
      const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
      const clip = { x: scroll.x + x - 30, y: scroll.y + y - 14, width: 60, height: 28 };
      const painted = await page.screenshot({ clip });
      // Taken out of the registry, Gloss's underline goes: so it was painted.
      await page.evaluate(() => {
        const all = CSS.highlights.get('gloss')!;
        CSS.highlights.delete('gloss');
        (window as unknown as { glossAll: unknown }).glossAll = all;
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(Buffer.from(painted).equals(Buffer.from(await page.screenshot({ clip })))).toBe(false);
      await page.evaluate(() =>
        CSS.highlights.set('gloss', (window as unknown as { glossAll: Highlight }).glossAll),
      );
      await clickMark(page, entity);
      const card = await shownCard(page);
      const width = await card.evaluate(
        () => getComputedStyle(document.querySelector('[role="dialog"]')!).width,
      );
      expect(width).toBe('380px');
      await page.close();
    }
  });

  it('works on a page that redefines DOM methods, and keeps up with a mutation storm', async () => {
    const tampered = await ff.browser.newPage();
    await tampered.goto(`${ff.server.origin}/tampered.html`);
    await waitForMark(tampered, 'monroe-doctrine');
    expect(await marks(tampered, '#text')).toHaveLength(3);
    await tampered.close();

    const storm = await ff.open(`${ff.server.origin}/storm.html`);
    await storm.waitForFunction(() => (window as unknown as { stormWrites: number }).stormWrites > 1000);
    const { writes, passes } = await storm.evaluate(() => ({
      writes: (window as unknown as { stormWrites: number }).stormWrites,
      passes: performance.getEntriesByName('gloss:annotate').length,
    }));
    expect(writes).toBeGreaterThan(1000);
    expect(passes).toBeLessThan(writes / 10);
    // Marked as soon as Gloss has read it (a text it first finds hidden it looks at again a moment later).
    await expect
      .poll(() => marks(storm, 'p:nth-of-type(2)'))
      .toEqual([
        ['nicolas-maduro', 'Maduro'],
        ['lima-group', 'Lima Group'],
      ]);
    await storm.close();
  });
});

describe('an attacking page script in Firefox', () => {
  it('cannot read the card or hear the reader type in it, and its made-up events open nothing', async () => {
    const page = await ff.open(`${ff.server.origin}/news.html`);
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin'])
        window.addEventListener(type, () => seen.push(type), true);
    });
    await clickMark(page, 'mike-pompeo');
    const card = await shownCard(page, 'Mike Pompeo');
    const box = await card.waitForSelector('textarea[aria-label="New note on Mike Pompeo"]');
    // The card's own entry (how long it took to show) is written the frame after it shows.
    await page.waitForFunction(() => performance.getEntriesByName('gloss:card').length > 0);
    // Gloss's User Timing entries land in the page's timeline: none may follow the keys.
    await page.evaluate(() => {
      const timeline: string[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => timeline.push(e.name)),
      );
      observer.observe({ entryTypes: ['mark', 'measure'] });
      (window as unknown as { timeline: () => string[] }).timeline = () => [
        ...timeline,
        ...observer.takeRecords().map((e) => e.name),
      ];
    });
    await box!.type('Only mine, typed while the page watches.');
    await card.waitForFunction(() =>
      /^Saved /.test(document.querySelector('[aria-live]')?.textContent ?? ''),
    );
    const looked = await page.evaluate(() => {
      const host = document.querySelector('gloss-card');
      return {
        seen: (window as unknown as { seen: string[] }).seen,
        timeline: (window as unknown as { timeline: () => string[] }).timeline(),
        shadow: host?.shadowRoot ?? null,
        frames: window.frames.length,
        text: document.documentElement.outerHTML.includes('Only mine'),
      };
    });
    expect(looked.timeline).toEqual([]);
    expect(looked).toEqual({ seen: [], timeline: [], shadow: null, frames: 0, text: false });

    await page.keyboard.press('Escape');
    await noCard(page);
    const { x, y } = await pointOf(page, 'monroe-doctrine');
    await page.evaluate(
      ([x, y]) => {
        const at = document.elementFromPoint(x, y)!;
        const init = { clientX: x, clientY: y, bubbles: true, composed: true };
        for (let i = 0; i < 20; i++) {
          at.dispatchEvent(new PointerEvent('pointermove', init));
          at.dispatchEvent(new MouseEvent('click', init));
        }
        window.postMessage({ type: 'show', ticket: 9, entity: 'rosneft' }, '*');
      },
      [x, y] as const,
    );
    // Made-up events are dropped as they come: after the next frames the card has settled as it was.
    await nextFrames(page);
    expect(await cardState(page)).toMatchObject({ shown: null, intending: false, asking: false });
    expect(await shownCardNow(page)).toBeUndefined();
    await page.close();
  });
});

describe('settings and frames in Firefox', () => {
  it('a cross-site frame follows the page it is in, for "Not this here" and for turning the site off', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${ff.server.origin}/cross-frame.html`);
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/frame.html'))).toBe(true);
    const frame = async () => page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await waitForMark(await frame(), 'rosneft');
    const box = (await (await page.$('#frame'))!.boundingBox())!;
    const at = await pointOf(await frame(), 'rosneft');
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const card = await shownCard(page, 'Rosneft', await frame());
    await card.locator('::-p-text(Not this here)').click();
    await expect.poll(async () => marks(await frame())).toEqual([['caricom', 'CARICOM']]);
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('button[aria-label="Mark “rosneft” on 127.0.0.1 again"]');
    await options.click('button[aria-label="Mark “rosneft” on 127.0.0.1 again"]');
    await waitForMark(await frame(), 'rosneft');
    // The page's site off: its frame too, though it sends no referrer.
    await options.type('input[placeholder="example.com"]', '127.0.0.1');
    await options.click('button[type="submit"]');
    await waitForNoMarks(await frame());
    await options.click('button[aria-label="Turn Gloss back on for 127.0.0.1"]');
    await waitForMark(await frame(), 'rosneft');
    await Promise.all([page.close(), options.close()]);
  });

  it('adds a site in the options without turning a covering domain back on, and says so', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.type('input[placeholder="example.com"]', 'example.org');
    await options.click('button[type="submit"]');
    await options.waitForSelector('button[aria-label="Turn Gloss back on for .example.org"]');
    await options.type('input[placeholder="example.com"]', 'news.example.org');
    await options.click('button[type="submit"]');
    const note = await options.waitForSelector('[role="status"]');
    expect(await note!.evaluate((el) => el.textContent)).toBe(
      'Already off: example.org and its subdomains include news.example.org.',
    );
    await options.click('button[aria-label="Turn Gloss back on for .example.org"]');
    await options.close();
  });
});

describe('the popup in Firefox', () => {
  it('lists what the tab holds and switches its site off and on', async () => {
    const url = `${ff.server.origin}/news.html`;
    const page = await ff.open(url);
    const popup = await ff.openPopupFor(url);
    await popup.waitForSelector('ul[aria-label="Found on this page"] button');
    const names = await popup.$$eval('ul[aria-label="Found on this page"] button span:first-child', (els) =>
      els.map((e) => e.textContent),
    );
    expect(names).toContain('Monroe Doctrine');
    await popup.click('input[role="switch"]');
    await waitForNoMarks(page);
    await popup.click('input[role="switch"]');
    await waitForMark(page, 'monroe-doctrine');
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('framework pages in Firefox', () => {
  it.each(['react', 'vue'])(
    'a server-rendered %s page hydrates without a mismatch, shows its own text and is marked',
    async (name) => {
      const page = await ff.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
      await page.goto(`${ff.server.origin}/frameworks/${name}.html`);
      await page.waitForSelector('main[data-step="3"]', { timeout: 15_000 });
      await waitForMark(page, 'mike-pompeo', 'Pompeo');
      problems.push(
        ...(await page.evaluate(() => (window as unknown as { frameworkErrors: string[] }).frameworkErrors)),
      );
      expect(problems).toEqual([]);
      const [shown, expected] = await page.evaluate(async (name) => {
        const template = document.createElement('template');
        template.innerHTML = await (await fetch(`/frameworks/${name}-end.html`)).text();
        return [document.getElementById('root')!.textContent, template.content.textContent];
      }, name);
      expect(shown).toBe(expected);
      expect(await marks(page, '#last')).toEqual([
        ['sergey-lavrov', 'Lavrov'],
        ['mike-pompeo', 'Pompeo'],
      ]);
      await page.close();
    },
  );
});
