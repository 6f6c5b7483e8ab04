/**
 * Keyboard readers move between mentions with Alt+Shift+J / Alt+Shift+K, in
 * reading order, skipping mentions the page does not render; the mention is
 * painted with a focus highlight and scrolled into view, and Enter opens its
 * card. Page focus is left where it is: there is no element to focus, and
 * Gloss adds none.
 */
import type { Mention, Mentions } from '../marking/mentions';
import { inReadingOrder, scrollToMention } from './reading-order';

/** Alt+Shift+J / Alt+Shift+K: next and previous marked term. */
export function isMentionNavigation(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && (event.code === 'KeyJ' || event.code === 'KeyK');
}

export interface KeyboardOptions {
  mentions: Mentions;
  /** Navigation moved to a mention, the `index`th (from 1) of `total` on the page. */
  onMove(mention: Mention, index: number, total: number): void;
  onEnter(mention: Mention): void;
  /** True when Escape closed a card. */
  onEscape(): boolean;
}

const isTyping = (el: Element | null) =>
  !!el &&
  el.matches('input, textarea, select, button, a[href], [contenteditable]:not([contenteditable="false"])');

/** Watches the keys that move between mentions until `signal` is aborted. */
export function watchKeyboard(
  doc: Document,
  { mentions, onMove, onEnter, onEscape }: KeyboardOptions,
  signal: AbortSignal,
): void {
  let current: Mention | undefined;
  /** What had focus when navigation moved: Enter is Gloss's only while that is unchanged. */
  let focusAtMove: Element | null = null;

  const move = (step: 1 | -1) => {
    const list = inReadingOrder(mentions);
    if (list.length === 0) return;
    const at = current ? list.indexOf(current) : -1;
    const index = at < 0 ? (step === 1 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    current = list[index]!;
    focusAtMove = doc.activeElement;
    mentions.show('focus', current);
    scrollToMention(current);
    onMove(current, index + 1, list.length);
  };

  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (isMentionNavigation(event)) {
      event.preventDefault();
      move(event.code === 'KeyJ' ? 1 : -1);
    } else if (event.key === 'Enter' && current && mentions.has(current)) {
      if (doc.activeElement !== focusAtMove || isTyping(doc.activeElement)) return;
      event.preventDefault();
      onEnter(current);
    } else if (event.key === 'Escape') {
      if (!onEscape() && current) {
        current = undefined;
        mentions.show('focus', undefined);
      }
    }
  };
  doc.addEventListener('keydown', onKey, { capture: true, signal });
  signal.addEventListener('abort', () => mentions.show('focus', undefined), { once: true });
}
