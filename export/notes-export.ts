/**
 * The reader's notes written out: as Gloss JSON (read back by import.ts) and
 * as Markdown, one file for all or one per entity, the shape Obsidian and
 * Readwise users keep. Pure (but for the words of the Markdown, in the
 * reader's language).
 */
import { t } from '../i18n/i18n';
import type { Note } from '../notes/notes';

/** Each entity's URI in exports: the same every time, so other tools can group notes by it. */
export const ENTITY_URI = 'urn:gloss:entity:';
export const entityUri = (entity: string): string => ENTITY_URI + encodeURIComponent(entity);

export const EXPORT_FORMAT = 'gloss-notes';
export const EXPORT_VERSION = 1;

export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  notes: Note[];
}

export function exportJson(notes: readonly Note[], now = new Date()): string {
  const file: NotesExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    notes: [...notes],
  };
  return JSON.stringify(file, null, 2);
}

/** Text printed as Markdown text: characters Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

/** A link target Markdown cannot misread: web addresses only, spaces and parentheses encoded. */
function markdownLink(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](<${url.replace(/[\s<>]/g, encodeURIComponent)}>)`;
}

/** What a Markdown export says of an entity besides the notes. */
export interface EntitySummary {
  name: string;
  /** Its kind, as the interface names it ("Person"). */
  kind: string;
  /** Other names it goes by. */
  aliases: string[];
  /** The articles that mention it, newest first. */
  articles: { title: string; date: string }[];
}

/** A YAML value that no content can break out of: JSON strings are YAML double-quoted scalars. */
const yaml = (value: string) => JSON.stringify(value);

function frontMatter(fields: Record<string, string | number | string[]>): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    Array.isArray(value)
      ? // eslint-disable-next-line i18next/no-literal-string -- YAML syntax, not words
        `${key}:${value.map((item) => `\n  - ${yaml(item)}`).join('') || ' []'}`
      : `${key}: ${typeof value === 'number' ? value : yaml(value)}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * An entity's section: the articles that mention it, then each note as a
 * block with where and when it was written, oldest first, each ending in an
 * Obsidian block id made from the note's id, so that re-exporting changes
 * only what changed. `level` is the heading level of its parts.
 */
function entityBody(notes: readonly Note[], about: EntitySummary, level: number): string {
  const h = '#'.repeat(level);
  const articles = about.articles.map((a) => `- ${a.date.slice(0, 10)} · ${escapeMarkdown(a.title)}`);
  const blocks = [...notes]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((n) => {
      const where = n.pageUrl
        ? t('markdown.writtenOn', { page: markdownLink(n.pageTitle || n.pageUrl, n.pageUrl) })
        : t('markdown.writtenInGloss');
      const changed =
        n.updatedAt.slice(0, 10) === n.createdAt.slice(0, 10)
          ? ''
          : t('markdown.changed', { date: n.updatedAt.slice(0, 10) });
      const text = escapeMarkdown(n.text).replace(/\n/g, '  \n');
      // eslint-disable-next-line i18next/no-literal-string -- Markdown syntax and an Obsidian block id, not words
      return `${h}# ${n.createdAt.slice(0, 10)}\n\n${text}\n\n_${where}, ${n.createdAt.slice(0, 10)}${changed}_ ^gloss-${n.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
    });
  const none = `- ${t('markdown.none')}`;
  return `${h} ${t('markdown.inTheArticles')}\n\n${articles.join('\n') || none}\n\n${h} ${t('markdown.notes')}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * One entity's notes as a Markdown file of its own, the shape Obsidian and
 * Readwise users keep: YAML front matter (entity, kind, aliases, Gloss's URI
 * for it, exported date), the articles, then the notes.
 */
export function entityMarkdown(
  entity: string,
  notes: readonly Note[],
  about: EntitySummary,
  now = new Date(),
): string {
  const meta = frontMatter({
    entity: about.name,
    kind: about.kind,
    aliases: about.aliases,
    gloss: entityUri(entity),
    exported: now.toISOString().slice(0, 10),
  });
  return `${meta}\n# ${escapeMarkdown(about.name)}\n\n${entityBody(notes, about, 2)}`;
}

/**
 * Every note as one Markdown file: front matter for the file, then each
 * entity under its name, in name order, with its kind, aliases and URI, its
 * articles and its notes.
 */
export function exportMarkdown(
  notes: readonly Note[],
  about: (entity: string) => EntitySummary,
  now = new Date(),
): string {
  const byEntity = [...Map.groupBy(notes, (n) => n.entity)].map(([entity, list]) => ({
    entity,
    list,
    summary: about(entity),
  }));
  byEntity.sort((a, b) => a.summary.name.localeCompare(b.summary.name));
  const meta = frontMatter({
    title: t('markdown.title'),
    exported: now.toISOString().slice(0, 10),
    entities: byEntity.length,
    notes: notes.length,
  });
  const sections = byEntity.map(({ entity, list, summary }) => {
    const facts = [
      `- ${t('markdown.kind')}: ${escapeMarkdown(summary.kind)}`,
      summary.aliases.length > 0 &&
        `- ${t('markdown.also')}: ${summary.aliases.map(escapeMarkdown).join(', ')}`,
      `- ${t('extName')}: \`${entityUri(entity)}\``,
    ].filter(Boolean);
    return `## ${escapeMarkdown(summary.name)}\n\n${facts.join('\n')}\n\n${entityBody(list, summary, 3)}`;
  });
  return `${meta}\n# ${escapeMarkdown(t('markdown.title'))}\n\n${sections.join('\n')}`;
}
