/**
 * The one contract between Gloss's contexts, in one table: for each request
 * to the background, its schema (checked on arrival), who may send it, and
 * the type of its answer.
 *
 * Senders are of two kinds. A content script lives inside a web page: a
 * compromised page renderer could speak for it, so it may only report what
 * it found and ask for the card frame. Gloss's own pages (popup, options,
 * notebook, reader, and the card frame inside web pages) run in the
 * extension's origin, out of any page's reach: only they read and write
 * notes, cards and other tabs' state.
 */
import { MAX_ID_CHARS, MAX_TIME_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';
import * as v from 'valibot';
import type { EntityCard } from '../card/card-content';
import { MAX_NOTES, MAX_STORED_CHARS, NoteSchema, type Note } from '../notes/notes';
import type { SavedNote } from '../notes/notes-db';
import { SettingsChangeSchema } from '../settings/settings-change';
import type { FoundMatch } from '../matching/finding';

/** A content script in a web page, or one of Gloss's own pages. */
export type SenderKind = 'content' | 'page';

/** Names a request's answer type in the table; there is no value behind it. */
interface Answer<R> {
  readonly answer?: R;
}
// Marked free of side effects so that bundles which only parse `reveal` (the content script) leave the table out.
/* @__NO_SIDE_EFFECTS__ */
function answers<R>(): Answer<R> {
  return {};
}

/** The most text one piece of a `places` request carries: a long page's text goes in pieces, each with a little around it. */
export const MAX_PIECE_TEXT = 70_000;
/** The most text one `places` request carries in all, and the most pieces. */
export const MAX_PLACES_TEXT = 250_000;
export const MAX_PIECES = 2_000;
/** The longest run of words matched: one longer (a giant text node) is matched in its first this many characters. */
export const MAX_RUN_TEXT = 60_000;
/** The most text one `matches` request carries, and the most runs. */
export const MAX_RUNS_TEXT = 250_000;
export const MAX_RUNS = 2_000;

const EntityId = v.pipe(v.string(), v.maxLength(MAX_ID_CHARS));
const NoteId = v.pipe(v.string(), v.maxLength(MAX_ID_CHARS));
export interface TabState {
  url?: string;
  enabled: boolean;
  /** Marks per entity id, summed over the tab's frames. */
  counts: Record<string, number>;
  /** Some frame has so many mentions that past its cap only first mentions are marked. */
  capped: boolean;
}

/** A storage operation either worked or says, in the reader's terms, what to do. */
export type Stored<T> = { ok: true; value: T } | { ok: false; error: string };

export const REQUESTS = {
  /** A frame reports what it marked (empty when Gloss is off there), and whether its cap left mentions unmarked. */
  found: {
    from: 'content',
    schema: v.object({
      type: v.literal('found'),
      enabled: v.boolean(),
      counts: v.pipe(v.record(EntityId, v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxEntries(1000)),
      capped: v.boolean(),
    }),
    response: answers<null>(),
  },
  /**
   * A frame inside a page asks which site the reader is on: it decides on/off
   * and "Not this here" for the frame too. Only the site: a frame (an ad from
   * anywhere) must not learn the page's path, query or title.
   */
  topSite: {
    from: 'content',
    schema: v.object({ type: v.literal('topSite') }),
    response: answers<string | null>(),
  },
  /** Pieces of a page's text: where in [from, to) of each the run of words is worth reading (matching/finding.ts). */
  places: {
    from: 'content',
    schema: v.object({
      type: v.literal('places'),
      pieces: v.pipe(
        v.array(
          v.object({
            text: v.pipe(v.string(), v.maxLength(MAX_PIECE_TEXT)),
            from: v.pipe(v.number(), v.integer(), v.minValue(0)),
            to: v.pipe(v.number(), v.integer(), v.minValue(0)),
          }),
        ),
        v.maxLength(MAX_PIECES),
        v.check((pieces) => pieces.reduce((sum, p) => sum + p.text.length, 0) <= MAX_PLACES_TEXT),
      ),
    }),
    response: answers<number[][]>(),
  },
  /** The runs of words a page read at those places: the matches in each. */
  matches: {
    from: 'content',
    schema: v.object({
      type: v.literal('matches'),
      texts: v.pipe(
        v.array(v.pipe(v.string(), v.maxLength(MAX_RUN_TEXT))),
        v.maxLength(MAX_RUNS),
        v.check((texts) => texts.reduce((sum, text) => sum + text.length, 0) <= MAX_RUNS_TEXT),
      ),
    }),
    response: answers<FoundMatch[][]>(),
  },
  /** A frame's reader reached for a mention: the background injects the card frame's host into it. */
  cardFrame: {
    from: 'content',
    schema: v.object({ type: v.literal('cardFrame') }),
    response: answers<null>(),
  },
  /** The card frame a content script made must be let serve: a token for it to redeem (background/card-tokens.ts). */
  cardToken: {
    from: 'content',
    schema: v.object({ type: v.literal('cardToken') }),
    response: answers<string>(),
  },
  /** The card frame proves the port it was handed came from Gloss in its tab. */
  redeemCardToken: {
    from: 'page',
    schema: v.object({
      type: v.literal('redeemCardToken'),
      token: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)),
    }),
    response: answers<boolean>(),
  },
  /** One change to the reader's settings; answers a note to show ("Already off: …"), if any. */
  changeSettings: {
    from: 'page',
    schema: v.object({ type: v.literal('changeSettings'), change: SettingsChangeSchema }),
    response: answers<Stored<string | null>>(),
  },
  /** The card frame asks which page its tab is on, to keep with notes: known from the sender, never from the page. */
  cardPage: {
    from: 'page',
    schema: v.object({ type: v.literal('cardPage') }),
    response: answers<{ url: string; title: string } | null>(),
  },
  getCard: {
    from: 'page',
    schema: v.object({ type: v.literal('getCard'), entity: EntityId }),
    response: answers<EntityCard | null>(),
  },
  getTabState: {
    from: 'page',
    schema: v.object({ type: v.literal('getTabState'), tabId: v.pipe(v.number(), v.integer()) }),
    response: answers<TabState>(),
  },
  listNotes: {
    from: 'page',
    schema: v.object({ type: v.literal('listNotes'), entity: EntityId }),
    response: answers<Stored<Note[]>>(),
  },
  /** Creates a note (no id) or changes its text. */
  saveNote: {
    from: 'page',
    schema: v.object({
      type: v.literal('saveNote'),
      id: v.optional(NoteId),
      /** The `updatedAt` the editor last saw: a newer note is not overwritten. */
      base: v.optional(v.pipe(v.string(), v.maxLength(MAX_TIME_CHARS))),
      entity: EntityId,
      text: v.pipe(v.string(), v.maxLength(MAX_STORED_CHARS)),
      pageUrl: v.pipe(v.string(), v.maxLength(MAX_URL_CHARS)),
      pageTitle: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)),
    }),
    response: answers<Stored<SavedNote>>(),
  },
  /** Answers the deleted note as it was (null: there was none), so that the reader can undo. */
  deleteNote: {
    from: 'page',
    schema: v.object({ type: v.literal('deleteNote'), id: NoteId }),
    response: answers<Stored<Note | null>>(),
  },
  /** Undo: puts back a note `deleteNote` answered, as it was; a note stored under its id since is kept. */
  restoreNote: {
    from: 'page',
    schema: v.object({ type: v.literal('restoreNote'), note: NoteSchema }),
    response: answers<Stored<null>>(),
  },
  allNotes: {
    from: 'page',
    schema: v.object({ type: v.literal('allNotes') }),
    response: answers<Stored<Note[]>>(),
  },
  /** Notes already checked by `parseImport`; checked again on arrival. */
  importNotes: {
    from: 'page',
    schema: v.object({
      type: v.literal('importNotes'),
      notes: v.pipe(v.array(NoteSchema), v.maxLength(MAX_NOTES)),
    }),
    response: answers<Stored<null>>(),
  },
  /** Notes sync through the browser on this device, or not (entrypoints/background/notes-sync.ts). */
  setNotesSync: {
    from: 'page',
    schema: v.object({ type: v.literal('setNotesSync'), on: v.boolean() }),
    response: answers<null>(),
  },
  /** The reader has been told that the newest notes stay on this device only: not again. */
  notesSyncTold: {
    from: 'page',
    schema: v.object({ type: v.literal('notesSyncTold') }),
    response: answers<null>(),
  },
} satisfies Record<string, { from: SenderKind; schema: v.GenericSchema; response: Answer<unknown> }>;

type Table = typeof REQUESTS;
export type RequestType = keyof Table;
export type RequestOf<K extends RequestType> = v.InferOutput<Table[K]['schema']>;
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];
export type ResponseOf<K extends RequestType> = Table[K]['response'] extends Answer<infer R> ? R : never;

/** What the browser says about who sent a message. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:'];

/** One of Gloss's own pages: served from the extension (its card frame's dynamic URL included). */
export function isGlossPage(sender: SenderInfo, ownId: string): boolean {
  if (sender.id !== ownId || !sender.url) return false;
  return EXTENSION_SCHEMES.some((scheme) => sender.url!.startsWith(`${scheme}//`));
}

/** A content script of Gloss's, in a web page's tab. */
function isContentScript(sender: SenderInfo, ownId: string): boolean {
  return sender.id === ownId && sender.tab !== undefined && !isGlossPage(sender, ownId);
}

export type Parsed<T> = { ok: true; request: T } | { ok: false; error: string };

/* eslint-disable i18next/no-literal-string -- answers to senders outside Gloss and to bugs, read by developers in the console, never shown to a reader */
/** Validates a message to the background, and that its sender may send it. */
export function parseRequest(message: unknown, sender: SenderInfo, ownId: string): Parsed<Request> {
  if (sender.id !== ownId) return { ok: false, error: 'Message from outside Gloss ignored' };
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type))
    return { ok: false, error: `Malformed message: unknown type ${JSON.stringify(type)}` };
  const { from, schema } = REQUESTS[type as RequestType];
  const allowed = from === 'page' ? isGlossPage(sender, ownId) : isContentScript(sender, ownId);
  if (!allowed) return { ok: false, error: `Refused ${type} from ${sender.url ?? 'an unknown sender'}` };
  const result = v.safeParse(schema, message);
  if (!result.success) return { ok: false, error: `Malformed message: ${v.summarize(result.issues)}` };
  return { ok: true, request: result.output as Request };
}
/* eslint-enable i18next/no-literal-string */

/**
 * Notes being written, sent over a port to the background on every change:
 * when the page holding a card goes away mid-sentence (tab closed, crash),
 * the port's end tells the background, which keeps what was typed. Notes
 * are named by the id their editor chose, so keeping one twice is one note.
 */
export const DRAFTS_PORT = 'gloss-drafts';
/**
 * A page's questions to the background's finding (`places`, `matches`), and
 * what it marked (`found`), over one port the content script keeps: a
 * message on it costs the page a fraction of a `sendMessage`, which opens a
 * channel each time. Each question carries a number its answer echoes.
 */
export const FINDER_PORT = 'gloss-finder';
export type FinderRequest = RequestOf<'places'> | RequestOf<'matches'> | RequestOf<'found'>;
export interface FinderQuestion {
  id: number;
  request: FinderRequest;
}
/** The answer to question `id` (the request's `ResponseOf`); none when the question was refused. */
export interface FinderAnswer {
  id: number;
  answer?: unknown;
}

export const DraftSchema = v.variant('type', [
  v.object({
    type: v.literal('draft'),
    id: NoteId,
    /** When it was typed: a note saved later is newer than the draft. */
    at: v.pipe(v.string(), v.maxLength(MAX_TIME_CHARS)),
    entity: EntityId,
    text: v.pipe(v.string(), v.maxLength(MAX_STORED_CHARS)),
    pageUrl: v.pipe(v.string(), v.maxLength(MAX_URL_CHARS)),
    pageTitle: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)),
  }),
  /** The note is saved as it stands: its draft can go. */
  v.object({ type: v.literal('settle'), id: NoteId }),
  /** The note was deleted: nothing to keep. */
  v.object({ type: v.literal('forget'), id: NoteId }),
]);
export type DraftMessage = v.InferOutput<typeof DraftSchema>;

/** From the popup to the content script of one tab: scroll to the next mention of the entity and flash it. */
export const RevealSchema = v.object({ type: v.literal('reveal'), entity: EntityId });
export type Reveal = v.InferOutput<typeof RevealSchema>;

/* eslint-disable i18next/no-literal-string -- answers to senders outside Gloss and to bugs, read by developers in the console, never shown to a reader */
/** Validates a message to a content script: only Gloss's own pages may ask it anything. */
export function parseReveal(message: unknown, sender: SenderInfo, ownId: string): Parsed<Reveal> {
  if (!isGlossPage(sender, ownId)) return { ok: false, error: 'Message from outside Gloss ignored' };
  const result = v.safeParse(RevealSchema, message);
  if (!result.success) return { ok: false, error: `Malformed message: ${v.summarize(result.issues)}` };
  return { ok: true, request: result.output };
}
/* eslint-enable i18next/no-literal-string */

/**
 * The content script and the card frame talk over a `MessagePort` handed to
 * the frame once, when it loads (see card/card-frame.ts); nothing else can
 * post to it.
 */
export type ToCard =
  /** The reader is heading for a mention: fetch its card now. */
  | { type: 'prefetch'; entity: string }
  | {
      type: 'show';
      /** Echoed in `shown`: only the latest request counts. */
      ticket: number;
      entity: string;
      /** The page's text that was matched. */
      matched: string;
    }
  | { type: 'focus' }
  | { type: 'hide' };

export type FromCard =
  /** The card for `ticket` is rendered (`height` 0: no such card). */
  | { type: 'shown'; ticket: number; height: number }
  | { type: 'size'; height: number }
  | { type: 'pointer'; over: boolean }
  /** The reader clicked or typed in the card: it stays. */
  | { type: 'pin' }
  | { type: 'escape' }
  /** The card closed itself ("Not this here"). */
  | { type: 'close' }
  /** The background did not vouch for the token the port came with: the frame serves nothing. */
  | { type: 'refused' };
