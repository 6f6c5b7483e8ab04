/**
 * `npm run bench`: Gloss's engine against its baselines, side by side in one
 * run, in headless Chromium. Each figure is the median of several runs, each
 * in a new browser process, because Chromium keeps compiled regular
 * expressions across page loads in one process and warm runs flatter them.
 * Prints ratios, not absolute goals: the machine is shared and noisy.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { annotated, chromiumPath, launchWithGloss, serveFixtures } from '../tests/browser/harness';
import { clickMark } from '../tests/browser/marks';
import { newsPage } from './pages';
import { buildMatcher, type Term } from '../entrypoints/content/matcher';
import { termsOf, type Dictionary } from '../entrypoints/content/terms';
import dictionaryJson from '../data/generated/dictionary.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const bundle = await build({
  entryPoints: [resolve(root, 'bench/in-page.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
});
const inPage = bundle.outputFiles[0]!.text;
const markJs = readFileSync(resolve(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const medium = newsPage(300_000);
const large = newsPage(5_000_000);
const server = await serveFixtures({ '/medium.html': medium, '/large.html': large });

type Method = 'treeWalkerRead' | 'gloss' | 'combinedRegex' | 'perTermRegex' | 'markJs';

/** One cold measurement: a new browser, the page, one method. */
async function measure(pageName: string, method: Method): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/${pageName}.html`);
    await page.addScriptTag({ content: inPage });
    if (method === 'markJs') await page.addScriptTag({ content: markJs });
    const result = await page.evaluate(async (m) => {
      const b = (window as unknown as { bench: Record<string, () => unknown> }).bench;
      return await b[m]!();
    }, method);
    if (typeof result === 'number') return { ms: result };
    const r = result as {
      busyMs: number;
      longestSliceMs: number;
      marks: number;
      longTasks: number[];
      heapMB: number;
    };
    return {
      ms: r.busyMs,
      longestSliceMs: r.longestSliceMs,
      marks: r.marks,
      longestTask: Math.max(0, ...r.longTasks),
      heapMB: r.heapMB,
    };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function compare(pageName: string, methods: Method[]): Promise<Record<string, Record<string, number>>> {
  const samples: Record<string, Record<string, number>[]> = {};
  // Interleaved, so a noisy moment on the machine hits every method alike.
  for (let run = 0; run < RUNS; run++) {
    for (const m of methods) (samples[m] ??= []).push(await measure(pageName, m));
  }
  const out: Record<string, Record<string, number>> = {};
  for (const [m, list] of Object.entries(samples)) {
    out[m] = Object.fromEntries(Object.keys(list[0]!).map((k) => [k, median(list.map((s) => s[k]!))]));
  }
  return out;
}

const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const line = (label: string, value: string, goal: string) =>
  console.log(`${label.padEnd(58)} ${value.padEnd(24)} ${goal}`);

console.log(
  `Pages: medium ${(medium.length / 1e3).toFixed(0)} kB, large ${(large.length / 1e6).toFixed(1)} MB; median of ${RUNS} cold runs each\n`,
);
const m = await compare('medium', ['treeWalkerRead', 'gloss', 'combinedRegex', 'perTermRegex', 'markJs']);
const l = await compare('large', ['treeWalkerRead', 'gloss', 'combinedRegex']);

line('', 'ratio (ms)', 'goal');
for (const [name, r] of [
  ['medium', m],
  ['large', l],
] as const) {
  line(
    `${name}: Gloss annotate pass / bare TreeWalker read`,
    `${(r.gloss!.ms! / r.treeWalkerRead!.ms!).toFixed(2)}× (${f(r.gloss!.ms!)} / ${f(r.treeWalkerRead!.ms!)})`,
    '≤ 1.5×',
  );
  line(
    `${name}: combined regex per text node / Gloss`,
    `${(r.combinedRegex!.ms! / r.gloss!.ms!).toFixed(2)}× (${f(r.combinedRegex!.ms!)} / ${f(r.gloss!.ms!)})`,
    '≥ 3×',
  );
}
line(
  'medium: mark.js / Gloss',
  `${(m.markJs!.ms! / m.gloss!.ms!).toFixed(1)}× (${f(m.markJs!.ms!)} / ${f(m.gloss!.ms!)})`,
  '≥ 10×',
);
line(
  'medium: regex per term / Gloss',
  `${(m.perTermRegex!.ms! / m.gloss!.ms!).toFixed(1)}× (${f(m.perTermRegex!.ms!)} / ${f(m.gloss!.ms!)})`,
  '',
);
line('large: longest Gloss slice (ms)', f(l.gloss!.longestSliceMs!), '≤ 50');
line(
  'large: longest main-thread long task during annotation (ms)',
  l.gloss!.longestTask ? f(l.gloss!.longestTask) : 'none ≥ 50 ms',
  '≤ 50',
);
line('large: marks', String(l.gloss!.marks), '');
line('large: JS heap growth while annotating (MB)', f(l.gloss!.heapMB!), 'bounded');

// Matcher throughput against dictionary size, over the large page's text, in Node.
const text = large.replace(/<[^>]+>/g, ' ');
const real = termsOf(dictionaryJson as Dictionary);
// The same 100 real forms in every size, padded with made-up names, so that
// only the dictionary's size changes between the three runs.
const synthetic = (n: number): Term[] => {
  const terms = real.slice(0, 100);
  for (let i = terms.length; i < n; i++)
    terms.push({ form: `Qx${i.toString(36)} Person`, entity: 0, flags: 0 });
  return terms;
};
const throughput = (n: number) => {
  const matcher = buildMatcher(synthetic(n));
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
line('matcher: 1,000 terms / 100 terms', `${(t1k / t100).toFixed(2)}× (${f(t1k)} / ${f(t100)})`, '');
line('matcher: 10,000 terms / 100 terms', `${(t10k / t100).toFixed(2)}× (${f(t10k)} / ${f(t100)})`, '≤ 1.2×');
line('matcher throughput, 10,000 terms (MB/s)', f(text.length / 1e6 / (t10k / 1000)), '');

// Hover intent to card painted, with the built extension: the first card of an
// entity fetches it from the background, later ones come from the tab's cache.
{
  const gloss = await launchWithGloss();
  try {
    const page = await gloss.newPage(`${server.origin}/news.html`);
    await annotated(page);
    const entities = ['monroe-doctrine', 'juan-guaido', 'rosneft', 'lima-group', 'john-bolton'];
    for (const round of [0, 1]) {
      for (const entity of entities) {
        await clickMark(page, entity);
        await page.waitForFunction(
          (n) => performance.getEntriesByName('gloss:card').length >= n,
          round * entities.length + entities.indexOf(entity) + 1,
        );
        await page.keyboard.press('Escape');
      }
    }
    const times = await page.evaluate(() =>
      performance.getEntriesByName('gloss:card').map((e) => e.duration),
    );
    line(
      'card: intent to painted, first time per entity (ms, median)',
      f(median(times.slice(0, entities.length))),
      '',
    );
    line('card: intent to painted, again (ms, median)', f(median(times.slice(entities.length))), '');
  } finally {
    await gloss.close();
  }
}

const content = resolve(root, '.output/chrome-mv3/content-scripts/content.js');
const gz = gzipSync(readFileSync(content)).length;
line(
  'content script gzipped (kB)',
  `${(gz / 1024).toFixed(1)} (raw ${(statSync(content).size / 1024).toFixed(1)})`,
  '≤ 20',
);
await server.close();
