/**
 * Two devices editing, deleting and syncing one note in any order: once the
 * browser's sync has carried everything both ways, they hold the same note
 * (or none), synced storage settles (no device keeps rewriting it), and the
 * last text written survives unless deleted after. Seeded (tests/unit/fast-check.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { carry, device, draft, pass, passAfterChange, useSyncClock } from './sync-device.testing';

useSyncClock();

type Op =
  { type: 'edit'; on: 0 | 1; text: string } | { type: 'delete'; on: 0 | 1 } | { type: 'copy'; to: 0 | 1 };

const ops = fc.array(
  fc.oneof(
    fc.record({
      type: fc.constant('edit' as const),
      on: fc.constantFrom(0 as const, 1 as const),
      text: fc.string({ minLength: 1, maxLength: 12 }),
    }),
    fc.record({ type: fc.constant('delete' as const), on: fc.constantFrom(0 as const, 1 as const) }),
    fc.record({ type: fc.constant('copy' as const), to: fc.constantFrom(0 as const, 1 as const) }),
  ),
  { minLength: 1, maxLength: 12 },
);

let run = 0;

describe('notes sync between two devices, in any order', () => {
  it('ends with both holding the same note, synced storage settled, the last text kept', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (steps: Op[]) => {
        const devices = [device(`device-${run++}`), device(`device-${run++}`)] as const;
        await Promise.all(devices.map((d) => d.sync.start()));
        await pass(devices[0].sync);
        await devices[1].sync.idle();
        let last: string | undefined;
        for (const step of steps) {
          if (step.type === 'copy') {
            await carry(devices[1 - step.to]!, devices[step.to]);
            continue;
          }
          const d = devices[step.on];
          vi.advanceTimersByTime(3);
          if (step.type === 'edit') {
            const current = await d.db.notes.get('n1');
            await d.db.saveNote({ ...draft, id: 'n1', text: step.text, base: current?.updatedAt });
            last = step.text;
          } else {
            await d.db.deleteNote('n1');
            last = undefined;
          }
          await passAfterChange(d);
        }
        // The sync service carries everything both ways until nothing changes.
        for (let round = 0; round < 4; round++) {
          await carry(devices[0], devices[1]);
          await carry(devices[1], devices[0]);
        }
        const writes = devices.map((d) => d.area.writes.length);
        await carry(devices[0], devices[1]);
        await carry(devices[1], devices[0]);
        expect(devices.map((d) => d.area.writes.length)).toEqual(writes);
        expect(devices[0].area.items).toEqual(devices[1].area.items);
        const [a, b] = await Promise.all(devices.map((d) => d.db.notes.get('n1')));
        expect(a).toEqual(b);
        // (No text to keep when the last step was a deletion.)
        expect(a?.text ?? '').toContain(last ?? '');
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
