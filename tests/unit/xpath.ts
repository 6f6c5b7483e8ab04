/**
 * happy-dom has no XPath. The one query Gloss makes (custom elements under
 * a node, marking/shadow-roots.ts) is stood in for here, as Chromium
 * answers it: any other query fails the test that makes it. The real one
 * is tested in the browser (tests/browser/engine.test.ts, shadow roots).
 */
const CUSTOM_ELEMENTS = "descendant::*[contains(local-name(), '-')]";

if (typeof document !== 'undefined' && typeof document.evaluate !== 'function') {
  const ORDERED_NODE_SNAPSHOT_TYPE = 7;
  Object.assign(globalThis, { XPathResult: { ORDERED_NODE_SNAPSHOT_TYPE } });
  Object.getPrototypeOf(document).evaluate = function (
    expression: string,
    context: Node,
    _: unknown,
    type: number,
  ) {
    if (expression !== CUSTOM_ELEMENTS || type !== ORDERED_NODE_SNAPSHOT_TYPE)
      throw new Error(`No stand-in for the XPath query ${expression}`);
    const found = [...(context as Element).querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    return { snapshotLength: found.length, snapshotItem: (k: number) => found[k] ?? null };
  };
}
