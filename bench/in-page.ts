/**
 * What the benchmark runs inside a page (bundled into an IIFE by bench/run.ts):
 * the approaches Gloss is compared with, each over the same page and the
 * same terms. Gloss itself runs as the built extension.
 */
import { buildDictionary } from '../compile/dictionary';
import { NOT_AN_ENTITY } from '../matching/rules';

declare const Mark: new (root: Element) => {
  mark(terms: string[], options: Record<string, unknown>): void;
};

// The full dictionary, form texts included (the shipped one leaves most out).
const dictionary = buildDictionary();
const forms = dictionary.terms.filter((t) => !(t[2] & NOT_AN_ENTITY)).map((t) => t[0]);

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function wrap(node: Text, start: number, end: number): void {
  const inner = node.splitText(start);
  inner.splitText(end - start);
  const mark = document.createElement('mark');
  inner.parentNode!.insertBefore(mark, inner);
  mark.appendChild(inner);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const bench = {
  /** A bare TreeWalker pass that only reads the text. */
  treeWalkerRead(): number {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    const ms = performance.now() - t0;
    if (chars === 0) throw new Error('empty page');
    return ms;
  },

  /** One combined regular expression run over each text node, a highlighted `Range` per match. */
  combinedRegex(): number {
    const t0 = performance.now();
    const sorted = [...forms].sort((a, b) => b.length - a.length).map(escape);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const highlight = new Highlight();
    for (const node of textNodes()) {
      for (const m of node.data.matchAll(re)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
      }
    }
    CSS.highlights.set('baseline', highlight);
    return performance.now() - t0;
  },

  /** One regular expression per term, each run over every text node. */
  perTermRegex(): number {
    const t0 = performance.now();
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'giu');
      for (const node of textNodes()) {
        if (node.parentElement?.tagName === 'MARK') continue;
        const found = [...node.data.matchAll(re)];
        for (let k = found.length - 1; k >= 0; k--)
          wrap(node, found[k]!.index, found[k]!.index + found[k]![0].length);
      }
    }
    return performance.now() - t0;
  },

  /** mark.js given the same terms. */
  markJs(): Promise<number> {
    const t0 = performance.now();
    return new Promise((done) =>
      new Mark(document.body).mark(forms, {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: true,
        done: () => done(performance.now() - t0),
      }),
    );
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
