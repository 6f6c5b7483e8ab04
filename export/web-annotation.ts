/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
 * the JSON-LD that Hypothesis, Zotero and other annotation tools read: each
 * note an `Annotation` commenting on the entity it is about (a stable Gloss
 * URI) and, where it was written on a page, on that page too. Read back by
 * `parseImport` (export/import.ts). Pure (but for the words of its messages).
 */
import * as v from 'valibot';
import { inReadersWords, type Note } from '../notes/notes';
import { ENTITY_URI, entityUri } from './notes-export';
import { t } from '../i18n/i18n';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const NOTE_URI = 'urn:gloss:note:';

/** One note as an Annotation. */
function annotationOf(note: Note, nameOf: (entity: string) => string) {
  const entity = { id: entityUri(note.entity), label: nameOf(note.entity) };
  return {
    '@context': ANNO_CONTEXT,
    id: NOTE_URI + encodeURIComponent(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    body: { type: 'TextualBody', value: note.text, format: 'text/plain' },
    target: note.pageUrl
      ? [
          entity,
          {
            type: 'SpecificResource',
            source: { id: note.pageUrl, type: 'Text', ...(note.pageTitle && { label: note.pageTitle }) },
          },
        ]
      : entity,
  };
}

/** Every note, as one AnnotationCollection of one page: a file a reader keeps or hands to another tool. */
export function exportWebAnnotations(
  notes: readonly Note[],
  nameOf: (entity: string) => string,
  now = new Date(),
): string {
  const items = notes.map((n) => annotationOf(n, nameOf));
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: t('markdown.annotations', { date: now.toISOString() }),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2);
}

const Text = v.pipe(v.string(), v.maxLength(100_000));
const Resource = v.union([Text, v.looseObject({ id: Text, label: v.optional(Text) })]);
const Body = v.looseObject({ type: v.literal('TextualBody'), value: Text });
const Target = v.union([Resource, v.looseObject({ type: v.literal('SpecificResource'), source: Resource })]);
const AnnotationSchema = v.looseObject({
  id: Text,
  type: v.union([v.literal('Annotation'), v.pipe(v.array(Text), v.includes('Annotation'))]),
  created: Text,
  modified: v.optional(Text),
  body: v.union([Body, v.pipe(v.array(Body), v.minLength(1))], () => t('import.noBody')),
  target: v.union([Target, v.pipe(v.array(Target), v.minLength(1))]),
});
const MAX_ANNOTATIONS = 100_000;
const FileSchema = v.union(
  [
    v.looseObject({
      type: v.literal('AnnotationCollection'),
      first: v.looseObject({ items: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ANNOTATIONS)) }),
    }),
    v.looseObject({ type: v.union([v.literal('Annotation'), v.array(v.string())]) }),
    v.pipe(v.array(v.unknown()), v.maxLength(MAX_ANNOTATIONS)),
  ],
  () => t('import.notAnnotations'),
);

/** Whether a parsed JSON file is Web Annotation JSON-LD rather than a Gloss export. */
export function isWebAnnotationFile(json: unknown): boolean {
  const context = (json as { '@context'?: unknown } | null)?.['@context'];
  const first = Array.isArray(json)
    ? (json[0] as { '@context'?: unknown } | undefined)?.['@context']
    : undefined;
  return [context, first].some((c) => c === ANNO_CONTEXT || (Array.isArray(c) && c.includes(ANNO_CONTEXT)));
}

/** Where each note field comes from in an annotation: for messages that point into the file. */
export const ANNOTATION_FIELDS: Record<keyof Note, string> = {
  id: 'id',
  entity: 'target',
  text: 'body.value',
  createdAt: 'created',
  updatedAt: 'modified',
  pageUrl: 'target.source',
  pageTitle: 'target.source.label',
};

export type ReadAnnotations = { ok: true; notes: Note[]; paths: string[] } | { ok: false; errors: string[] };

const idOf = (resource: v.InferOutput<typeof Resource>) =>
  typeof resource === 'string' ? resource : resource.id;

/** A target that is a part or state of a page (`SpecificResource`), not the page or entity itself. */
const isPage = (
  target: v.InferOutput<typeof Target>,
): target is { type: 'SpecificResource'; source: v.InferOutput<typeof Resource> } =>
  typeof target === 'object' && 'source' in target;

/** The part of a Gloss URI after its prefix, decoded (as it stands when it is not valid percent-encoding). */
function afterPrefix(uri: string, prefix: string): string {
  const rest = uri.slice(prefix.length);
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/**
 * The notes a Web Annotation file holds, not yet checked as notes (the
 * caller checks them as it checks a Gloss export); `paths[i]` is where note
 * `i` is in the file. An annotation that names no Gloss entity is an error:
 * Gloss keeps notes per entity.
 */
export function readWebAnnotations(json: unknown): ReadAnnotations {
  const file = v.safeParse(FileSchema, json, inReadersWords);
  if (!file.success) return { ok: false, errors: [file.issues[0].message] };
  // The annotations, and where each is in the file: a list, a collection's first page, or one alone.
  const out = file.output;
  const [items, pathOf]: [unknown[], (i: number) => string] = Array.isArray(out)
    ? [out, String]
    : 'first' in out
      ? [(out.first as { items: unknown[] }).items, (i) => `first.items.${i}`]
      : [[out], () => 'annotation'];
  const notes: Note[] = [];
  const paths: string[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    const path = pathOf(i);
    const parsed = v.safeParse(AnnotationSchema, item, inReadersWords);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const at = v.getDotPath(issue);
        errors.push(`${path}${at ? `.${at}` : ''}: ${issue.message}`);
      }
      return;
    }
    const a = parsed.output;
    const targets = Array.isArray(a.target) ? a.target : [a.target];
    const entity = targets
      .flatMap((target) => (isPage(target) ? [] : [idOf(target)]))
      .find((id) => id.startsWith(ENTITY_URI));
    if (!entity) {
      errors.push(`${path}.target: ${t('import.noEntity', { prefix: ENTITY_URI })}`);
      return;
    }
    const page = targets.find(isPage);
    const body = Array.isArray(a.body) ? a.body[0]! : a.body;
    notes.push({
      id: a.id.startsWith(NOTE_URI) ? afterPrefix(a.id, NOTE_URI) : a.id,
      entity: afterPrefix(entity, ENTITY_URI),
      text: body.value,
      createdAt: a.created,
      updatedAt: a.modified ?? a.created,
      pageUrl: page ? idOf(page.source) : '',
      pageTitle: page && typeof page.source !== 'string' ? (page.source.label ?? '') : '',
    });
    paths.push(path);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, notes, paths };
}
