/**
 * The reader's notes: what a note is, and the versioned export format with
 * its validation. Pure; the database is in notes-db.ts.
 */
import * as v from 'valibot';

export interface Note {
  id: string;
  entity: string;
  text: string;
  /** ISO dates. */
  createdAt: string;
  updatedAt: string;
  /** The page the note was written on. */
  pageUrl: string;
  pageTitle: string;
}

export const EXPORT_FORMAT = 'gloss-notes';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_NOTE_CHARS = 20_000;
export const MAX_NOTES = 10_000;

const IsoDate = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO date and time'),
  v.check((s) => s <= new Date(Date.now() + 86_400_000).toISOString(), 'is in the future'),
);

/**
 * The page a note was written on, as kept: origin and path, never the query
 * or fragment (they carry tokens and session ids). Anything that is not a
 * web page is kept as nothing.
 */
export function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? `${parsed.origin}${parsed.pathname}`
      : '';
  } catch {
    return '';
  }
}

const PageUrl = v.pipe(
  v.string(),
  v.maxLength(4000),
  v.check((url) => url === '' || /^https?:\/\//i.test(url), 'must be an http or https address, or empty'),
);

export const NoteSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  entity: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  text: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS, `is longer than ${MAX_NOTE_CHARS} characters`)),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  pageUrl: PageUrl,
  pageTitle: v.pipe(v.string(), v.maxLength(1000)),
});

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT, `is not a Gloss notes export (format must be "${EXPORT_FORMAT}")`),
  version: v.literal(
    EXPORT_VERSION,
    `must be ${EXPORT_VERSION}: this Gloss reads version ${EXPORT_VERSION} exports`,
  ),
  exportedAt: IsoDate,
  notes: v.pipe(v.array(NoteSchema), v.maxLength(MAX_NOTES, `holds more than ${MAX_NOTES} notes`)),
});

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

/** Notes as Markdown, one section per entity, for reading or pasting elsewhere. */
export function exportMarkdown(notes: readonly Note[], nameOf: (entity: string) => string): string {
  const byEntity = Map.groupBy(notes, (n) => n.entity);
  const sections = [...byEntity.entries()]
    .sort(([a], [b]) => nameOf(a).localeCompare(nameOf(b)))
    .map(([entity, list]) => {
      const items = list
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((n) => {
          const where = n.pageUrl ? `, on ${markdownLink(n.pageTitle || n.pageUrl, n.pageUrl)}` : '';
          return `- ${escapeMarkdown(n.text).replace(/\n/g, '\n  ')}\n  _${n.updatedAt.slice(0, 10)}${where}_`;
        });
      return `## ${escapeMarkdown(nameOf(entity))}\n\n${items.join('\n')}`;
    });
  return `# Gloss notes\n\n${sections.join('\n\n')}\n`;
}

export type ParsedImport = { ok: true; notes: Note[] } | { ok: false; errors: string[] };

/**
 * Reads an export file. Every problem is reported with where it is, so the
 * reader can fix the file; nothing is applied unless there are none.
 */
export function parseImport(text: string, knownEntities: ReadonlySet<string>): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [`The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB.`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not JSON: ${(error as Error).message}`] };
  }
  const result = v.safeParse(ExportSchema, json);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => {
        const path = v.getDotPath(issue);
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  result.output.notes.forEach((note, i) => {
    if (seen.has(note.id)) errors.push(`notes.${i}.id: "${note.id}" appears more than once`);
    seen.add(note.id);
    if (!knownEntities.has(note.entity))
      errors.push(`notes.${i}.entity: "${note.entity}" is not an entity Gloss knows`);
    if (note.updatedAt < note.createdAt) errors.push(`notes.${i}.updatedAt: is before createdAt`);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, notes: result.output.notes };
}

export interface ImportPreview {
  added: Note[];
  changed: Note[];
  unchanged: number;
}

/** What applying `incoming` to `existing` would do. */
export function previewImport(existing: readonly Note[], incoming: readonly Note[]): ImportPreview {
  const byId = new Map(existing.map((n) => [n.id, n]));
  const preview: ImportPreview = { added: [], changed: [], unchanged: 0 };
  for (const note of incoming) {
    const current = byId.get(note.id);
    if (!current) preview.added.push(note);
    else if (JSON.stringify(current) !== JSON.stringify({ ...current, ...note })) preview.changed.push(note);
    else preview.unchanged++;
  }
  return preview;
}
