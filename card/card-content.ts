/**
 * What a card shows for one entity: who or what it is, and what each article
 * said about it. Derived from the compiled index only.
 */
import type { CorpusIndex } from '../data/corpus-index';
import type { EntityKind } from '../data/entity-kinds';

export interface CardPassage {
  /** Index of the passage in the corpus index, for "Read in context". */
  passage: number;
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
  /** When the description was last checked against sources (YYYY-MM). */
  checked: string;
  /** Newest article first. */
  articles: CardArticle[];
  /** Entities most often named in the same passages, most shared first. */
  related: { id: string; name: string }[];
  /** The whole corpus: how many articles, and the dates of the first and the last (for the timeline). */
  corpus: { articles: number; first: string; last: string };
}

const RELATED_LIMIT = 6;

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
        if (!passage) {
          passage = { passage: m.passage, text: index.passages[m.passage]!.text, highlights: [] };
          byPassage.set(m.passage, passage);
        }
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
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    description: entity.description,
    checked: entity.checked,
    articles,
    related: relatedTo(index, entityId),
    corpus: corpusSpan(index),
  };
}

function corpusSpan(index: CorpusIndex): EntityCard['corpus'] {
  const dates = index.articles.map((a) => a.date).sort();
  return { articles: index.articles.length, first: dates[0]!, last: dates.at(-1)! };
}

function relatedTo(index: CorpusIndex, entityId: string): EntityCard['related'] {
  const passages = new Set(index.mentions.filter((m) => m.entity === entityId).map((m) => m.passage));
  const shared = new Map<string, Set<number>>();
  for (const m of index.mentions) {
    if (m.entity === entityId || !passages.has(m.passage)) continue;
    let set = shared.get(m.entity);
    if (!set) shared.set(m.entity, (set = new Set()));
    set.add(m.passage);
  }
  return [...shared.entries()]
    .sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b))
    .slice(0, RELATED_LIMIT)
    .map(([id]) => ({ id, name: index.entities.find((e) => e.id === id)!.name }));
}
