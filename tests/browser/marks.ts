/**
 * Gloss's marks read as an outside tool reads them: from `CSS.highlights`
 * (see marking/mentions.ts). The functions run in the page, so
 * they work through Playwright and Puppeteer alike; each takes one argument.
 */

import { expect } from 'vitest';
import { CATALOGUE } from '../../data/catalogue';
import type { EntityKind } from '../../data/entity-kinds';

/** A Playwright page or frame, or a Puppeteer page: each evaluates a function of one argument in the page. */
export interface Evaluator {
  evaluate: unknown;
}

export function run<R, A>(page: Evaluator, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  return (page as { evaluate(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> }).evaluate(fn, arg);
}

/** [entity id, text] of each mention under `selector` (default: the whole page), in reading order. */
function readMarks(selector: string): [string, string][] {
  const all = CSS.highlights.get('gloss');
  if (!all) return [];
  const within = document.querySelector(selector);
  const entityOf = new Map<AbstractRange, string>();
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('gloss-entity-'))
      for (const r of h) entityOf.set(r, name.slice('gloss-entity-'.length));
  });
  return ([...all] as Range[])
    .filter((r) => within?.contains(r.startContainer))
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map((r) => [entityOf.get(r) ?? '?', r.toString()]);
}

export const marksIn = (page: Evaluator, selector = 'body') => run(page, readMarks, selector);

/**
 * What a page script can make up, on each target (a selector, or `point`
 * for the element at x, y): a pointer move, press and click at (x, y),
 * Enter, and Gloss's Alt+Shift+J.
 */
function dispatchMadeUpEvents({ x, y, targets }: { x: number; y: number; targets: string[] }): void {
  const pointer = { clientX: x, clientY: y, bubbles: true, composed: true };
  const keys = [
    { key: 'Enter', bubbles: true },
    { code: 'KeyJ', key: 'J', altKey: true, shiftKey: true, bubbles: true },
  ];
  for (const target of targets) {
    const at = target === 'point' ? document.elementFromPoint(x, y) : document.querySelector(target);
    if (!at) continue;
    at.dispatchEvent(new PointerEvent('pointermove', pointer));
    at.dispatchEvent(new PointerEvent('pointerdown', pointer));
    at.dispatchEvent(new MouseEvent('click', pointer));
    for (const key of keys) at.dispatchEvent(new KeyboardEvent('keydown', key));
  }
}

export const makeUpEvents = (page: Evaluator, { x, y }: { x: number; y: number }, targets: string[]) =>
  run(page, dispatchMadeUpEvents, { x, y, targets });

/** The number of mentions in the registry. */
export const markCount = (page: Evaluator) => run(page, () => CSS.highlights.get('gloss')?.size ?? 0, null);

/** How many marks Gloss's last pass reported (its `gloss:annotate` measure): what the badge and popup are told. */
export const reportedMarks = (page: Evaluator) =>
  run(
    page,
    () =>
      (performance.getEntriesByName('gloss:annotate').at(-1) as PerformanceMeasure).detail.marks as number,
    null,
  );

/** The middle of the `nth` rendered mention of an entity (in reading order), in viewport coordinates, scrolled into view. */
export function pointOf(page: Evaluator, entity: string, nth = 0): Promise<{ x: number; y: number }> {
  return run(
    page,
    ([entity, nth]: readonly [string, number]) => {
      const ranges = ([...(CSS.highlights.get(`gloss-entity-${entity}`) ?? [])] as Range[]).filter(
        (r) => r.getClientRects().length > 0,
      );
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[nth];
      if (!range) throw new Error(`no mention ${nth} of ${entity}`);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [entity, nth] as const,
  );
}

/** Waits until the page holds a mention of `entity` whose text is `text` (any, if omitted). */
export async function waitForMark(page: Evaluator, entity: string, text?: string): Promise<void> {
  const found = () =>
    run(
      page,
      ([entity, text]: readonly [string, string | undefined]) =>
        ([...(CSS.highlights.get(`gloss-entity-${entity}`) ?? [])] as Range[]).some(
          (r) => text === undefined || r.toString() === text,
        ),
      [entity, text] as const,
    );
  await expect
    .poll(found, { timeout: 15_000, message: `a mark of ${entity}${text ? ` "${text}"` : ''}` })
    .toBe(true);
}

/** Waits until the page holds no mention at all (Gloss turned off takes them away without a pass to wait for). */
export async function waitForNoMarks(page: Evaluator): Promise<void> {
  await expect.poll(() => markCount(page), { timeout: 15_000, message: 'no marks left' }).toBe(0);
}

interface Pointer extends Evaluator {
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
}

/** Rests the reader's pointer on a mention. */
export async function hoverMark(page: Pointer, entity: string, nth = 0): Promise<void> {
  const { x, y } = await pointOf(page, entity, nth);
  await page.mouse.move(x, y);
}

/** Clicks a mention, as the reader would. */
export async function clickMark(page: Pointer, entity: string, nth = 0): Promise<void> {
  const { x, y } = await pointOf(page, entity, nth);
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
}

/**
 * For each paragraph of a page that says what it expects (`data-expect`:
 * entity=text|…, in reading order), what Gloss marked there and what it
 * should have, leaving out the kinds the reader turned off:
 * tests/fixtures/current-news.html.
 */
export async function expectedAndMarked(
  page: Evaluator,
  kindsOff: readonly EntityKind[] = [],
): Promise<{ id: string; expected: [string, string][]; marked: [string, string][] }[]> {
  const paragraphs = await run(
    page,
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((p) => ({
        id: p.id,
        expected: p.dataset
          .expect!.split('|')
          .filter(Boolean)
          .map((pair) => pair.split('=') as [string, string]),
      })),
    null,
  );
  const shown = ([id]: [string, string]) => !kindsOff.includes(CATALOGUE.find((e) => e.id === id)!.kind);
  return Promise.all(
    paragraphs.map(async (p) => ({
      ...p,
      expected: p.expected.filter(shown),
      marked: await marksIn(page, `#${p.id}`),
    })),
  );
}
