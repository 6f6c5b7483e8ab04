import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Note } from './notes';
import {
  diffItems,
  itemBytes,
  itemsBytes,
  MAX_ITEMS,
  noteItems,
  planSync,
  QUOTA_BYTES,
  QUOTA_BYTES_PER_ITEM,
  readSynced,
  roomForNotes,
  tombstoneItem,
  unsettledIds,
  noteKeyId,
} from './sync-items';
import { chromeItemBytes } from '../tests/unit/fake-sync-area';

const note = (id: string, text: string, createdAt = '2026-01-01T00:00:00.000Z'): Note => ({
  id,
  entity: 'rosneft',
  text,
  createdAt,
  updatedAt: createdAt,
  pageUrl: 'https://news.example/story',
  pageTitle: 'A story',
});

const now = Date.parse('2026-06-01T00:00:00.000Z');
const wide = { bytes: QUOTA_BYTES, items: MAX_ITEMS };

describe('notes as synced items', () => {
  it('keep every note, long or short, in items under 8 kB each, read back as they were', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20_000 }), (text) => {
        const items = noteItems(note('n1', text));
        for (const [key, value] of Object.entries(items))
          expect(itemBytes(key, value)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
        expect(readSynced(items).notes.get('n1')).toEqual(note('n1', text));
      }),
    );
  });

  it('split 20,000 characters of Cyrillic, three bytes of JSON escapes and emoji, into pieces', () => {
    const text = 'Доктрина Монро "\n" 🇻🇪 '.repeat(1000).slice(0, 20_000);
    const items = noteItems(note('n1', text));
    // About 40 kB of JSON: five items or more, each under the limit.
    expect(Object.keys(items).length).toBeGreaterThanOrEqual(5);
    for (const [key, value] of Object.entries(items))
      expect(itemBytes(key, value)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(readSynced(items).notes.get('n1')?.text).toBe(text);
  });

  it('carry a note longer than one editor takes, as two merged versions may be', () => {
    const merged = note('n1', 'x'.repeat(30_000));
    expect(readSynced(noteItems(merged)).notes.get('n1')).toEqual(merged);
  });

  it('wait for every piece of a version before they make a note', () => {
    const long = noteItems(note('n1', 'x'.repeat(10_000)));
    const [head] = Object.keys(long);
    expect(readSynced({ [head!]: long[head!] }).notes.size).toBe(0);
    const older = noteItems(note('n1', 'y'.repeat(10_000), '2025-01-01T00:00:00.000Z'));
    expect(readSynced({ ...older, [head!]: long[head!] }).notes.size).toBe(0);
  });

  it('keep only the origin and path of the page a note was written on, whoever wrote the item', () => {
    const items = noteItems({ ...note('n1', 'x'), pageUrl: 'https://news.example/story?session=s3cr3t#top' });
    expect(readSynced(items).notes.get('n1')?.pageUrl).toBe('https://news.example/story');
  });

  it('skip what Gloss would not have written, as an import does', () => {
    const synced = readSynced({
      'gn:bad': { e: 'rosneft', c: 'yesterday', u: 'x', p: '', ti: '', h: [], t: '', n: 0 },
      'gn:page': { ...(noteItems(note('x', 'a'))['gn:x'] as object), p: 'javascript:alert(1)' },
      'gx:n9': { d: 'not a date' },
      settings: { paused: true },
    });
    expect(synced).toEqual({ notes: new Map(), gone: new Map(), history: new Map() });
  });
});

describe("an item's bytes, as Chrome counts them", () => {
  it('keeps every item of a long note full of <, line separators and control characters under 8,192 bytes', () => {
    for (const unit of ['if a < b then ', '\u2028\u2029<', 'a\u0001<\u2028é🙂']) {
      const items = noteItems(note('lt', unit.repeat(20_000 / unit.length)));
      for (const [key, value] of Object.entries(items)) {
        expect(chromeItemBytes(key, value)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
        expect(itemBytes(key, value)).toBeGreaterThanOrEqual(chromeItemBytes(key, value));
      }
    }
  });
});

describe('planSync', () => {
  it('syncs deletions first, then notes oldest first, and keeps the newest here from the first that does not fit', () => {
    // Listed newest first, as the notebook has them; n3 is long; n5 is short, yet newer than n4.
    const notes = Array.from({ length: 10 }, (_, i) =>
      note(
        `n${i}`,
        'x'.repeat(i === 3 ? 3000 : i === 5 ? 1 : 100),
        new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      ),
    ).reverse();
    const gone = new Map([
      ['gone1', { at: '2026-05-30T00:00:00.000Z', versions: ['2026-05-29T00:00:00.000Z'] }],
    ]);
    const fitting = [tombstoneItem('gone1', gone.get('gone1')!), ...notes.slice(6).map((n) => noteItems(n))];
    const room = { bytes: fitting.reduce((sum, items) => sum + itemsBytes(items), 0) + 50, items: 100 };
    const plan = planSync(notes, new Map(), gone, room, now);
    expect(plan.synced).toEqual(['n0', 'n1', 'n2', 'n3']);
    expect(plan.localOnly).toEqual(['n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
    expect(Object.keys(plan.items)).toContain('gx:gone1');
    expect(plan.bytes).toBeLessThanOrEqual(room.bytes);
  });

  it('never takes out a note synced storage holds for room, and leaves one whose edit does not fit as it is', () => {
    const old = note('n0', 'x'.repeat(100), '2026-01-01T00:00:00.000Z');
    const theirs = note('n2', 'from another device', '2026-01-03T00:00:00.000Z');
    const current = { ...noteItems(old), ...noteItems(theirs) };
    const room = { bytes: itemsBytes(current) + 50, items: 100 };
    // n1 is new here and does not fit; n2, newer, is already there: it stays, n1 stays here.
    const plan = planSync(
      [old, note('n1', 'y'.repeat(500), '2026-01-02T00:00:00.000Z'), theirs],
      new Map(),
      new Map(),
      room,
      now,
      current,
    );
    expect(plan.synced).toEqual(['n0', 'n2']);
    expect(plan.localOnly).toEqual(['n1']);
    // n0 edited past the room: the version there stays, the edit here.
    const edited = { ...old, text: 'x'.repeat(400), updatedAt: '2026-01-05T00:00:00.000Z' };
    const kept = planSync([edited, theirs], new Map(), new Map(), room, now, current);
    expect(kept.items).toEqual(current);
    expect(kept.localOnly).toEqual(['n0']);
    // Past a smaller room, unchanged: still synced, as it is there.
    const unchanged = planSync([old, theirs], new Map(), new Map(), { bytes: 10, items: 100 }, now, current);
    expect(unchanged.items).toEqual(current);
    expect(unchanged.synced).toEqual(['n0', 'n2']);
  });

  it('lets a deletion travel 30 days, then forgets it', () => {
    const gone = new Map([
      ['recent', { at: '2026-05-20T00:00:00.000Z', versions: ['2026-05-19T00:00:00.000Z'] }],
      ['old', { at: '2026-04-01T00:00:00.000Z', versions: ['2026-03-01T00:00:00.000Z'] }],
    ]);
    expect(Object.keys(planSync([], new Map(), gone, wide, now).items)).toEqual(['gx:recent']);
  });

  it('stays within the item count as within the bytes', () => {
    const notes = Array.from({ length: 600 }, (_, i) => note(`n${String(i).padStart(3, '0')}`, ''));
    const plan = planSync(notes, new Map(), new Map(), { bytes: 10_000_000, items: 500 }, now);
    expect(Object.keys(plan.items)).toHaveLength(500);
    expect(plan.localOnly).toHaveLength(100);
  });
});

describe('roomForNotes', () => {
  it("leaves the preferences' item its room, or more when the area holds more than notes", () => {
    expect(roomForNotes({})).toEqual({ bytes: QUOTA_BYTES - 2048, items: MAX_ITEMS - 8 });
    const big = { settings: { disabledSites: Array.from({ length: 300 }, (_, i) => `site${i}.example`) } };
    expect(
      roomForNotes({
        ...big,
        ...tombstoneItem('n', { at: '2026-01-01T00:00:00.000Z', versions: ['2025-12-01T00:00:00.000Z'] }),
      }).bytes,
    ).toBe(QUOTA_BYTES - itemBytes('settings', big.settings) - 512);
  });
});

describe('notes not yet readable', () => {
  it('are left as they are, and their bytes counted as taken', () => {
    const long = noteItems(note('n1', 'x'.repeat(10_000)));
    const [head, piece] = Object.keys(long) as [string, string];
    const partial = { [head]: long[head], ...noteItems(note('n2', 'short')) };
    const unsettled = unsettledIds(partial, readSynced(partial));
    expect(unsettled).toEqual(new Set(['n1']));
    expect(noteKeyId(piece)).toBe('n1');
    expect(roomForNotes(partial, unsettled).bytes).toBe(QUOTA_BYTES - itemBytes(head, long[head]) - 512);
    const { set, remove } = diffItems(partial, noteItems(note('n1', 'mine')), unsettled);
    expect({ set, remove }).toEqual({ set: {}, remove: ['gn:n2'] });
  });
});

describe('diffItems', () => {
  it('sets what changed, removes notes that went, leaves other items alone', () => {
    const current = { 'gn:a': { x: 1 }, 'gn:b': { x: 1 }, settings: { paused: true } };
    expect(diffItems(current, { 'gn:a': { x: 1 }, 'gn:c': { x: 2 } })).toEqual({
      set: { 'gn:c': { x: 2 } },
      remove: ['gn:b'],
    });
  });
});
