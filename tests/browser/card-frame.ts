/**
 * The card as a test reaches it: inside Gloss's card frame (entrypoints/card),
 * which automation can enter and page scripts cannot. Works through
 * Playwright and Puppeteer frames alike.
 */
import { run, type Evaluator } from './marks';

interface Framed<F extends Evaluator> {
  frames(): F[];
}

async function poll<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const isCardFrame = (frame: Evaluator) =>
  run(frame, () => location.pathname === '/card.html', null).catch(() => false);

/** The frame showing a card (its dialog rendered), if any. */
export async function shownCardNow<F extends Evaluator>(page: Framed<F>): Promise<F | undefined> {
  for (const frame of page.frames()) {
    if (!(await isCardFrame(frame))) continue;
    if (await run(frame, () => !!document.querySelector('[role="dialog"]'), null).catch(() => false))
      return frame;
  }
  return undefined;
}

/** Waits for a card to be shown (named `name`, if given) and returns its frame. */
export function shownCard<F extends Evaluator>(page: Framed<F>, name?: string): Promise<F> {
  return poll(`the card${name ? ` of ${name}` : ''}`, async () => {
    const frame = await shownCardNow(page);
    if (!frame || name === undefined) return frame;
    const heading = await run(frame, () => document.querySelector('[role="dialog"] h2')?.textContent, null);
    return heading === name ? frame : undefined;
  });
}

/** Waits until no card is shown. */
export async function noCard<F extends Evaluator>(page: Framed<F>): Promise<void> {
  await poll('the card to close', async () => ((await shownCardNow(page)) ? undefined : true));
}

/** The text of each element matching `selector` in the shown card. */
export const cardTexts = (frame: Evaluator, selector: string) =>
  run(frame, (s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);

/** Whether any card frame is in the page (its host is there only around cards). */
export async function hasCardFrame<F extends Evaluator>(page: Framed<F>): Promise<boolean> {
  for (const frame of page.frames()) if (await isCardFrame(frame)) return true;
  return false;
}

/** What the card-state mark says (see `publish` in entrypoints/content/card-frame.ts). */
export interface CardStateMark {
  step: number;
  shown: string | null;
  pinned: boolean;
  closing: boolean;
  intending: boolean;
  asking: boolean;
}

/** The card's latest published state in `page` (or a frame of it), if it has one. */
export const cardState = (page: Evaluator) =>
  run(
    page,
    () =>
      ((performance.getEntriesByName('gloss:card-state').at(-1) as PerformanceMark | undefined)?.detail ??
        null) as CardStateMark | null,
    null,
  );

/**
 * Waits until the card has decided after `step` and settled (no delay
 * running, nothing asked): what it shows then stays until the reader acts.
 */
export function settledCard(page: Evaluator, after: number): Promise<CardStateMark> {
  return poll(`the card to settle after step ${after}`, async () => {
    const state = await cardState(page);
    return state && state.step > after && !state.closing && !state.intending && !state.asking
      ? state
      : undefined;
  });
}

/** The card-state step so far (0 before the first), to wait for what comes after it. */
export const cardStep = async (page: Evaluator) => (await cardState(page))?.step ?? 0;

/** Two animation frames of the page: pointer checks run in the next one. */
export const nextFrames = (page: Evaluator) =>
  run(
    page,
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    null,
  );
