/**
 * Notes as the browser's synced storage holds them (pure): a note ⇄ its
 * items, a deletion as a tombstone, and which notes fit in the space the
 * browser gives an extension. The browser side is
 * entrypoints/background/notes-sync.ts.
 *
 * Chrome and Firefox hold 102,400 bytes in all, 8,192 an item and 512
 * items, an item's size being its key's length plus its value's JSON (UTF-8
 * bytes, with Chrome's escapes: `jsonBytes`). A note is one head item, and more pieces
 * when its text does not fit in one.
 */
import * as v from 'valibot';
import { IsoDate, NoteSchema, pageAddress, type Note } from './notes';

export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_ITEMS = 512;
/**
 * Left to the preferences item (settings/settings-store.ts, a few hundred
 * bytes today) and anything else Gloss keeps in synced storage, whichever is
 * larger: notes never take the room the reader's settings need.
 */
export const RESERVED_BYTES = 2_048;
export const RESERVED_ITEMS = 8;
/** A deletion travels this long; a device offline for longer may bring the note back (nothing is lost). */
export const TOMBSTONE_DAYS = 30;

const HEAD = 'gn:';
const PIECE = 'gp:';
const GONE = 'gx:';

/**
 * What a head item holds: the note, the first piece of its text, how many
 * pieces follow, and the versions it was edited from (notes/sync-merge.ts).
 */
interface Head {
  e: string;
  c: string;
  u: string;
  p: string;
  ti: string;
  h: string[];
  t: string;
  n: number;
}
/**
 * A further piece of a note's text, with the version it belongs to, which
 * its key names too (`pieceKey`): the browser's sync resolves a conflict
 * item by item, so two devices writing one note at once must never write
 * the same piece key for different versions, or one's head would end with
 * the other's pieces.
 */
interface Piece {
  u: string;
  t: string;
}
/** A deleted note: when, and the versions deleted (the note's last, and those it descends from). */
interface Gone {
  d: string;
  v: string[];
}

export type SyncItems = Record<string, unknown>;

/** The storage area notes sync through: `browser.storage.sync`, or a stand-in in tests. */
export interface SyncArea {
  get(): Promise<SyncItems>;
  set(items: SyncItems): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;
/**
 * A value's JSON as Chrome counts it (Chromium's `base/json/string_escape.cc`):
 * as JavaScript writes it, but `<` written `\u003C` and U+2028 and U+2029
 * written `\u2028` and `\u2029`, six bytes each. Other characters are
 * written alike, or (a lone surrogate) larger here: the larger count.
 */
const jsonBytes = (value: unknown): number =>
  bytes(
    JSON.stringify(value).replace(
      /[<\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ),
  );
export const itemBytes = (key: string, value: unknown): number => bytes(key) + jsonBytes(value);
export const itemsBytes = (items: SyncItems): number =>
  Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);

/** The key of piece `i` (from 1) of a version of a note: `gp:<i>.<version, base 36 ms>:<id>`. */
const pieceKey = (id: string, version: string, i: number): string =>
  `${PIECE}${i}.${Date.parse(version).toString(36)}:${id}`;

/** A value's JSON with every object's keys sorted: Chrome answers them sorted, whatever order they were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** A deleted note's item: ids and versions, no text. */
export const isTombstoneKey = (key: string): boolean => key.startsWith(GONE);
/** Whether a key is one of the notes' (anything else, the preferences, is left alone). */
export const isNoteKey = (key: string): boolean =>
  key.startsWith(HEAD) || key.startsWith(PIECE) || key.startsWith(GONE);

/** The id of the note a note key belongs to. */
export const noteKeyId = (key: string): string =>
  key.startsWith(PIECE) ? key.slice(key.indexOf(':', PIECE.length) + 1) : key.slice(HEAD.length);

/**
 * Notes whose items are in synced storage but cannot be read yet: pieces
 * still on their way (the browser's sync may bring a note's items one by
 * one), or items Gloss did not write. They are left as they are, and their
 * bytes counted as taken.
 */
export function unsettledIds(all: SyncItems, synced: Synced): Set<string> {
  const ids = Object.keys(all).filter(isNoteKey).map(noteKeyId);
  return new Set(ids.filter((id) => !synced.notes.has(id) && !synced.gone.has(id)));
}

/** Room left in each item under the limit: counts rounded, keys' lengths vary. */
const ITEM_MARGIN = 64;

/** Splits `text` so that each part, as JSON, takes at most `first` bytes, then `rest` bytes each. */
function split(text: string, first: number, rest: number): string[] {
  const parts: string[] = [];
  let part = '';
  let size = 0;
  let room = first;
  // By code point, so that no surrogate pair is cut in two.
  for (const char of text) {
    const cost = jsonBytes(char) - 2;
    if (size + cost > room) {
      parts.push(part);
      part = '';
      size = 0;
      room = rest;
    }
    part += char;
    size += cost;
  }
  parts.push(part);
  return parts;
}

/** A note's items: its head, then the further pieces of a long text. */
export function noteItems(note: Note, ancestors: readonly string[] = []): SyncItems {
  const empty: Head = {
    e: note.entity,
    c: note.createdAt,
    u: note.updatedAt,
    p: note.pageUrl,
    ti: note.pageTitle,
    h: [...ancestors],
    t: '',
    n: 99,
  };
  const headRoom = QUOTA_BYTES_PER_ITEM - ITEM_MARGIN - itemBytes(HEAD + note.id, empty);
  const pieceRoom =
    QUOTA_BYTES_PER_ITEM -
    ITEM_MARGIN -
    itemBytes(pieceKey(note.id, note.updatedAt, 99), { u: note.updatedAt, t: '' });
  const [first = '', ...rest] = split(note.text, headRoom, pieceRoom);
  const items: SyncItems = { [HEAD + note.id]: { ...empty, t: first, n: rest.length } satisfies Head };
  rest.forEach(
    (t, i) => (items[pieceKey(note.id, note.updatedAt, i + 1)] = { u: note.updatedAt, t } satisfies Piece),
  );
  return items;
}

export const tombstoneKey = (id: string): string => GONE + id;
/**
 * A deletion: when, and which versions. It deletes a note only while the
 * note is one of these versions: an edit the deleting device never saw is
 * kept.
 */
export interface Deletion {
  at: string;
  versions: string[];
}
export const tombstoneItem = (id: string, { at, versions }: Deletion): SyncItems => ({
  [tombstoneKey(id)]: { d: at, v: versions } satisfies Gone,
});

export interface Synced {
  /** Notes whose items are all there, for the same version. */
  notes: Map<string, Note>;
  /** Deleted notes' ids, when they were deleted, and which versions. */
  gone: Map<string, Deletion>;
  /** The versions each note was edited from. */
  history: Map<string, string[]>;
}

const HeadSchema = v.object({
  e: v.string(),
  c: v.string(),
  u: v.string(),
  p: v.string(),
  ti: v.string(),
  h: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20)),
  t: v.string(),
  n: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
});
const PieceSchema = v.object({ u: v.string(), t: v.string() });
/** A deletion's date is checked as a note's (none past tomorrow), and it names the versions it deleted. */
const GoneSchema = v.object({
  d: IsoDate,
  v: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.minLength(1), v.maxLength(20)),
});

/**
 * The notes and deletions in what synced storage holds. Anything malformed is
 * skipped: a page's process can write to this area too, so what comes back
 * is checked as an imported note is. A note whose pieces have not all
 * arrived (the browser's sync may bring items one by one) waits for them.
 */
export function readSynced(all: SyncItems): Synced {
  const synced: Synced = { notes: new Map(), gone: new Map(), history: new Map() };
  for (const [key, value] of Object.entries(all)) {
    if (isTombstoneKey(key)) {
      const gone = v.safeParse(GoneSchema, value);
      if (gone.success)
        synced.gone.set(key.slice(GONE.length), { at: gone.output.d, versions: gone.output.v });
    }
    if (!key.startsWith(HEAD)) continue;
    const head = v.safeParse(HeadSchema, value);
    if (!head.success) continue;
    const { e, c, u, p, ti, h, t, n } = head.output;
    const id = key.slice(HEAD.length);
    const pieces = Array.from({ length: n }, (_, i) => v.safeParse(PieceSchema, all[pieceKey(id, u, i + 1)]));
    if (!pieces.every((p) => p.success && p.output.u === u)) continue;
    const text = t + pieces.map((p) => (p.success ? p.output.t : '')).join('');
    // Checked as an imported note is, its length included.
    const note = v.safeParse(NoteSchema, {
      id,
      entity: e,
      text,
      createdAt: c,
      updatedAt: u,
      pageUrl: p,
      pageTitle: ti,
    });
    if (!note.success) continue;
    // Origin and path only, as every note keeps it, whoever wrote the item.
    synced.notes.set(id, { ...note.output, pageUrl: pageAddress(note.output.pageUrl) });
    synced.history.set(id, h);
  }
  return synced;
}

/**
 * The room notes have: the quota less what else synced storage holds (notes
 * not yet readable included), or the reserve, whichever is more.
 */
export function roomForNotes(
  all: SyncItems,
  unsettled: ReadonlySet<string> = new Set(),
): { bytes: number; items: number } {
  const others = Object.entries(all).filter(([key]) => !isNoteKey(key) || unsettled.has(noteKeyId(key)));
  const otherBytes = others.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  return {
    bytes: QUOTA_BYTES - Math.max(RESERVED_BYTES, otherBytes + 512),
    items: MAX_ITEMS - Math.max(RESERVED_ITEMS, others.length + 2),
  };
}

export interface SyncPlan {
  /** Every item notes should have in synced storage. */
  items: SyncItems;
  bytes: number;
  synced: string[];
  /** Notes kept on this device only: the newest, from the first that did not fit, and edits that did not. */
  localOnly: string[];
}

/**
 * What synced storage should hold: every deletion younger than
 * `TOMBSTONE_DAYS` (small, and first: a deleted note must not come back),
 * then the notes synced storage already holds (`current`), then the others
 * oldest first while they fit. From the first of those that does not fit,
 * that note and every newer one stay on this device only. A note already in
 * synced storage is never taken out for room (devices with different notes
 * would take each other's out, and write them back, forever): only a
 * deletion or a new version replaces it, and a new version that does not
 * fit leaves the one there as it is, this device's staying here. The notes
 * `leave` names (not yet readable there) are neither planned nor counted.
 */
export function planSync(
  notes: readonly Note[],
  ancestors: ReadonlyMap<string, readonly string[]>,
  gone: ReadonlyMap<string, Deletion>,
  room: { bytes: number; items: number },
  now: number,
  current: SyncItems = {},
  leave: ReadonlySet<string> = new Set(),
): SyncPlan {
  const plan: SyncPlan = { items: {}, bytes: 0, synced: [], localOnly: [] };
  const add = (items: SyncItems) => {
    Object.assign(plan.items, items);
    plan.bytes += itemsBytes(items);
  };
  const fits = (items: SyncItems) => {
    const count = Object.keys(plan.items).length + Object.keys(items).length;
    if (plan.bytes + itemsBytes(items) > room.bytes || count > room.items) return false;
    add(items);
    return true;
  };
  const oldest = new Date(now - TOMBSTONE_DAYS * 86_400_000).toISOString();
  const deletions = [...gone]
    .filter(([id, d]) => d.at >= oldest && !leave.has(id))
    .sort((a, b) => b[1].at.localeCompare(a[1].at));
  for (const [id, deletion] of deletions) if (!fits(tombstoneItem(id, deletion))) break;
  const there = new Map<string, SyncItems>();
  for (const [key, value] of Object.entries(current))
    if (!isTombstoneKey(key)) there.set(noteKeyId(key), { ...there.get(noteKeyId(key)), [key]: value });
  const ordered = notes
    .filter((n) => !leave.has(n.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const local = new Set<string>();
  for (const note of ordered.filter((n) => there.get(n.id)?.[HEAD + n.id] !== undefined)) {
    const items = noteItems(note, ancestors.get(note.id));
    if (fits(items)) continue;
    add(there.get(note.id)!);
    // Past the room as counted here, yet there already as it is here: synced all the same.
    if (canonical(there.get(note.id)) !== canonical(items)) local.add(note.id);
  }
  let full = false;
  for (const note of ordered.filter((n) => there.get(n.id)?.[HEAD + n.id] === undefined))
    if (full || !fits(noteItems(note, ancestors.get(note.id)))) {
      full = true;
      local.add(note.id);
    }
  for (const note of ordered) (local.has(note.id) ? plan.localOnly : plan.synced).push(note.id);
  return plan;
}

/** The writes that turn `current` into `wanted`, leaving other items, and the notes `leave` names, as they are. */
export function diffItems(
  current: SyncItems,
  wanted: SyncItems,
  leave: ReadonlySet<string> = new Set(),
): { set: SyncItems; remove: string[] } {
  const set: SyncItems = {};
  for (const [key, value] of Object.entries(wanted))
    if (!leave.has(noteKeyId(key)) && canonical(current[key]) !== canonical(value)) set[key] = value;
  const remove = Object.keys(current).filter(
    (key) => isNoteKey(key) && !(key in wanted) && !leave.has(noteKeyId(key)),
  );
  return { set, remove };
}
