import { describe, expect, it } from 'vitest';
import index from '../data/generated/corpus-index.json';
import type { CorpusIndex } from '../data/corpus-index';
import { cardFor } from './card-content';

const corpus = index as CorpusIndex;

describe('cardFor', () => {
  it('names exactly the articles that mention the Monroe Doctrine, newest first, with real metadata', () => {
    const card = cardFor(corpus, 'monroe-doctrine')!;
    expect(card.name).toBe('Monroe Doctrine');
    expect(card.articles.map((a) => [a.id, a.title, a.author, a.date, a.mentions])).toEqual([
      ['004', 'Why Moscow Sent Its Military Personnel to Venezuela', 'Vladimir Frolov', '2019-04-02', 1],
      ['003', 'Russia Throws Down the Gauntlet to US on Venezuela', 'M. K. Bhadrakumar', '2019-03-28', 1],
    ]);
    const [passage] = card.articles[1]!.passages;
    const [start, end] = passage!.highlights[0]!;
    expect(passage!.text.slice(start, end)).toBe('Munroe Doctrine');
  });

  it('puts the passage with the most mentions first', () => {
    for (const article of cardFor(corpus, 'nicolas-maduro')!.articles) {
      const counts = article.passages.map((p) => p.highlights.length);
      expect(counts[0]).toBe(Math.max(...counts));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(article.mentions);
    }
  });

  it('returns nothing for an unknown entity', () => {
    expect(cardFor(corpus, 'no-such-entity')).toBeUndefined();
  });
});

describe('related entities', () => {
  it('are those named most often in the same passages', () => {
    const card = cardFor(corpus, 'lima-group')!;
    const passages = new Set(corpus.mentions.filter((m) => m.entity === 'lima-group').map((m) => m.passage));
    const together = new Set(corpus.mentions.filter((m) => passages.has(m.passage)).map((m) => m.entity));
    expect(card.related.length).toBeGreaterThan(0);
    for (const r of card.related) expect(together.has(r.id)).toBe(true);
    expect(card.related.map((r) => r.id)).not.toContain('lima-group');
  });

  it('point each passage back to the corpus for "Read in context"', () => {
    for (const article of cardFor(corpus, 'rosneft')!.articles) {
      for (const p of article.passages) expect(corpus.passages[p.passage]!.text).toBe(p.text);
    }
  });

  it('knows the corpus it speaks for: how many articles and the span of their dates', () => {
    const dates = corpus.articles.map((a) => a.date).sort();
    expect(cardFor(corpus, 'rosneft')!.corpus).toEqual({
      articles: corpus.articles.length,
      first: dates[0],
      last: dates.at(-1),
    });
    expect(corpus.articles).toHaveLength(5);
  });
});
