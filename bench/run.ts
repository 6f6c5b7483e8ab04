/* eslint-disable max-lines -- one run, side by side: every figure the README quotes, measured in one browser session and printed in one table */
/**
 * `npm run bench`: Gloss's marking pass against its baselines, side by side
 * in one run, in headless Chromium. Each figure is the median of several cold
 * runs, each in a new browser process, because Chromium keeps compiled
 * regular expressions across page loads in one process and warm runs flatter
 * them. Prints ratios, not absolute goals: the machine is shared and noisy.
 *
 * Gloss runs as it ships (the built extension, its `gloss:annotate` measure's
 * `busyMs`: the page's main thread; the background's matching beside it, from
 * its `gloss:find` measures); the baselines run in an isolated
 * world of the same page, as a content script does (CDP
 * `Page.createIsolatedWorld`): a bare TreeWalker read, and one combined
 * regular expression over the same dictionary making a highlighted `Range`
 * per match. The bare read runs after Gloss's pass, on nodes Gloss has just
 * read; so the real pages are also read cold, as the first thing done to
 * them, in a browser without Gloss: the bare walk, and one `textContent`
 * of the body, the least that any reading of a page's text costs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import {
  OFFLINE,
  annotated,
  chromiumPath,
  launchWithGloss,
  serveFixtures,
  setSettings,
} from '../tests/browser/harness';
import { clickMark, hoverMark } from '../tests/browser/marks';
import { newsPage } from './pages';
import { buildMatcher } from '../matching/matcher';
import type { Term } from '../matching/rules';
import { termsOf } from '../matching/terms';
import { buildDictionary } from '../compile/dictionary';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REAL_PAGES = resolve(root, '../shared/pages');

const bundle = await build({
  entryPoints: [resolve(root, 'bench/in-page.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
});
const inPage = bundle.outputFiles[0]!.text;
const markJs = readFileSync(resolve(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const pages: Record<string, string> = {
  '/medium.html': newsPage(300_000),
  '/large.html': newsPage(5_000_000),
};
const realNames = existsSync(REAL_PAGES)
  ? readdirSync(REAL_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];
for (const name of realNames) pages[`/real/${name}`] = readFileSync(resolve(REAL_PAGES, name), 'utf8');
const server = await serveFixtures(pages);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const line = (label: string, value: string, goal: string) =>
  console.log(`${label.padEnd(58)} ${value.padEnd(26)} ${goal}`);

interface Figures {
  gloss: number;
  longestSlice: number;
  longestTask: number;
  marks: number;
  /** What the background's finding took for the page, off its main thread. */
  background: number;
  walk: number;
  regex: number;
  /** The same, once the code has run: Gloss turned off and on again, the walk run again. */
  warmGloss: number;
  warmWalk: number;
  /**
   * Reading the page's text first, in a browser without Gloss, before
   * anything has touched the page's nodes: the bare walk, and one
   * `textContent` of the body (each on a page of its own).
   */
  coldWalk: number;
  coldText: number;
}

const COLD_WALK = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  return chars > 0 ? performance.now() - t0 : NaN;
})()`;
const COLD_TEXT = `(() => {
  const t0 = performance.now();
  const chars = document.body.textContent.length;
  return chars > 0 ? performance.now() - t0 : NaN;
})()`;

/** What each read costs as the first thing done to the page, in an isolated world as Gloss's is. */
async function coldReads(path: string): Promise<{ coldWalk: number; coldText: number }> {
  const browser = await plainBrowser();
  try {
    const first = async (expression: string) => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
      const cdp = await page.context().newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'bench',
      });
      const { result } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
      });
      await page.close();
      return result.value as number;
    };
    return { coldWalk: await first(COLD_WALK), coldText: await first(COLD_TEXT) };
  } finally {
    await browser.close();
  }
}

/** Chromium without Gloss, offline but for the fixture server. */
const plainBrowser = () =>
  chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      OFFLINE,
    ],
  });

/** One cold measurement of a page: a new browser with Gloss, its first pass, then the baselines beside it. */
async function measurePage(path: string): Promise<Figures> {
  const gloss = await launchWithGloss();
  try {
    const page = await gloss.context.newPage();
    await page.addInitScript(() => {
      const tasks: number[] = ((window as unknown as { benchLongTasks: number[] }).benchLongTasks = []);
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
        type: 'longtask',
      });
    });
    // Real pages ask for resources that never arrive offline: Gloss starts at DOMContentLoaded anyway.
    await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
    await annotated(page);
    // Long tasks are reported after they end: give the observer a turn.
    await page.waitForTimeout(100);
    const first = await page.evaluate(() => ({
      detail: (performance.getEntriesByName('gloss:annotate')[0] as PerformanceMeasure).detail as {
        busyMs: number;
        longestSliceMs: number;
        marks: number;
      },
      longTasks: (window as unknown as { benchLongTasks: number[] }).benchLongTasks,
    }));
    const background = await gloss.worker.evaluate(() =>
      performance.getEntriesByName('gloss:find').reduce((sum, e) => sum + e.duration, 0),
    );
    const cdp = await gloss.context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'bench',
    });
    const run = async (expression: string) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`${path}: ${exceptionDetails.text}`);
      return result.value as number;
    };
    await run(inPage);
    const walk = await run('bench.treeWalkerRead()');
    const regex = await run('bench.combinedRegex()');
    const warmWalk = await run('bench.treeWalkerRead()');
    await setSettings(gloss, { disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(() => !CSS.highlights.has('gloss'));
    await setSettings(gloss, { disabledSites: [] });
    await annotated(page, 2);
    const warmGloss = await page.evaluate(
      () => (performance.getEntriesByName('gloss:annotate')[1] as PerformanceMeasure).detail.busyMs as number,
    );
    return {
      ...(await coldReads(path)),
      warmGloss,
      warmWalk,
      gloss: first.detail.busyMs,
      longestSlice: first.detail.longestSliceMs,
      longestTask: Math.max(0, ...first.longTasks),
      marks: first.detail.marks,
      background,
      walk,
      regex,
    };
  } finally {
    await gloss.close();
  }
}

/** The median of each figure over RUNS cold runs, runs interleaved across pages so noise hits all alike. */
async function measureAll(paths: string[]): Promise<Map<string, Figures>> {
  const samples = new Map<string, Figures[]>(paths.map((p) => [p, []]));
  for (let r = 0; r < RUNS; r++) for (const p of paths) samples.get(p)!.push(await measurePage(p));
  return new Map(
    [...samples].map(([p, list]) => [
      p,
      Object.fromEntries(
        (Object.keys(list[0]!) as (keyof Figures)[]).map((k) => [k, median(list.map((s) => s[k]))]),
      ) as unknown as Figures,
    ]),
  );
}

/** mark.js and a regex per term, run in the page's own world: they rewrite the DOM. */
async function domRewriters(path: string): Promise<{ perTermRegex: number; markJs: number }> {
  const out = { perTermRegex: [] as number[], markJs: [] as number[] };
  for (let r = 0; r < RUNS; r++) {
    for (const method of ['perTermRegex', 'markJs'] as const) {
      const browser = await plainBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(`${server.origin}${path}`);
        await page.addScriptTag({ content: inPage });
        if (method === 'markJs') await page.addScriptTag({ content: markJs });
        out[method].push(
          await page.evaluate(
            (m) => (window as unknown as { bench: Record<string, () => Promise<number>> }).bench[m]!(),
            method,
          ),
        );
      } finally {
        await browser.close();
      }
    }
  }
  return { perTermRegex: median(out.perTermRegex), markJs: median(out.markJs) };
}

console.log(
  `Median of ${RUNS} cold runs each. Pages: synthetic 300 kB and ${(pages['/large.html']!.length / 1e6).toFixed(1)} MB; ${realNames.length} real pages from ../shared/pages\n`,
);
const synthetic = await measureAll(['/medium.html', '/large.html']);
line('', 'ratio (ms)', 'goal');
for (const [name, path] of [
  ['300 kB', '/medium.html'],
  ['5 MB', '/large.html'],
] as const) {
  const r = synthetic.get(path)!;
  line(
    `${name}: Gloss pass / bare TreeWalker read`,
    `${(r.gloss / r.walk).toFixed(2)}× (${f(r.gloss)} / ${f(r.walk)})`,
    '≤ 3×',
  );
  line(
    `${name}: combined regex + Range / bare TreeWalker read`,
    `${(r.regex / r.walk).toFixed(2)}× (${f(r.regex)} / ${f(r.walk)})`,
    '',
  );
  line(
    `${name}, warm: second Gloss pass / second read`,
    `${(r.warmGloss / r.warmWalk).toFixed(2)}× (${f(r.warmGloss)} / ${f(r.warmWalk)})`,
    '',
  );
  line(`${name}: marks; longest Gloss slice (ms)`, `${r.marks}; ${f(r.longestSlice)}`, '≤ 16');
  line(`${name}: longest long task during the pass (ms)`, r.longestTask ? f(r.longestTask) : 'none ≥ 50', '');
}
const rewriters = await domRewriters('/medium.html');
const medium = synthetic.get('/medium.html')!;
line(
  '300 kB: mark.js / Gloss',
  `${(rewriters.markJs / medium.gloss).toFixed(1)}× (${f(rewriters.markJs)} / ${f(medium.gloss)})`,
  '≥ 10×',
);
line(
  '300 kB: regex per term / Gloss',
  `${(rewriters.perTermRegex / medium.gloss).toFixed(1)}× (${f(rewriters.perTermRegex)} / ${f(medium.gloss)})`,
  '',
);

if (realNames.length > 0) {
  const real = await measureAll(realNames.map((n) => `/real/${n}`));
  console.log(
    `\n${'real page'.padEnd(28)} ${'kB'.padStart(5)} ${'marks'.padStart(5)} ${'Gloss'.padStart(7)} ${'walk'.padStart(6)} ${'×'.padStart(6)} ${'regex'.padStart(7)} ${'×'.padStart(6)} ${'slice'.padStart(6)} ${'bg'.padStart(6)}`,
  );
  for (const name of realNames) {
    const r = real.get(`/real/${name}`)!;
    console.log(
      `${name.padEnd(28)} ${(pages[`/real/${name}`]!.length / 1e3).toFixed(0).padStart(5)} ${String(r.marks).padStart(5)} ${f(r.gloss).padStart(7)} ${f(r.walk).padStart(6)} ${(r.gloss / r.walk).toFixed(1).padStart(6)} ${f(r.regex).padStart(7)} ${(r.regex / r.walk).toFixed(1).padStart(6)} ${f(r.longestSlice).padStart(6)} ${f(r.background).padStart(6)}`,
    );
  }
  const all = [...real.values()];
  console.log('');
  line(
    'real pages: sum of Gloss passes / sum of bare reads',
    `${(sum(all.map((r) => r.gloss)) / sum(all.map((r) => r.walk))).toFixed(2)}× (${f(sum(all.map((r) => r.gloss)))} / ${f(sum(all.map((r) => r.walk)))})`,
    '≤ 3×',
  );
  line(
    'real pages: median page, Gloss / bare read',
    `${median(all.map((r) => r.gloss / r.walk)).toFixed(2)}×`,
    '≤ 3×',
  );
  line(
    'real pages: sum of combined regex / sum of bare reads',
    `${(sum(all.map((r) => r.regex)) / sum(all.map((r) => r.walk))).toFixed(2)}×`,
    '',
  );
  line(
    'real pages: median page, combined regex / bare read',
    `${median(all.map((r) => r.regex / r.walk)).toFixed(2)}×`,
    '',
  );
  const nameless = all.filter((r) => r.marks === 0);
  line(
    `real pages with no name on them (${nameless.length}): Gloss / bare read, sum`,
    nameless.length
      ? `${(sum(nameless.map((r) => r.gloss)) / sum(nameless.map((r) => r.walk))).toFixed(2)}×`
      : 'none',
    '≤ 1.5×',
  );
  line('real pages: longest Gloss slice (ms)', f(Math.max(...all.map((r) => r.longestSlice))), '≤ 16');
  line(
    "real pages: the background's finding, off the pages' main threads (ms, sum)",
    f(sum(all.map((r) => r.background))),
    '',
  );
  const coldWalks = sum(all.map((r) => r.coldWalk));
  line(
    'real pages: sum of Gloss passes / sum of cold bare reads (first thing done to the page)',
    `${(sum(all.map((r) => r.gloss)) / coldWalks).toFixed(2)}× (${f(sum(all.map((r) => r.gloss)))} / ${f(coldWalks)})`,
    '',
  );
  line(
    'real pages: median page, Gloss / cold bare read',
    `${median(all.map((r) => r.gloss / r.coldWalk)).toFixed(2)}×`,
    '',
  );
  line(
    'real pages: one cold textContent of the body / bare read after Gloss (the least any reading costs, in the measure of the goal)',
    `${(sum(all.map((r) => r.coldText)) / sum(all.map((r) => r.walk))).toFixed(2)}× (${f(sum(all.map((r) => r.coldText)))} / ${f(sum(all.map((r) => r.walk)))})`,
    '',
  );
  line(
    'real pages: one cold textContent of the body / cold bare read',
    `${(sum(all.map((r) => r.coldText)) / coldWalks).toFixed(2)}×`,
    '',
  );
  line(
    `real pages with no name on them (${nameless.length}): Gloss / cold bare read, sum`,
    nameless.length
      ? `${(sum(nameless.map((r) => r.gloss)) / sum(nameless.map((r) => r.coldWalk))).toFixed(2)}×`
      : 'none',
    '',
  );
  line(
    'real pages, warm: sum of second Gloss passes / second reads',
    `${(sum(all.map((r) => r.warmGloss)) / sum(all.map((r) => r.warmWalk))).toFixed(2)}× (${f(sum(all.map((r) => r.warmGloss)))} / ${f(sum(all.map((r) => r.warmWalk)))})`,
    '',
  );
} else {
  console.log(`\n(no real pages: ${REAL_PAGES} is missing)`);
}

// Matcher throughput against dictionary size, over the large page's text, in Node.
const text = pages['/large.html']!.replace(/<[^>]+>/g, ' ');
// The full dictionary: the shipped one leaves most form texts out (see forShipping).
// The first 100 forms in catalogue order (the dictionary keeps them in its
// trie's order), the same in every size, padded with made-up names, so that
// only the dictionary's size changes between the three runs.
const realTerms = termsOf(buildDictionary())
  .filter((t) => t.entity >= 0)
  .sort((a, b) => a.entity - b.entity);
const synthetic100 = (n: number): Term[] => {
  const terms = realTerms.slice(0, 100);
  for (let i = terms.length; i < n; i++)
    terms.push({ form: `Qx${i.toString(36)} Person`, entity: 0, flags: 0 });
  return terms;
};
const throughput = (n: number) => {
  const matcher = buildMatcher(synthetic100(n));
  matcher.find(text.slice(0, 100_000));
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    matcher.find(text);
    times.push(performance.now() - t0);
  }
  return median(times);
};
const t100 = throughput(100);
const t1k = throughput(1000);
const t10k = throughput(10_000);
console.log('');
line('matcher: 1,000 terms / 100 terms', `${(t1k / t100).toFixed(2)}× (${f(t1k)} / ${f(t100)})`, '');
line('matcher: 10,000 terms / 100 terms', `${(t10k / t100).toFixed(2)}× (${f(t10k)} / ${f(t100)})`, '≤ 1.2×');
line('matcher throughput, 10,000 terms (MB/s)', f(text.length / 1e6 / (t10k / 1000)), '');

// Hover intent to card painted, with the built extension (the `gloss:card`
// measure: from the end of the open delay, or the click, to the card frame
// shown at its mention). The first card of a page: the frame is made when the
// pointer reaches the mention, so by hover it is ready when the delay ends,
// while a click right away waits for it. Later cards reuse the frame.
{
  const gloss = await launchWithGloss();
  const entities = ['monroe-doctrine', 'juan-guaido', 'rosneft', 'lima-group', 'john-bolton'];
  const first = { hover: [] as number[], click: [] as number[] };
  const later: number[] = [];
  try {
    for (const how of ['hover', 'click'] as const) {
      for (let run = 0; run < 5; run++) {
        const page = await gloss.newPage(`${server.origin}/news.html`);
        await annotated(page);
        for (const [k, entity] of entities.entries()) {
          await (how === 'hover' ? hoverMark : clickMark)(page, entity);
          await page.waitForFunction((n) => performance.getEntriesByName('gloss:card').length >= n, k + 1);
          await page.keyboard.press('Escape');
        }
        const times = await page.evaluate(() =>
          performance.getEntriesByName('gloss:card').map((e) => e.duration),
        );
        first[how].push(times[0]!);
        if (how === 'hover') later.push(...times.slice(1));
        await page.close();
      }
    }
  } finally {
    await gloss.close();
  }
  line('card: first of a page, by hover (ms, median)', f(median(first.hover)), '');
  line('card: first of a page, by click (ms, median)', f(median(first.click)), '');
  line('card: later cards, by hover (ms, median)', f(median(later)), '');
}

const content = resolve(root, '.output/chrome-mv3/content-scripts/content.js');
const gz = gzipSync(readFileSync(content)).length;
line(
  'content script gzipped (kB)',
  `${(gz / 1024).toFixed(1)} (raw ${(statSync(content).size / 1024).toFixed(1)})`,
  '≤ 20',
);
await server.close();
