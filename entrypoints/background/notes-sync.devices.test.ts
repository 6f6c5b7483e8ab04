import { describe, expect, it, vi } from 'vitest';
import {
  carry,
  device,
  draft,
  note,
  pass,
  passAfterChange,
  useSyncClock,
  words,
} from './sync-device.testing';

useSyncClock();

describe('notes sync, two devices with different notes', () => {
  it('settles when one keeps notes here only and the other writes a new small note: no write back and forth', async () => {
    const a = device('fight-a');
    const b = device('fight-b');
    // A's note 200 is too long for the room left: it and every newer note stay on A only.
    await a.db.importNotes(
      Array.from({ length: 300 }, (_, i) => note(i, i === 200 ? 'long '.repeat(4000) : words(i))),
    );
    await a.sync.start();
    await b.sync.start();
    await pass(a.sync, 0);
    await carry(a, b);
    await b.db.saveNote({ ...draft, text: 'B: short' });
    await passAfterChange(b);
    await carry(b, a);
    await carry(a, b);
    const before = a.area.writes.length + b.area.writes.length;
    for (let round = 0; round < 10; round++) {
      await carry(b, a);
      await carry(a, b);
    }
    expect(a.area.writes.length + b.area.writes.length - before).toBe(0);
    const short = (await a.db.notes.toArray()).find((n) => n.text === 'B: short');
    expect(short && a.last().localOnly.includes(short.id)).toBe(false);
  });
});

describe('notes sync, a device away for many edits', () => {
  it('takes the last of eleven edits made while it was closed, without doubling the text', async () => {
    const a = device('away-a');
    const b = device('away-b');
    await a.sync.start();
    await b.sync.start();
    let { note: written } = await a.db.saveNote({ ...draft, text: 'v0' });
    await passAfterChange(a);
    await carry(a, b);
    for (let i = 1; i <= 11; i++) {
      ({ note: written } = await a.db.saveNote({ ...written, text: `v${i}`, base: written.updatedAt }));
      await passAfterChange(a);
    }
    await carry(a, b);
    expect((await b.db.notes.get(written.id))?.text).toBe('v11');
  });
});

describe('notes sync, a backup imported over newer notes', () => {
  it('settles when an older version is imported over a note synced since: both devices end with it, no write back and forth', async () => {
    const a = device('import-a');
    const b = device('import-b');
    await a.sync.start();
    await b.sync.start();
    const { note: v1 } = await a.db.saveNote({ ...draft, text: 'first' });
    await passAfterChange(a);
    await carry(a, b);
    await vi.advanceTimersByTimeAsync(5_000);
    await a.db.saveNote({ ...v1, text: 'second', base: v1.updatedAt });
    await passAfterChange(a);
    await carry(a, b);
    expect((await b.db.notes.get(v1.id))?.text).toBe('second');
    // Last week's backup, imported on A: its version replaces the newer one, as the preview said.
    await a.db.importNotes([v1]);
    await passAfterChange(a);
    const before = a.area.writes.length + b.area.writes.length;
    for (let i = 0; i < 6; i++) {
      await carry(a, b);
      await carry(b, a);
    }
    expect(a.area.writes.length + b.area.writes.length - before).toBeLessThan(4);
    expect((await a.db.notes.get(v1.id))?.text).toBe('first');
    expect((await b.db.notes.get(v1.id))?.text).toBe('first');
  });
});
