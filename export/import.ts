/**
 * Reading a file the reader imports: a Gloss export (notes-export.ts `exportJson`)
 * or W3C Web Annotations (web-annotation.ts). Every problem is reported with
 * where it is in the file, so the reader can fix it; nothing is applied
 * unless there are none. Pure (but for the words of its messages and the
 * reading of the file).
 */
import * as v from 'valibot';
import { IsoDate, MAX_NOTES, NoteSchema, inReadersWords, type Note } from '../notes/notes';
import { EXPORT_FORMAT, EXPORT_VERSION } from './notes-export';
import { t } from '../i18n/i18n';
import { ANNOTATION_FIELDS, isWebAnnotationFile, readWebAnnotations } from './web-annotation';

/** In UTF-8 bytes, as a file's size counts them. */
export const MAX_IMPORT_BYTES = 5_000_000;

export type ParsedImport = { ok: true; notes: Note[] } | { ok: false; errors: string[] };

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT, () => t('import.notAnExport', { format: EXPORT_FORMAT })),
  version: v.literal(EXPORT_VERSION, () => t('import.wrongVersion', { version: EXPORT_VERSION })),
  exportedAt: IsoDate,
  notes: v.pipe(
    v.array(v.unknown()),
    v.maxLength(MAX_NOTES, () => t('import.tooManyNotes', { max: MAX_NOTES })),
  ),
});

const withPath = (path: string, message: string) => (path ? `${path}: ${message}` : message);

const tooLarge = (): ParsedImport => ({
  ok: false,
  errors: [t('import.tooLarge', { max: MAX_IMPORT_BYTES / 1_000_000 })],
});

/** Reads a file the reader chose; one over `MAX_IMPORT_BYTES` is refused by its size, before any of it is read. */
export async function readImportFile(file: Blob, knownEntities: ReadonlySet<string>): Promise<ParsedImport> {
  if (file.size > MAX_IMPORT_BYTES) return tooLarge();
  return parseImport(await file.text(), knownEntities);
}

/**
 * Whether a text is over `MAX_IMPORT_BYTES` in UTF-8, as its file's size
 * counts it (not in UTF-16 units, which count "Гуайдо" as 6, not 12). Every
 * unit is at least a byte, so a text longer in units is refused unencoded.
 */
const isTooLarge = (text: string) =>
  text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;

export function parseImport(text: string, knownEntities: ReadonlySet<string>): ParsedImport {
  if (isTooLarge(text)) return tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [t('import.notJson', { reason: (error as Error).message })] };
  }
  if (isWebAnnotationFile(json)) {
    const read = readWebAnnotations(json);
    if (!read.ok) return read;
    if (read.notes.length > MAX_NOTES)
      return { ok: false, errors: [t('import.tooManyAnnotations', { max: MAX_NOTES })] };
    return checkNotes(
      read.notes,
      knownEntities,
      (i, field) => `${read.paths[i]}.${ANNOTATION_FIELDS[field]}`,
    );
  }
  const file = v.safeParse(ExportSchema, json, inReadersWords);
  if (!file.success)
    return { ok: false, errors: file.issues.map((i) => withPath(v.getDotPath(i) ?? '', i.message)) };
  return checkNotes(file.output.notes, knownEntities, (i, field) => `notes.${i}.${field}`);
}

/**
 * Checks what a file holds as notes: each as a note must be, then the file
 * as a whole (no id twice, only entities Gloss knows, no edit before its
 * note was written). `where` names a note's field in the file.
 */
function checkNotes(
  candidates: readonly unknown[],
  knownEntities: ReadonlySet<string>,
  where: (i: number, field: keyof Note) => string,
): ParsedImport {
  const notes: Note[] = [];
  const errors: string[] = [];
  candidates.forEach((candidate, i) => {
    const note = v.safeParse(NoteSchema, candidate, inReadersWords);
    if (note.success) notes.push(note.output);
    else
      for (const issue of note.issues) {
        const field = issue.path?.[0]?.key as keyof Note | undefined;
        errors.push(withPath(field ? where(i, field) : where(i, 'id').replace(/\.id$/, ''), issue.message));
      }
  });
  if (errors.length > 0) return { ok: false, errors };
  const seen = new Set<string>();
  notes.forEach((note, i) => {
    if (seen.has(note.id)) errors.push(`${where(i, 'id')}: ${t('import.twice', { id: note.id })}`);
    seen.add(note.id);
    if (!knownEntities.has(note.entity))
      errors.push(`${where(i, 'entity')}: ${t('import.unknownEntity', { entity: note.entity })}`);
    if (note.updatedAt < note.createdAt)
      errors.push(`${where(i, 'updatedAt')}: ${t('import.editedBeforeWritten')}`);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, notes };
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
