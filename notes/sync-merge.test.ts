import { describe, expect, it } from 'vitest';
import { MAX_STORED_CHARS, mergedText, type Note } from './notes';
import { ancestorsOf, lineage, LINEAGE, mergeSynced, mergeVersions, type LocalSyncState } from './sync-merge';

const v = (text: string, updatedAt: string, id = 'n1'): Note => ({
  id,
  entity: 'rosneft',
  text,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
  pageUrl: '',
  pageTitle: '',
});
const T = (s: number) => `2026-01-01T00:00:0${s}.000Z`;

/** This device: its notes, and per note the versions it agreed on with synced storage. */
const local = (notes: Note[], seen: string[] = [], gone: LocalSyncState['gone'] = new Map()) => ({
  notes: new Map(notes.map((n) => [n.id, n])),
  seen: new Map([['n1', seen]]),
  gone,
});
/** Synced storage: versions, each with the versions it was edited from. */
/** Deletions: when, and the versions each deleted. */
const remote = (notes: [Note, string[]][], gone: [string, string, string[]][] = []) => ({
  notes: new Map(notes.map(([n]) => [n.id, n])),
  history: new Map(notes.map(([n, h]) => [n.id, h])),
  gone: new Map(gone.map(([id, at, versions]) => [id, { at, versions }])),
});

describe('mergeSynced', () => {
  it('brings in a note written elsewhere, and a later edit of the version this device has', () => {
    expect(mergeSynced(local([]), remote([[v('A', T(1)), []]])).put).toEqual([v('A', T(1))]);
    const taken = mergeSynced(local([v('A', T(1))], [T(1)]), remote([[v('B', T(2)), [T(1)]]]));
    expect(taken.put).toEqual([v('B', T(2))]);
    expect(taken.seen).toEqual(new Map([['n1', [T(2), T(1)]]]));
  });

  it('takes the latest of several edits made elsewhere, seen only at the end', () => {
    const taken = mergeSynced(local([v('A', T(1))], [T(1)]), remote([[v('C', T(3)), [T(2), T(1)]]]));
    expect(taken.put).toEqual([v('C', T(3))]);
  });

  it('keeps an edit made here over a version it has already moved on from: it goes out next', () => {
    expect(mergeSynced(local([v('mine', T(2))], [T(1)]), remote([[v('A', T(1)), []]])).put).toEqual([]);
  });

  it('keeps both texts when both sides changed, the same on either device', () => {
    const here = mergeSynced(local([v('mine', T(2))], [T(1)]), remote([[v('theirs', T(3)), [T(1)]]]));
    const there = mergeSynced(local([v('theirs', T(3))], [T(1)]), remote([[v('mine', T(2)), [T(1)]]]));
    const both = v(mergedText('mine', 'theirs'), '2026-01-01T00:00:03.001Z');
    expect(here.put).toEqual([both]);
    expect(there.put).toEqual([both]);
    // The merged version descends from both: the other device takes it as a later edit of its own.
    expect(here.seen.get('n1')).toEqual([T(3), T(2), T(1)]);
    expect(mergeVersions(v('a', T(2)), v('b', T(2))).text).toBe(mergedText('a', 'b'));
  });

  it('keeps both texts when a version written elsewhere replaced ours unseen, as the last writer wins there', () => {
    // This device wrote T2 (agreed), the other wrote T3 from T1 without seeing T2.
    const result = mergeSynced(local([v('mine', T(2))], [T(2), T(1)]), remote([[v('theirs', T(3)), [T(1)]]]));
    expect(result.put.map((n) => n.text)).toEqual([mergedText('mine', 'theirs')]);
  });

  it('takes a version edited more than LINEAGE times since the one here, unchanged here, instead of doubling the text', () => {
    const times = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString());
    const later = v('v11', times[11]!);
    const history = times.slice(1, 11).reverse();
    expect(mergeSynced(local([v('v0', times[0]!)], [times[0]!]), remote([[later, history]])).put).toEqual([
      later,
    ]);
    // Imported from the same export on both, never synced here.
    expect(mergeSynced(local([v('v0', times[0]!)]), remote([[later, history]])).put).toEqual([later]);
    // Edited here since: both texts kept.
    const edited = mergeSynced(
      local([v('mine', times[0]!)], ['2025-12-31T00:00:00.000Z']),
      remote([[later, history]]),
    );
    expect(edited.put.map((n) => n.text)).toEqual([mergedText('mine', 'v11')]);
  });

  it('keeps two versions too long together for one note as two notes, the same on either device', () => {
    const [mine, theirs] = [v('a'.repeat(60_000), T(2)), v('b'.repeat(60_000), T(3))];
    const here = mergeSynced(local([mine], [T(1)]), remote([[theirs, [T(1)]]]));
    const there = mergeSynced(local([theirs], [T(1)]), remote([[mine, [T(1)]]]));
    const apart = { ...mine, id: `n1.${Date.parse(T(2)).toString(36)}` };
    expect(here.put).toEqual([theirs, apart]);
    expect(there.put).toEqual([apart]);
    expect(here.put.every((n) => n.text.length <= MAX_STORED_CHARS)).toBe(true);
  });

  it('deletes a note deleted elsewhere, and keeps the deletion', () => {
    const result = mergeSynced(local([v('A', T(1))], [T(1)]), remote([], [['n1', T(2), [T(1)]]]));
    expect(result.remove).toEqual(new Map([['n1', T(2)]]));
    expect(result.gone).toEqual(new Map([['n1', { at: T(2), versions: [T(1)] }]]));
  });

  it('keeps a note edited here after it was deleted elsewhere: nothing the reader wrote is dropped', () => {
    const result = mergeSynced(local([v('later', T(3))], [T(1)]), remote([], [['n1', T(2), [T(1)]]]));
    expect(result.remove.size).toBe(0);
  });

  it('keeps a note edited here before a deletion elsewhere that never saw the edit, whatever the clocks', () => {
    // Edited offline here at T2; deleted elsewhere at T3, from the version T1 it had.
    const result = mergeSynced(local([v('unseen', T(2))], [T(1)]), remote([], [['n1', T(3), [T(1)]]]));
    expect(result.remove.size).toBe(0);
    expect(result.gone.size).toBe(0);
  });

  it('deletes a version the deletion names, however far in the future it is dated', () => {
    const result = mergeSynced(local([v('A', T(1))], [T(1)]), remote([], [['n1', T(0), [T(1)]]]));
    expect(result.remove.size).toBe(1);
  });

  it('does not bring back a note deleted here whose deletion is still to be written', () => {
    const gone = new Map([['n1', { at: T(2), versions: [T(1)] }]]);
    expect(mergeSynced(local([], [T(1)], gone), remote([[v('A', T(1)), []]])).put).toEqual([]);
  });

  it('takes a note back when its deletion, written, is gone from synced storage: undone elsewhere', () => {
    const gone = new Map([['n1', { at: T(2), versions: [T(1)], written: true }]]);
    const result = mergeSynced(local([], [T(1)], gone), remote([[v('A', T(1)), []]]));
    expect(result.put).toEqual([v('A', T(1))]);
    expect(result.ungone).toEqual(['n1']);
  });

  it('lets a deletion written with a version count only if it deleted that version', () => {
    const edited = mergeSynced(
      local([v('A', T(1))], [T(1)]),
      remote([[v('B', T(3)), [T(1)]]], [['n1', T(4), [T(1)]]]),
    );
    expect(edited.put).toEqual([v('B', T(3))]);
    const deleted = mergeSynced(
      local([v('A', T(1))], [T(1)]),
      remote([[v('B', T(2)), [T(1)]]], [['n1', T(3), [T(2), T(1)]]]),
    );
    expect(deleted.remove.size).toBe(1);
  });

  it('never moves a note to another entity: a synced version on another entity is not taken', () => {
    const moved = { ...v('spam', T(2)), entity: 'juan-guaido' };
    const result = mergeSynced(local([v('mine', T(1))], [T(1)]), remote([[moved, [T(1)]]]));
    expect(result.put).toEqual([]);
  });
});

describe('lineage', () => {
  it('is the same list whatever the order versions were learnt in, the newest kept', () => {
    const versions = Array.from({ length: 15 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    );
    expect(lineage(versions.slice(0, 8), versions.slice(5))).toEqual(lineage([...versions].reverse()));
    expect(lineage(versions)).toHaveLength(LINEAGE);
    expect(lineage(versions)[0]).toBe(versions[14]);
  });

  it('counts the agreed version among an edit’s ancestors, and not among its own', () => {
    expect(ancestorsOf(v('x', T(2)), [T(1)])).toEqual([T(1)]);
    expect(ancestorsOf(v('x', T(2)), [T(2), T(1)])).toEqual([T(1)]);
  });
});
