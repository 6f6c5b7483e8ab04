/**
 * The card as a test reaches it: inside Gloss's card frame (entrypoints/card),
 * which automation can enter and page scripts cannot. Works through
 * Playwright and Puppeteer frames alike. Every wait is on an event: the
 * card's published state (a User Timing mark, watched with a
 * PerformanceObserver) or a change in the card frame (a MutationObserver).
 */
import { run, type Evaluator } from './marks';

interface Framed<F extends Evaluator> {
  frames(): F[];
}

/** What the card-state mark says (see `publish` in card/card-frame.ts). */
export interface CardStateMark {
  step: number;
  shown: string | null;
  pinned: boolean;
  closing: boolean;
  intending: boolean;
  asking: boolean;
}

/** What to wait for in the card's state: any shown card (`'*'`), none (`null`), or an entity id. */
interface Wanted {
  shown?: string | null;
  /** Only a state published after this step. */
  after?: number;
  /** No delay running and nothing asked: what is shown stays until the reader acts. */
  settled?: boolean;
}

/** Resolves in `where` (the page, or the frame whose content script holds the card) once the state is as wanted. */
function cardStateAs(where: Evaluator, wanted: Wanted): Promise<CardStateMark> {
  return run(
    where,
    ({ shown, after, settled }: Wanted) =>
      new Promise<CardStateMark>((resolve) => {
        const latest = () =>
          (performance.getEntriesByName('gloss:card-state').at(-1) as PerformanceMark | undefined)?.detail as
            CardStateMark | undefined;
        const check = () => {
          const state = latest();
          const ok =
            !!state &&
            (after === undefined || state.step > after) &&
            (shown === undefined || (shown === '*' ? state.shown !== null : state.shown === shown)) &&
            (!settled || (!state.closing && !state.intending && !state.asking));
          if (ok) {
            observer.disconnect();
            resolve(state);
          }
          return ok;
        };
        const observer = new PerformanceObserver(check);
        if (!check()) observer.observe({ type: 'mark' });
      }),
    wanted,
  );
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

/**
 * Waits for a card to be shown (named `name`, if given) and returns its
 * frame. `where` is where Gloss's content script runs: the page, or the
 * frame the mention is in.
 */
export async function shownCard<F extends Evaluator>(
  page: Framed<F>,
  name?: string,
  where: Evaluator = page as unknown as Evaluator,
): Promise<F> {
  // The state says "shown" only after the frame has rendered the card.
  await cardStateAs(where, { shown: '*' });
  const frame = await shownCardNow(page);
  if (!frame) throw new Error('The card is shown, but no card frame holds it');
  if (name !== undefined) {
    // A related entity opens in place, in the frame: wait there for its heading.
    await run(
      frame,
      (name) =>
        new Promise<void>((resolve) => {
          const done = () => document.querySelector('[role="dialog"] h2')?.textContent === name;
          if (done()) return resolve();
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document, { subtree: true, childList: true, characterData: true });
        }),
      name,
    );
  }
  return frame;
}

/** Waits until no card is shown. */
export async function noCard(where: Evaluator): Promise<void> {
  await cardStateAs(where, { shown: null });
}

/** The text of each element matching `selector` in the shown card. */
export const cardTexts = (frame: Evaluator, selector: string) =>
  run(frame, (s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);

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
 * Waits until the card has settled once the page's pointer checks have run:
 * what it shows then stays until the reader acts. (A state is published only
 * when it changes, so there may be no new one to wait for.)
 */
export async function settledCard(page: Evaluator): Promise<CardStateMark> {
  await nextFrames(page);
  return cardStateAs(page, { settled: true });
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
