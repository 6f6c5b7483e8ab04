import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { annotated, useGloss } from './harness';
import { clickMark, hoverMark, makeUpEvents, pointOf, waitForMark } from './marks';
import { cardState, nextFrames, shownCardNow } from './card-frame';

const env = useGloss();

/** The title of the card shown in `page` or in a frame of it, and where its card frame is. */
async function shownCard(page: Page): Promise<{ title: string | null; in?: Frame | null }> {
  const card = await shownCardNow(page);
  if (!card) return { title: null };
  return {
    title: await card.evaluate(() => document.querySelector('[role="dialog"] h2')?.textContent ?? null),
    in: card.parentFrame(),
  };
}
const cardTitle = async (page: Page) => (await shownCard(page)).title;
const hovered = (where: Page | Frame) =>
  where.evaluate(() => [...(CSS.highlights.get('gloss-hover') ?? [])].map((r) => (r as Range).toString()));

describe('the mention under the pointer', () => {
  it('is found in plain text and in text nobody can select, and painted as hovered', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/hover.html`);
    await annotated(page);
    await hoverMark(page, 'nicolas-maduro');
    await expect.poll(() => hovered(page)).toEqual(['Maduro']);
    await expect.poll(() => cardTitle(page)).toBe('Nicolás Maduro');
    await page.keyboard.press('Escape');
    await hoverMark(page, 'sergey-lavrov');
    await expect.poll(() => cardTitle(page)).toBe('Sergey Lavrov');
    await page.close();
  });

  it('is not found beside the text, where the caret would still land', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/hover.html`);
    await annotated(page);
    const { y } = await pointOf(page, 'nicolas-maduro');
    // Far right of the paragraph's line, past its last word: the caret lands at the line's end.
    await page.mouse.move(1200, y);
    // The pointer is checked in the next animation frame.
    await nextFrames(page);
    expect(await hovered(page)).toEqual([]);
    expect(await cardTitle(page)).toBeNull();
    await page.close();
  });

  it('in an open shadow root and in a frame', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/hover.html`);
    await annotated(page);
    await hoverMark(page, 'maria-zakharova');
    await expect.poll(() => cardTitle(page)).toBe('Maria Zakharova');
    await page.keyboard.press('Escape');

    const frame = (await (await page.$('#frame'))!.contentFrame())!;
    await waitForMark(frame, 'caricom');
    const inFrame = await pointOf(frame, 'caricom');
    const box = (await (await page.$('#frame'))!.boundingBox())!;
    await page.mouse.move(box.x + inFrame.x, box.y + inFrame.y);
    // The frame's own content script shows the card, inside that frame.
    await expect.poll(() => shownCard(page)).toEqual({ title: 'CARICOM', in: frame });
    await page.close();
  });

  it('inside a link: a click follows the link', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/hover.html`);
    await annotated(page);
    await clickMark(page, 'rosneft');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#followed');
    await page.close();
  });

  it('ignores events a page script makes up: no hover, no card, no navigation', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/hover.html`);
    await annotated(page);
    const { x, y } = await pointOf(page, 'nicolas-maduro');
    await makeUpEvents(page, { x, y }, ['#plain', 'body']);
    // Made-up events are dropped as they come: after the next frames, nothing was set in motion.
    await nextFrames(page);
    expect(await hovered(page)).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.get('gloss-focus')?.size)).toBe(0);
    expect(await cardState(page)).toBeNull();
    expect(await page.evaluate(() => !!document.querySelector('gloss-card'))).toBe(false);
    await page.close();
  });
});
