/**
 * The one contract between Gloss's contexts. Every message is validated on
 * arrival and answered only when it comes from Gloss itself (its content
 * scripts and extension pages), never from a web page or another extension.
 *
 * - `Request`: to the background (content scripts, popup, options, notebook).
 * - `TabRequest`: from the popup to the content script of one tab.
 */
import * as v from 'valibot';
import type { EntityCard } from './cards';
import { MAX_NOTE_CHARS, MAX_NOTES, NoteSchema, type Note } from './notes';

const EntityId = v.pipe(v.string(), v.maxLength(100));

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('getCard'), entity: EntityId }),
  /** A frame reports what it marked (empty when Gloss is off there). */
  v.object({
    type: v.literal('found'),
    enabled: v.boolean(),
    counts: v.pipe(v.record(EntityId, v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxEntries(1000)),
  }),
  v.object({ type: v.literal('getTabState'), tabId: v.pipe(v.number(), v.integer()) }),
  v.object({ type: v.literal('listNotes'), entity: EntityId }),
  /** Creates a note (no id) or changes its text. */
  v.object({
    type: v.literal('saveNote'),
    id: v.optional(v.pipe(v.string(), v.maxLength(100))),
    entity: EntityId,
    text: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
    pageUrl: v.pipe(v.string(), v.maxLength(4000)),
    pageTitle: v.pipe(v.string(), v.maxLength(1000)),
  }),
  v.object({ type: v.literal('deleteNote'), id: v.pipe(v.string(), v.maxLength(100)) }),
  v.object({ type: v.literal('allNotes') }),
  /** A frame needs the card code (content/card-loader.ts). */
  v.object({ type: v.literal('loadCardUi') }),
  /** Opens the reader page on an article's passage, in a new tab. */
  v.object({
    type: v.literal('openReader'),
    article: v.pipe(v.string(), v.regex(/^\d{3}$/)),
    passage: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** Notes already checked by `parseImport`; checked again on arrival. */
  v.object({ type: v.literal('importNotes'), notes: v.pipe(v.array(NoteSchema), v.maxLength(MAX_NOTES)) }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;

export interface TabState {
  url?: string;
  enabled: boolean;
  /** Marks per entity id, summed over the tab's frames. */
  counts: Record<string, number>;
}

/** A storage operation either worked or says, in the reader's terms, what to do. */
export type Stored<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Responses {
  getCard: EntityCard | null;
  found: null;
  getTabState: TabState;
  listNotes: Stored<Note[]>;
  saveNote: Stored<Note>;
  deleteNote: Stored<null>;
  allNotes: Stored<Note[]>;
  importNotes: Stored<null>;
  openReader: null;
  loadCardUi: null;
}

export const TabRequestSchema = v.variant('type', [
  /** Scroll to the next mention of the entity and flash it. */
  v.object({ type: v.literal('reveal'), entity: EntityId }),
  /** Notes on this entity changed elsewhere: open cards and pages reload them. */
  v.object({ type: v.literal('notesChanged'), entity: EntityId }),
]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export type Parsed<T> = { ok: true; request: T } | { ok: false; error: string };

function parse<S extends v.GenericSchema>(
  schema: S,
  message: unknown,
  senderId: string | undefined,
  ownId: string,
): Parsed<v.InferOutput<S>> {
  if (senderId !== ownId) return { ok: false, error: 'Message from outside Gloss ignored' };
  const result = v.safeParse(schema, message);
  if (!result.success) return { ok: false, error: `Malformed message: ${v.summarize(result.issues)}` };
  return { ok: true, request: result.output };
}

/** Validates a message to the background and who sent it. */
export const parseRequest = (message: unknown, senderId: string | undefined, ownId: string) =>
  parse(RequestSchema, message, senderId, ownId);

/** Validates a message to a content script and who sent it. */
export const parseTabRequest = (message: unknown, senderId: string | undefined, ownId: string) =>
  parse(TabRequestSchema, message, senderId, ownId);

/**
 * Requests that only Gloss's own pages (popup, notebook) may make: reading
 * or replacing every note, and another tab's state. Content scripts live
 * inside web pages, so they are refused them.
 */
const PAGES_ONLY: ReadonlySet<Request['type']> = new Set(['allNotes', 'importNotes', 'getTabState']);

export function allowedFrom(
  request: Request,
  senderUrl: string | undefined,
  extensionOrigin: string,
): boolean {
  return !PAGES_ONLY.has(request.type) || (senderUrl?.startsWith(extensionOrigin) ?? false);
}
