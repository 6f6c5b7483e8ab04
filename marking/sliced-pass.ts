/**
 * Work done in slices that leave the page its turns: each slice stops at a
 * deadline, the next is a message task (unlike setTimeout, not clamped to
 * 4 ms when chained), and when the work runs out the pass is over and its
 * timing is reported: from its first slice to its end as the page lived it,
 * and how much of the main thread it took. A slice may also say the work
 * waits (for the background's answer): the pass stays open, taking nothing
 * of the main thread, until `schedule` is called again.
 */

/** Longest stretch of work before yielding to the page, in ms: well under a 50 ms long task. */
export const SLICE_MS = 6;

/** What a slice says when it stops: work is left, it waits for something else, or it is done. */
export type SliceEnd = 'more' | 'wait' | 'done';

export interface PassTiming {
  start: number;
  end: number;
  busyMs: number;
  longestSliceMs: number;
}

export class SlicedPass {
  private readonly channel = new MessageChannel();
  private scheduled = false;
  private stopped = false;
  private start: number | undefined;
  private busy = 0;
  private longest = 0;

  /**
   * `slice(deadline)` works until `performance.now()` reaches the deadline and
   * says how it stopped; `done` hears about each finished pass.
   */
  constructor(
    private readonly slice: (deadline: number) => SliceEnd,
    private readonly done: (timing: PassTiming) => void,
  ) {
    this.channel.port1.onmessage = () => this.run();
  }

  /** Asks for a slice soon; a pass already under way just goes on. */
  schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.channel.port2.postMessage(null);
  }

  stop(): void {
    this.stopped = true;
    this.channel.port1.close();
  }

  private run(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const started = performance.now();
    this.start ??= started;
    const ended = this.slice(started + SLICE_MS);
    const end = performance.now();
    this.busy += end - started;
    this.longest = Math.max(this.longest, end - started);
    if (ended === 'more') this.schedule();
    if (ended !== 'done') return;
    const timing = { start: this.start, end, busyMs: this.busy, longestSliceMs: this.longest };
    this.start = undefined;
    this.busy = 0;
    this.longest = 0;
    this.done(timing);
  }
}
