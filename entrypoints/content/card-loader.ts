/**
 * Loads the code that hosts the card frame (its element, positioning) into
 * this frame only when the reader first reaches for a mention: hovering or
 * clicking one, or the keys that move between them. The content script that
 * every page loads stays small; the host code runs in the same isolated
 * world, injected by the background (entrypoints/card-ui.ts). Until it is
 * there, only the latest request is kept: a pointer that has moved on opens
 * nothing.
 */
import { ask } from '../../messaging/ask';
import type { CardHost } from './card-host';
import type { CardOptions, setupCards } from './card-frame';

declare global {
  // Set by entrypoints/card-ui.ts when the background injects it.
  var glossCardUi: { setupCards: typeof setupCards } | undefined;
}

export function lazyCards(doc: Document, options: CardOptions): CardHost {
  let cards: CardHost | undefined;
  let removed = false;
  let loading: Promise<void> | undefined;
  let latest: ((cards: CardHost) => void) | undefined;

  async function load(): Promise<void> {
    if (!globalThis.glossCardUi) {
      await ask({ type: 'cardFrame' });
    }
    if (removed || !globalThis.glossCardUi) return;
    cards = globalThis.glossCardUi.setupCards(doc, options);
    latest?.(cards);
    latest = undefined;
  }

  const call = (use: (cards: CardHost) => void) => {
    if (cards) return use(cards);
    latest = use;
    loading ??= load().catch((error: unknown) => console.warn('Gloss: cards unavailable', error));
  };

  return {
    hover: (target) => {
      // Leaving a mention before the code is there needs no code.
      if (cards || target !== undefined) call((c) => c.hover(target));
      else latest = undefined;
    },
    open: (mention, how) => call((c) => c.open(mention, how)),
    announce: (mention, index, total) => call((c) => c.announce(mention, index, total)),
    escape: () => cards?.escape() ?? false,
    remove: () => {
      removed = true;
      cards?.remove();
    },
  };
}
