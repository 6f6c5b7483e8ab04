/**
 * Loads the code that hosts the card frame (its element, positioning) into
 * this frame only when the reader first reaches for a mention: hovering or
 * clicking one, or the keys that move between them. The content script that
 * every page loads stays small; the host code runs in the same isolated
 * world, injected by the background (entrypoints/card-ui.ts). Until it is
 * there, only the latest hover and the latest click (or key) are kept: a
 * pointer that has moved on opens nothing, and a hover that comes after a
 * click does not undo it.
 */
import { ask } from '../messaging/ask';
import type { CardHost } from './card-host';
import type { CardOptions, setupCards } from './card-frame';

declare global {
  // Set by entrypoints/card-ui.ts when the background injects it.
  var glossCardUi: { setupCards: typeof setupCards } | undefined;
}

export function lazyCards(doc: Document, options: CardOptions, signal: AbortSignal): CardHost {
  let cards: CardHost | undefined;
  let loading: Promise<void> | undefined;
  /** Where the pointer rests, and the latest click, Enter or announcement: a click is not undone by a hover. */
  let latestHover: ((cards: CardHost) => void) | undefined;
  let latestAct: ((cards: CardHost) => void) | undefined;

  async function load(): Promise<void> {
    if (!globalThis.glossCardUi) {
      await ask({ type: 'cardFrame' });
    }
    if (signal.aborted || !globalThis.glossCardUi) return;
    const loaded = (cards = globalThis.glossCardUi.setupCards(doc, options, signal));
    latestHover?.(loaded);
    latestAct?.(loaded);
    latestHover = latestAct = undefined;
  }

  const call = (use: (cards: CardHost) => void, hover = false) => {
    if (cards) return use(cards);
    if (hover) latestHover = use;
    else latestAct = use;
    loading ??= load().catch((error: unknown) => console.warn('Gloss: cards unavailable', error));
  };

  return {
    hover: (target) => {
      // Leaving a mention before the code is there needs no code.
      if (cards || target !== undefined) call((c) => c.hover(target), true);
      else latestHover = undefined;
    },
    open: (mention, how) => call((c) => c.open(mention, how)),
    announce: (mention, index, total) => call((c) => c.announce(mention, index, total)),
    escape: () => cards?.escape() ?? false,
  };
}
