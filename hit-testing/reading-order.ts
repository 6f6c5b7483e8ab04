/**
 * Mentions as the reader meets them: only those the page renders (not in a
 * closed menu or a collapsed section), in document order, across open
 * shadow roots. Used by keyboard navigation and the popup's "reveal".
 */
import type { Mention } from '../marking/mentions';

export function isRendered(mention: Mention): boolean {
  const parent = mention.text.parentElement;
  if (!parent?.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
  return mention.range.getClientRects().length > 0;
}

/** The node, then the shadow hosts above it, outermost last. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    chain.push(root.host);
  return chain.reverse();
}

/** Negative when `a` comes before `b` in the page, open shadow roots read where their host stands. */
export function compareMentions(a: Mention, b: Mention): number {
  if (a.text === b.text) return a.start - b.start;
  const ca = hostChain(a.text);
  const cb = hostChain(b.text);
  let k = 0;
  while (k < ca.length && k < cb.length && ca[k] === cb[k]) k++;
  // A host comes before the text in its own shadow root.
  if (k === ca.length) return -1;
  if (k === cb.length) return 1;
  return ca[k]!.compareDocumentPosition(cb[k]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function inReadingOrder(mentions: Iterable<Mention>): Mention[] {
  return [...mentions].filter(isRendered).sort(compareMentions);
}

/** Brings a mention into view: its element first (nested scrollers), then the mention itself. */
export function scrollToMention(mention: Mention): void {
  const view = mention.text.ownerDocument.defaultView;
  mention.text.parentElement?.scrollIntoView({ block: 'nearest' });
  const rect = mention.range.getBoundingClientRect();
  if (view && (rect.top < 0 || rect.bottom > view.innerHeight))
    view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
}
