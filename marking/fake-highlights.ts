/**
 * For unit tests under happy-dom, which has no CSS Custom Highlight API: the
 * registry is a map and a highlight a set of ranges, as in browsers.
 */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** A fresh registry, with `Highlight` made global as Gloss's code expects. */
export function fakeRegistry(): Map<string, FakeHighlight> {
  Object.assign(globalThis, { Highlight: FakeHighlight });
  return new Map();
}
