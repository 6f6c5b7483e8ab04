/**
 * What a card shows for one entity: who or what it is, and what each article
 * said about it. Derived from the compiled index only.
 */
import type { CorpusIndex } from './compile-index';
import type { EntityKind } from './catalogue';

export interface CardPassage {
  text: string;
  /** [start, end) of each mention of the entity in `text`. */
  highlights: [number, number][];
}

export interface CardArticle {
  id: string;
  title: string;
  titleIsDescriptive: boolean;
  author: string;
  outlet?: string;
  date: string;
  url?: string;
  mentions: number;
  /** The most telling passage first: the one that mentions the entity most, then the earliest. */
  passages: CardPassage[];
}

export interface EntityCard {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  /** Newest article first. */
  articles: CardArticle[];
}

export function cardFor(index: CorpusIndex, entityId: string): EntityCard | undefined {
  const entity = index.entities.find((e) => e.id === entityId);
  if (!entity) return undefined;
  const mentions = index.mentions.filter((m) => m.entity === entityId);
  const articles = index.articles
    .map((article): CardArticle => {
      const own = mentions.filter((m) => m.article === article.id);
      const byPassage = new Map<number, CardPassage>();
      for (const m of own) {
        let passage = byPassage.get(m.passage);
        if (!passage)
          byPassage.set(m.passage, (passage = { text: index.passages[m.passage]!.text, highlights: [] }));
        passage.highlights.push([m.textStart, m.textEnd]);
      }
      const passages = [...byPassage.entries()]
        .sort(([a, pa], [b, pb]) => pb.highlights.length - pa.highlights.length || a - b)
        .map(([, p]) => p);
      return {
        id: article.id,
        title: article.title,
        titleIsDescriptive: article.titleIsDescriptive,
        author: article.author,
        outlet: article.outlet,
        date: article.date,
        url: article.url,
        mentions: own.length,
        passages,
      };
    })
    .filter((a) => a.mentions > 0)
    .sort((a, b) => b.date.localeCompare(a.date));
  return { id: entity.id, name: entity.name, kind: entity.kind, description: entity.description, articles };
}
