/**
 * Merging what another device synced into this device's notes (pure), by
 * the rules two tabs already follow: each note has a base, the version both
 * sides last agreed on (the `updatedAt` last seen in or written to synced
 * storage). A side that did not change since the base takes the other's; two
 * sides that both changed keep both texts (`mergedText`). A deletion
 * travels as a tombstone naming the versions it deleted, and deletes only
 * those: a note edited where the deleting device did not see it, before or
 * after the deletion and whatever the clocks say, is kept, as nothing the
 * reader wrote is dropped. Synced storage never moves a note to another
 * entity: a version whose entity differs from this device's is not taken.
 */
import { MAX_STORED_CHARS, mergedText, type Note } from './notes';
import { MAX_ID_CHARS } from '../messaging/limits';
import type { Deletion, Synced } from './sync-items';

export interface LocalSyncState {
  notes: ReadonlyMap<string, Note>;
  /**
   * Notes deleted here (or learnt deleted): when, which versions, and
   * whether the tombstone reached synced storage.
   */
  gone: ReadonlyMap<string, { at: string; versions?: readonly string[]; written?: boolean }>;
  /** Per note, the versions this device and synced storage agreed on, newest first (`lineage`). */
  seen: ReadonlyMap<string, readonly string[]>;
}

export interface MergeResult {
  /** Notes to store (new, or newer than what is stored). */
  put: Note[];
  /** Notes to delete, with when they were deleted elsewhere. */
  remove: Map<string, string>;
  /** Tombstones to keep, learnt from elsewhere. */
  gone: Map<string, Deletion>;
  /** Deletions undone here by a newer version from elsewhere. */
  ungone: string[];
  /** New lineages of agreed versions. */
  seen: Map<string, string[]>;
}

/**
 * How many versions a note's lineage keeps: a device that missed more edits
 * than this, unchanged since, takes the latest when its own is older than
 * every version named; one edited since keeps both texts.
 */
export const LINEAGE = 10;

/**
 * A set of versions (`updatedAt`s), newest first, the newest `LINEAGE` only:
 * the same list on every device that knows the same versions.
 */
export const lineage = (...lists: (readonly string[])[]): string[] =>
  [...new Set(lists.flat())].sort().reverse().slice(0, LINEAGE);

/** The versions a note descends from, as this device knows them: a version edited since the last agreed descends from it too. */
export const ancestorsOf = (note: Note, seen: readonly string[] = []): string[] =>
  seen[0] === note.updatedAt ? seen.slice(1) : [...seen];

/** Two versions, the earlier first (by date, then text): the same order on every device. */
const inOrder = (a: Note, b: Note) =>
  [a, b].sort((x, y) => x.updatedAt.localeCompare(y.updatedAt) || x.text.localeCompare(y.text)) as [
    Note,
    Note,
  ];

/**
 * Two versions edited apart whose texts together pass `MAX_STORED_CHARS`, as
 * two notes, on every device alike: the later keeps the note's id, the
 * earlier becomes a note of its own, under an id made from the note's and
 * its date.
 */
function splitVersions(a: Note, b: Note): [Note, Note] {
  const [first, second] = inOrder(a, b);
  const id = `${first.id.slice(0, MAX_ID_CHARS - 12)}.${Date.parse(first.updatedAt).toString(36)}`;
  return [second, { ...first, id }];
}

/**
 * Two versions edited apart, as one: the earlier text, then the later, on
 * every device alike (ordered by date, then text), dated a millisecond after
 * the later, so that both devices that meet the conflict write the same note.
 */
export function mergeVersions(a: Note, b: Note): Note {
  const [first, second] = inOrder(a, b);
  const at = new Date(Date.parse(second.updatedAt) + 1).toISOString();
  return { ...second, createdAt: first.createdAt, text: mergedText(first.text, second.text), updatedAt: at };
}

/**
 * Each synced version carries its own lineage (the versions it was edited
 * from, `history`): a version whose lineage holds this device's is a later
 * edit of it and is taken; a version this device already agreed on is
 * older than ours, which goes out next; otherwise both changed apart.
 */
export function mergeSynced(local: LocalSyncState, remote: Synced): MergeResult {
  const result: MergeResult = { put: [], remove: new Map(), gone: new Map(), ungone: [], seen: new Map() };
  const ids = new Set([...remote.notes.keys(), ...remote.gone.keys()]);
  for (const id of ids) {
    const mine = local.notes.get(id);
    const seen = local.seen.get(id) ?? [];
    const deletion = remote.gone.get(id);
    const deletes = (version: string) => deletion?.versions.includes(version) ?? false;
    let theirs = remote.notes.get(id);
    // Both a version and a deletion synced (two devices wrote at once): the deletion counts if it saw that version.
    if (theirs && deletes(theirs.updatedAt)) theirs = undefined;
    // Synced storage never moves a note to another entity: ours goes out next, over that version.
    if (mine && theirs && theirs.entity !== mine.entity) theirs = undefined;

    if (!theirs) {
      if (deletion === undefined) continue;
      // A version the deleting device did not see (edited here, before or after, or made again under
      // its id) is kept, and the next write brings it back.
      if (mine && !deletes(mine.updatedAt)) continue;
      if (mine) result.remove.set(id, deletion.at);
      if ((local.gone.get(id)?.at ?? '') < deletion.at) result.gone.set(id, deletion);
      continue;
    }
    const theirLineage = lineage([theirs.updatedAt], remote.history.get(id) ?? []);
    if (!mine) {
      const goneHere = local.gone.get(id);
      // Deleted here after that version, and not written yet: the tombstone this device writes wins.
      // Once written, a version without it means another device took it away: an undone deletion.
      if (goneHere && !goneHere.written && (goneHere.versions ?? []).includes(theirs.updatedAt)) continue;
      if (goneHere !== undefined) result.ungone.push(id);
      result.put.push(theirs);
      result.seen.set(id, theirLineage);
      continue;
    }
    const agreed = lineage(seen, theirLineage);
    if (mine.updatedAt === theirs.updatedAt || seen.includes(theirs.updatedAt)) {
      // The same version, or one this device has already moved on from: ours goes out next.
      if (agreed.join() !== seen.join()) result.seen.set(id, agreed);
      continue;
    }
    if (theirLineage.includes(mine.updatedAt)) {
      // A later edit of ours.
      result.put.push(theirs);
      result.seen.set(id, theirLineage);
      continue;
    }
    // Unchanged here since the version last agreed (or never agreed), and older than every version
    // their lineage still holds, which is cut at `LINEAGE`: edited past it elsewhere, taken.
    const unchanged = seen.length === 0 || seen[0] === mine.updatedAt;
    if (unchanged && theirLineage.length >= LINEAGE && mine.updatedAt < theirLineage.at(-1)!) {
      result.put.push(theirs);
      result.seen.set(id, theirLineage);
      continue;
    }
    // Changed apart, too long together for one note: both kept, as two notes.
    if (mine.text !== theirs.text && mergedText(mine.text, theirs.text).length > MAX_STORED_CHARS) {
      const [kept, apart] = splitVersions(mine, theirs);
      if (kept !== mine) result.put.push(kept);
      result.put.push(apart);
      result.seen.set(id, lineage(theirLineage, [mine.updatedAt], seen));
      continue;
    }
    // Changed apart: both texts are kept, and the merged version descends from both.
    const merged =
      mine.text === theirs.text
        ? mine.updatedAt > theirs.updatedAt
          ? mine
          : theirs
        : mergeVersions(mine, theirs);
    if (merged !== mine) result.put.push(merged);
    // What synced storage holds stays the latest agreed version until the merged one is written over it.
    result.seen.set(id, lineage(theirLineage, [mine.updatedAt], seen));
  }
  return result;
}
