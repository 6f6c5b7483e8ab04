/**
 * The notebook's list: every entity with notes, newest change first, narrowed
 * by a typo-tolerant search over entities and note texts, and by kind and by
 * article. Pure over its inputs.
 */
import Fuse from 'fuse.js';
import { CATALOGUE, type EntityDef, type EntityKind } from '../data/catalogue';
import { formText } from '../data/entity-kinds';
import type { CorpusIndex } from '../data/corpus-index';
import { searchEntities } from '../catalogue/entity-search';
import { entityName } from '../catalogue/entity-names';
import type { Note } from './notes';
import type { EntitySummary } from '../export/notes-export';
import { kindName } from '../i18n/i18n';
import { cardFor } from '../card/card-content';
import { fold } from '../matching/fold';

export interface NotebookEntry {
  entity: EntityDef;
  /** Newest first. */
  notes: Note[];
  lastChanged: string;
}

export interface NotebookFilter {
  query?: string;
  kind?: EntityKind;
  /** An article id: only entities it mentions. */
  article?: string;
}

export function notebookEntries(
  notes: readonly Note[],
  filter: NotebookFilter,
  mentions: CorpusIndex['mentions'],
): NotebookEntry[] {
  const byId = new Map(CATALOGUE.map((e) => [e.id, e]));
  let wanted: Set<string> | undefined;
  const query = filter.query?.trim();
  if (query) {
    const inNotes = new Fuse(
      notes.map((n) => ({ entity: n.entity, text: fold(n.text) })),
      { keys: ['text'], threshold: 0.35, ignoreLocation: true },
    ).search(fold(query));
    wanted = new Set([...searchEntities(query, 50).map((e) => e.id), ...inNotes.map((r) => r.item.entity)]);
  }
  const inArticle = filter.article
    ? new Set(mentions.filter((m) => m.article === filter.article).map((m) => m.entity))
    : undefined;

  const entries = new Map<string, NotebookEntry>();
  for (const note of notes) {
    const entity = byId.get(note.entity);
    if (!entity) continue;
    if (wanted && !wanted.has(entity.id)) continue;
    if (filter.kind && entity.kind !== filter.kind) continue;
    if (inArticle && !inArticle.has(entity.id)) continue;
    let entry = entries.get(entity.id);
    if (!entry) entries.set(entity.id, (entry = { entity, notes: [], lastChanged: '' }));
    entry.notes.push(note);
    if (note.updatedAt > entry.lastChanged) entry.lastChanged = note.updatedAt;
  }
  for (const entry of entries.values()) entry.notes.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return [...entries.values()].sort((a, b) => b.lastChanged.localeCompare(a.lastChanged));
}

/** What the Markdown exports say of an entity: its name, kind, other names, and the articles that mention it. */
export function entitySummary(corpus: CorpusIndex, entity: string): EntitySummary {
  const def = CATALOGUE.find((e) => e.id === entity);
  if (!def) return { name: entity, kind: '', aliases: [], articles: [] };
  const forms = def.forms.map(formText);
  const name = entityName(entity);
  return {
    name,
    kind: kindName(def.kind, 'name'),
    aliases: [...new Set([def.name, ...forms])].filter((f) => f !== name),
    articles: (cardFor(corpus, entity)?.articles ?? []).map((a) => ({ title: a.title, date: a.date })),
  };
}
