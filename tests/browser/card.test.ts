/* eslint-disable max-lines -- the card's life in a real browser, each step a test, sharing one browser and its fixture page */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotated, useGloss } from './harness';
import { violations } from './axe';
import { clickMark, hoverMark, marksIn, pointOf } from './marks';
import { cardStep, nextFrames, noCard, settledCard, shownCard, shownCardNow } from './card-frame';

const env = useGloss();

/** Where the card frame is on the page. */
async function cardBox(frame: Frame) {
  return (await (await frame.frameElement()).boundingBox())!;
}

describe('the hover card', () => {
  it('shows what the articles said about the Monroe Doctrine, stays while the pointer moves in, closes on Escape', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await hoverMark(page, 'monroe-doctrine');
    const frame = await shownCard(page, 'Monroe Doctrine');
    const card = frame.locator('[role="dialog"]');
    const articles = await card
      .locator('.article')
      .evaluateAll((els) =>
        els.map((el) => [el.querySelector('.title')!.textContent, el.querySelector('.meta')!.textContent]),
      );
    expect(articles).toEqual([
      [
        'Why Moscow Sent Its Military Personnel to Venezuela',
        'Vladimir Frolov · The Moscow Times · Apr 2, 2019 · 1 mention',
      ],
      [
        'Russia Throws Down the Gauntlet to US on Venezuela',
        'M. K. Bhadrakumar · Global Research · Mar 28, 2019 · 1 mention',
      ],
    ]);
    expect(await card.locator('mark').allTextContents()).toEqual(['Monroe Doctrine', 'Munroe Doctrine']);

    // Move from the term into the card: it must stay open.
    const box = await cardBox(frame);
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    expect((await settledCard(page)).shown).toBe('monroe-doctrine');
    expect(await shownCardNow(page)).toBe(frame);

    await page.keyboard.press('Escape');
    await noCard(page);
    // Kept a few seconds for the next card, then the page is as it was.
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 10_000 });
    await page.close();
  });

  it('does not open when the pointer merely crosses a term', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    const { x, y } = await pointOf(page, 'monroe-doctrine');
    await page.mouse.move(x - 100, y);
    const before = await cardStep(page);
    await page.mouse.move(x + 100, y, { steps: 4 });
    await page.mouse.move(x + 100, y + 200);
    // If the pointer was seen on the term at all (checks run once a frame), it left again:
    // the card settles with nothing shown.
    await nextFrames(page);
    const seen = (await cardStep(page)) > before;
    expect(seen ? (await settledCard(page)).shown : null).toBeNull();
    expect(await shownCardNow(page)).toBeUndefined();
    await page.close();
  });

  it('stays when clicked (pinned) as the pointer leaves; a card opened by hovering goes', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await clickMark(page, 'rosneft');
    await shownCard(page, 'Rosneft');
    await page.mouse.move(1200, 880);
    expect(await settledCard(page)).toMatchObject({ shown: 'rosneft', pinned: true });
    expect(await shownCardNow(page)).toBeDefined();
    await page.keyboard.press('Escape');
    await noCard(page);
    await hoverMark(page, 'lima-group');
    await shownCard(page, 'Lima Group');
    await page.mouse.move(1200, 880);
    await noCard(page);
    await page.close();
  });

  it('keeps its look on a page whose CSS restyles everything', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/tricky.html`);
    await annotated(page);
    await clickMark(page, 'lima-group');
    const frame = await shownCard(page, 'Lima Group');
    const look = await frame.locator('[role="dialog"]').evaluate((el) => {
      const s = getComputedStyle(el);
      return { width: s.width, background: s.backgroundColor, display: s.display };
    });
    expect(look).toEqual({ width: '380px', background: 'rgb(255, 255, 255)', display: 'block' });
    expect((await cardBox(frame)).width).toBe(380);
    // Note editors look like editors: upright, in the card's text colour (they were italic grey).
    const editor = await frame
      .getByRole('textbox', { name: 'New note on Lima Group' })
      .evaluate((el) => ({ style: getComputedStyle(el).fontStyle, color: getComputedStyle(el).color }));
    expect(editor).toEqual({ style: 'normal', color: 'rgb(28, 28, 30)' });
    await page.close();
  });

  it('follows the system dark mode inside its frame', async () => {
    const dark = await env.browser.context.newPage();
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.goto(`${env.server.origin}/news.html`);
    await annotated(dark);
    await clickMark(dark, 'rosneft');
    const frame = await shownCard(dark, 'Rosneft');
    expect(
      await frame.locator('[role="dialog"]').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(31, 32, 36)');
    await dark.close();
  });
});

describe('Not this here', () => {
  it('unmarks that form on this site at once, keeps it off after a reload, and can be undone in the options', async () => {
    const url = `${env.server.origin}/news.html`;
    const page = await env.browser.newPage(url);
    await annotated(page);
    const trump = async () =>
      (await marksIn(page)).filter(([entity]) => entity === 'donald-trump').map(([, text]) => text);
    const forms = await trump();
    expect(forms).toContain('Trump');
    expect(forms).toContain('Donald Trump');
    await clickMark(page, 'donald-trump', forms.indexOf('Trump'));
    const frame = await shownCard(page, 'Donald Trump');
    await frame.getByRole('button', { name: 'Not this here' }).click();
    await expect.poll(trump).toEqual(['Donald Trump']);

    await page.reload();
    await annotated(page);
    expect(await trump()).toEqual(['Donald Trump']);

    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Mark “trump” on 127.0.0.1 again' }).click();
    await expect.poll(trump).toContain('Trump');
    await Promise.all([page.close(), options.close()]);
  });
});

/** What the live region beside the card frame says: it is in a closed shadow root, read through the debugger. */
async function announcement(page: Page): Promise<string> {
  interface DomNode {
    localName?: string;
    nodeValue?: string;
    attributes?: string[];
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const find = (node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined =>
    test(node)
      ? node
      : [...(node.children ?? []), ...(node.shadowRoots ?? [])].reduce<DomNode | undefined>(
          (found, child) => found ?? find(child, test),
          undefined,
        );
  const host = find(root, (n) => n.localName === 'gloss-card');
  const status = host && find(host, (n) => n.attributes?.join(' ').includes('role status') ?? false);
  return status?.children?.map((c) => c.nodeValue ?? '').join('') ?? '';
}

describe('the card for keyboard readers', () => {
  it('moves between mentions with Alt+Shift+J/K, announces them, opens with Enter, keeps Tab inside, and returns focus with Escape', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    // Mentions in the collapsed menu are not rendered: navigation skips them and does not count them.
    const visible = await page.evaluate(() =>
      ([...CSS.highlights.get('gloss')!] as Range[])
        .filter((r) => r.getClientRects().length > 0)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString()),
    );
    const focused = () =>
      page.evaluate(() => [...(CSS.highlights.get('gloss-focus') ?? [])].map((r) => (r as Range).toString()));
    await page.locator('h1').click();
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await focused()).toEqual([visible[0]]);
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await focused()).toEqual([visible[1]]);
    await expect.poll(() => announcement(page)).toBe(`${visible[1]}, 2 of ${visible.length}`);
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.keyboard.press('Alt+Shift+KeyK');
    expect(await focused()).toEqual([visible.at(-1)]);

    await page.keyboard.press('Enter');
    const frame = await shownCard(page);
    // Focus is in the card's frame: the page sees only that its host has it.
    await expect
      .poll(() => frame.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('dialog');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GLOSS-CARD');
    const stops = await frame.locator('[role="dialog"] :is(a[href], button, textarea)').count();
    for (let i = 0; i < stops + 2; i++) await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement !== document.body)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GLOSS-CARD');

    await page.keyboard.press('Escape');
    await noCard(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    // A second Escape, in the page now, leaves navigation.
    await page.keyboard.press('Escape');
    expect(await focused()).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations, in the list and the timeline views', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await clickMark(page, 'nicolas-maduro');
    const frame = await shownCard(page, 'Nicolás Maduro');
    expect(await violations(frame, '[role="dialog"]')).toEqual([]);
    await frame.getByRole('button', { name: 'Compare on a timeline' }).click();
    await frame.locator('.timeline').waitFor();
    expect(await violations(frame, '[role="dialog"]')).toEqual([]);
    await page.close();
  });
});

/** The compared passages and titles whose text does not fit across the card: cut off at a side, or scrolled away sideways. */
const clippedPassages = (frame: Frame) =>
  frame.evaluate(() => {
    const card = document.querySelector('.card')!.getBoundingClientRect();
    const scroller = document.querySelector('.columns')!;
    const away = scroller.scrollWidth > scroller.clientWidth + 1 ? ['the columns scroll sideways'] : [];
    const cut = [...document.querySelectorAll<HTMLElement>('.column .passage, .column .title')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < card.left - 0.5 || r.right > card.right + 0.5 || el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => el.textContent!.slice(0, 40));
    return [...away, ...cut];
  });

describe('from the card to the articles', () => {
  it('compares the coverage on a dated timeline, oldest first', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await clickMark(page, 'nicolas-maduro');
    const frame = await shownCard(page, 'Nicolás Maduro');
    await frame.getByRole('button', { name: 'Compare on a timeline' }).click();
    expect(await frame.locator('.column .when').allTextContents()).toEqual([
      'Jan 26',
      'Jan 31',
      'Mar 26',
      'Mar 28',
      'Apr 2',
    ]);
    // Every passage fits across the 380 px card, whole: none cut off at a side or scrolled away.
    expect(await clippedPassages(frame)).toEqual([]);
    await page.close();
  });

  it('fits the compared passages across the card at 200% zoom too', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    // A 1280 × 900 window at 200% lays pages out in 640 × 450 CSS pixels.
    await page.setViewportSize({ width: 640, height: 450 });
    await annotated(page);
    await clickMark(page, 'monroe-doctrine');
    const frame = await shownCard(page, 'Monroe Doctrine');
    await frame.getByRole('button', { name: 'Compare on a timeline' }).click();
    await frame.locator('.column .passage').first().waitFor();
    expect(await frame.locator('.column .passage').count()).toBe(2);
    expect(await clippedPassages(frame)).toEqual([]);
    await page.close();
  });

  it('opens a related entity in place, and "Read in context" opens the reader on that passage', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await clickMark(page, 'monroe-doctrine');
    const frame = await shownCard(page, 'Monroe Doctrine');
    await frame.getByRole('button', { name: 'John Bolton' }).click();
    await shownCard(page, 'John Bolton');

    const [reader] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      frame.getByRole('button', { name: 'Read in context' }).first().click(),
    ]);
    await reader.waitForLoadState();
    expect(reader.url()).toMatch(/reader\.html\?article=004&passage=\d+/);
    const chosen = reader.locator('p.chosen');
    expect(await chosen.textContent()).toContain('John Bolton');
    expect(await chosen.evaluate((el) => el === document.activeElement)).toBe(true);
    await reader.getByRole('link', { name: /themoscowtimes\.com/ }).waitFor();
    expect(await violations(reader, 'body')).toEqual([]);

    await chosen.getByRole('button', { name: 'Monroe Doctrine' }).click();
    await reader.locator('.isolated-card').getByRole('heading', { name: 'Monroe Doctrine' }).waitFor();
    await Promise.all([page.close(), reader.close()]);
  });
});

describe('at 200% zoom', () => {
  it('keeps the whole card inside the viewport, next to the term and not over it', async () => {
    const page = await env.browser.context.newPage();
    // A 1280 × 900 window at 200% zoom lays pages out in 640 × 450 CSS pixels.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.goto(`${env.server.origin}/news.html`);
    await annotated(page);
    await clickMark(page, 'elliott-abrams');
    const term = await pointOf(page, 'elliott-abrams');
    const frame = await shownCard(page, 'Elliott Abrams');
    await expect
      .poll(async () => {
        const box = await cardBox(frame);
        const at = { x: term.x - 1, y: term.y - 1, width: 2, height: 2 };
        const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= 640 && box.y + box.height <= 450;
        const overTerm =
          !(box.y >= at.y + at.height || box.y + box.height <= at.y) &&
          !(box.x >= at.x + at.width || box.x + box.width <= at.x);
        return { inside, overTerm };
      })
      .toEqual({ inside: true, overTerm: false });
    await page.close();
  });
});
