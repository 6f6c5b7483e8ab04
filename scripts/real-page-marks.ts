/**
 * `npx tsx scripts/real-page-marks.ts [checkout]`: what the matcher marks on
 * the real pages in ../shared/pages, every kind on, one line per mark
 * (page, entity, text). Each page's text is cut into blocks at paragraph-like
 * tags, with evidence taken from the page and, for phrases that need it,
 * from the block, as the content script does. Given another checkout of
 * Gloss (`git worktree add /tmp/before <rev>`), it runs that one's catalogue
 * and matcher, so that two commits' lines can be compared with `diff`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..'));
const pages = resolve(import.meta.dirname, '../../shared/pages');
const { buildDictionary } = await import(`${root}/compile/dictionary.ts`);
const { loadMatcher } = await import(`${root}/matching/matcher.ts`);
const { evidenceOf, withEvidence } = await import(`${root}/matching/evidence.ts`);
const { termsOf } = await import(`${root}/matching/terms.ts`);

const dictionary = buildDictionary();
const matcher = loadMatcher(termsOf(dictionary), dictionary.trie);
const BLOCK = /<\/?(?:p|li|h[1-6]|div|td|th|blockquote|figcaption)\b[^>]*>/i;
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&#39;': "'",
  '&rsquo;': '’',
  '&quot;': '"',
};

for (const file of readdirSync(pages).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(`${pages}/${file}`, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ');
  const blocks = html
    .split(BLOCK)
    .map((b) => b.replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e))
    .map((text) => ({ text, matches: matcher.find(text) }));
  const evidence = evidenceOf(blocks.flatMap((b) => b.matches));
  for (const { text, matches } of blocks)
    for (const m of withEvidence(matches, evidence, () => evidenceOf(matches)))
      console.log(`${file}\t${dictionary.ids[m.term.entity]}\t${text.slice(m.start, m.end)}`);
}
