/**
 * The finding (matching/finding.ts) as the background serves it to pages
 * (messaging/finder-port.ts). The matcher is loaded at the first question
 * and kept: every page after it is matched by code the JIT has compiled.
 */
import dictionary from '../../data/generated/dictionary.json';
import type { Dictionary } from '../../matching/terms';
import { findingOf, type Finding } from '../../matching/finding';

let loaded: Finding | undefined;
/** How many `gloss:find` measures the background keeps before the old ones go. */
const MAX_KEPT_MEASURES = 1000;
let answers = 0;

/**
 * The finding, loaded at the first question and kept, and timed: each
 * answer records a `gloss:find` User Timing measure in the background, so
 * the time matching takes off the pages' main threads can be read too
 * (`npm run bench`).
 */
export const finding: Finding = {
  places: (...args) => timed(() => load().places(...args)),
  matches: (...args) => timed(() => load().matches(...args)),
};

const load = () => (loaded ??= findingOf(dictionary as unknown as Dictionary));

function timed<T>(work: () => T): T {
  const start = performance.now();
  const result = work();
  if (++answers % MAX_KEPT_MEASURES === 0) performance.clearMeasures('gloss:find');
  performance.measure('gloss:find', { start, end: performance.now() });
  return result;
}
