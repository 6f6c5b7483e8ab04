/**
 * Gloss on a phone: a 390×844 touch screen (Chromium's mobile emulation).
 * A tap opens a name's card as a sheet across the bottom of the screen, a
 * tap elsewhere puts it away, a linked name's first tap opens its card and
 * not the link, a finger that scrolls from a name opens nothing, and a note
 * typed in the sheet is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  annotated,
  launchWithGloss,
  serveFixtures,
  storedNotes,
  type FixtureServer,
  type GlossBrowser,
} from './harness';
import { pointOf, run } from './marks';
import { cardState, nextFrames, noCard, shownCard, shownCardNow } from './card-frame';

const SCREEN = { width: 390, height: 844 };
let server: FixtureServer;
let browser: GlossBrowser;
beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithGloss({ phone: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const newsPage = async () => {
  const page = await browser.newPage(`${server.origin}/phone.html`);
  await annotated(page);
  return page;
};
const tapMark = async (page: Page, entity: string, nth = 0) => {
  const { x, y } = await pointOf(page, entity, nth);
  await page.touchscreen.tap(x, y);
};
const sheetBox = async (frame: Frame) => (await (await frame.frameElement()).boundingBox())!;

/** Which of the page's mentions of `entity` is inside a link. */
const linkedMention = (page: Page, entity: string) =>
  run(
    page,
    (entity) =>
      ([...(CSS.highlights.get(`gloss-entity-${entity}`) ?? [])] as Range[])
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .findIndex((r) => !!r.startContainer.parentElement?.closest('a[href]')),
    entity,
  );

describe('on a phone', () => {
  it("opens a tapped name's card as a sheet inside the screen, and a tap elsewhere puts it away", async () => {
    const page = await newsPage();
    await tapMark(page, 'john-bolton');
    const frame = await shownCard(page, 'John Bolton');
    const box = await sheetBox(frame);
    expect(box.x).toBe(0);
    expect(box.width).toBe(SCREEN.width);
    expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height + 1);
    expect(box.height).toBeLessThanOrEqual(SCREEN.height * 0.6 + 1);
    // The page's margin, above the sheet: no name there.
    await page.touchscreen.tap(4, 4);
    await noCard(page);
    await page.close();
  });

  it("opens a linked name's card on the first tap, and follows the link on the second", async () => {
    const page = await newsPage();
    const nth = await linkedMention(page, 'rosneft');
    expect(nth).toBeGreaterThanOrEqual(0);
    await tapMark(page, 'rosneft', nth);
    await shownCard(page, 'Rosneft');
    expect(new URL(page.url()).hash).toBe('');
    // The link at the top of the screen, clear of the sheet.
    const { x, y } = await run(
      page,
      (nth) => {
        const range = ([...CSS.highlights.get('gloss-entity-rosneft')!] as Range[]).sort((a, b) =>
          a.compareBoundaryPoints(Range.START_TO_START, b),
        )[nth]!;
        range.startContainer.parentElement!.scrollIntoView({ block: 'start', behavior: 'instant' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      nth,
    );
    await page.touchscreen.tap(x, y);
    await page.waitForURL(/#rosneft$/);
    await page.close();
  });

  it('opens nothing when a finger scrolls the page from a name', async () => {
    const page = await newsPage();
    const { x, y } = await pointOf(page, 'mike-pompeo');
    const before = await page.evaluate(() => scrollY);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: y - dy }],
      });
    await touch('touchStart', 0);
    for (let dy = 20; dy <= 240; dy += 20) await touch('touchMove', dy);
    await touch('touchEnd', 240);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
    await nextFrames(page);
    expect((await cardState(page))?.shown ?? null).toBeNull();
    expect(await shownCardNow(page)).toBeUndefined();
    await page.close();
  });

  it('puts the sheet away when a finger swipes it down from its top', async () => {
    const page = await newsPage();
    await tapMark(page, 'mike-pompeo');
    const frame = await shownCard(page, 'Mike Pompeo');
    // The card's frame has a process of its own: the swipe is sent to it.
    const cdp = await page.context().newCDPSession(frame);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: 100, y }],
      });
    // Sent without waiting for each to be handled: the frame is hidden mid-gesture.
    const sent = [touch('touchStart', 20)];
    for (let y = 40; y <= 200; y += 40) sent.push(touch('touchMove', y));
    sent.push(touch('touchEnd', 200));
    await noCard(page);
    await Promise.allSettled(sent);
    await page.close();
  });

  it('keeps a note typed in the sheet', async () => {
    const page = await newsPage();
    await tapMark(page, 'mike-pence');
    const frame = await shownCard(page, 'Mike Pence');
    // A touch tap into the card's frame (another process) does not reach it through the
    // debugger's touch emulation here; a click puts the caret there as a tap would.
    await frame.getByRole('textbox', { name: 'New note on Mike Pence' }).click();
    await page.keyboard.type('Typed on a phone');
    await frame.getByText(/^Saved /).waitFor();
    expect((await storedNotes(browser)).map((n) => n.text)).toContain('Typed on a phone');
    await page.close();
  });
});
