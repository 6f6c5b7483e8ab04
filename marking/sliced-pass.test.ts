import { describe, expect, it } from 'vitest';
import { SLICE_MS, SlicedPass, type PassTiming } from './sliced-pass';

/** Busy-waits, as reading a page does, until `ms` have passed. */
const work = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('SlicedPass', () => {
  it('cuts long work into slices near the deadline, and reports one pass with its timing', async () => {
    let left = 40; // ms of work
    const slices: number[] = [];
    const room: number[] = [];
    const done = new Promise<PassTiming>((resolve) => {
      const pass = new SlicedPass((deadline) => {
        const started = performance.now();
        room.push(deadline - started);
        while (left > 0 && performance.now() < deadline) {
          work(1);
          left -= 1;
        }
        slices.push(performance.now() - started);
        return left > 0 ? 'more' : 'done';
      }, resolve);
      pass.schedule();
      pass.schedule(); // a second ask while one is pending is the same pass
    });
    const timing = await done;
    // Never more room than one slice, so 40 ms of work took several.
    expect(Math.max(...room)).toBeLessThanOrEqual(SLICE_MS);
    expect(slices.length).toBeGreaterThan(1);
    expect(timing.busyMs).toBeGreaterThanOrEqual(40);
    expect(timing.longestSliceMs).toBeGreaterThanOrEqual(Math.max(...slices));
    expect(timing.end - timing.start).toBeGreaterThanOrEqual(timing.busyMs - 1);
  });

  it('does nothing once stopped', async () => {
    let ran = 0;
    const pass = new SlicedPass(
      () => {
        ran++;
        return 'done';
      },
      () => undefined,
    );
    pass.stop();
    pass.schedule();
    // A message posted after it comes back after any slice it could have started.
    const after = new MessageChannel();
    await new Promise((r) => {
      after.port1.onmessage = r;
      after.port2.postMessage(null);
    });
    after.port1.close();
    expect(ran).toBe(0);
  });
});
