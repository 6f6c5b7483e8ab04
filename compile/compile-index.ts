/**
 * Compiles the catalogue against the five texts into the index that cards,
 * the reader page and the notebook show: for every entity, every mention in
 * every article with its offsets in the raw file and the paragraph around it.
 * Nothing here is typed by hand; run by `npm run index` and checked by tests.
 */
import { ARTICLES, type Article } from '../data/articles';
import type { CorpusIndex, Mention, Passage } from '../data/corpus-index';
import { CATALOGUE, type EntityDef } from '../data/catalogue';
import { paragraphs, plainText } from './article-text';
import { buildDictionary } from './dictionary';
import { matcherOf } from '../matching/terms';
import { evidenceOf, withEvidence } from '../matching/evidence';

export function compileIndex(
  texts: Record<string, string>,
  articles: readonly Article[] = ARTICLES,
  catalogue: readonly EntityDef[] = CATALOGUE,
): CorpusIndex {
  const dictionary = buildDictionary(catalogue);
  const matcher = matcherOf(dictionary);
  const passages: Passage[] = [];
  const mentions: Mention[] = [];

  for (const article of articles) {
    const raw = texts[article.file];
    if (raw === undefined) throw new Error(`Missing corpus text ${article.file}`);
    const blocks = paragraphs(raw).map((block) => {
      const plain = plainText(raw, block.start, block.end);
      const passage = passages.push({ article: article.id, ...block, text: plain.text }) - 1;
      return { block, plain, passage, matches: matcher.find(raw.slice(block.start, block.end)) };
    });
    // Evidence for ambiguous forms is taken from the whole article, as on a page.
    const evidence = evidenceOf(blocks.flatMap((b) => b.matches));
    for (const { block, plain, passage, matches } of blocks) {
      for (const m of withEvidence(matches, evidence)) {
        const start = block.start + m.start;
        const end = block.start + m.end;
        mentions.push({
          entity: dictionary.ids[m.term.entity]!,
          article: article.id,
          start,
          end,
          passage,
          textStart: plain.from.findIndex((f) => f >= start),
          textEnd: plain.from.findLastIndex((f) => f < end) + 1,
        });
      }
    }
  }
  return { articles: [...articles], entities: [...catalogue], passages, mentions };
}
