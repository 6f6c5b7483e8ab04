/**
 * Loads the card code (Preact, positioning, notes) into this frame only when
 * the reader first reaches for a mark: hovering, focusing or clicking one, or
 * the keys that move between marks. The content script that every page loads
 * stays small; the card code runs in the same isolated world, injected by
 * the background (entrypoints/card-ui.ts).
 */
import { browser } from 'wxt/browser';
import type { Request } from '../../data/messages';
import { MARK_TAG } from './annotator';
import type { HoverCardOptions, HoverCards, setupHoverCards } from './hover-card';

declare global {
  // Set by entrypoints/card-ui.ts when the background injects it.
  var glossCardUi: { setupHoverCards: typeof setupHoverCards } | undefined;
}

/** Alt+Shift+J / Alt+Shift+K: next and previous marked term. */
export function isMarkNavigation(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && (event.code === 'KeyJ' || event.code === 'KeyK');
}

const TRIGGERS = ['mouseover', 'focusin', 'click', 'keydown'] as const;

export function lazyHoverCards(doc: Document, options: HoverCardOptions): () => void {
  let cards: HoverCards | undefined;
  let removed = false;
  let loading: Promise<void> | undefined;

  async function load(): Promise<void> {
    if (!globalThis.glossCardUi) {
      const request: Request = { type: 'loadCardUi' };
      await browser.runtime.sendMessage(request);
    }
    if (removed || !globalThis.glossCardUi) return;
    for (const type of TRIGGERS) doc.removeEventListener(type, trigger, true);
    cards = globalThis.glossCardUi.setupHoverCards(doc, options);
  }

  function trigger(event: Event): void {
    const mark = event.target instanceof Element ? event.target.closest(MARK_TAG) : null;
    if (event instanceof KeyboardEvent) {
      if (!isMarkNavigation(event) && !(mark && event.key === 'Enter')) return;
      event.preventDefault();
    } else if (!mark) {
      return;
    }
    loading ??= load().catch((error: unknown) => console.warn('Gloss: cards unavailable', error));
    void loading.then(() => {
      // A pointer that has already moved on while the code loaded opens nothing.
      if (event.type === 'mouseover' && !mark?.matches(':hover')) return;
      cards?.handle(event);
    });
  }

  for (const type of TRIGGERS) doc.addEventListener(type, trigger, true);
  return () => {
    removed = true;
    for (const type of TRIGGERS) doc.removeEventListener(type, trigger, true);
    cards?.remove();
  };
}
