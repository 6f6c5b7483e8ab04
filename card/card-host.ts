/**
 * What the content script asks of the card code, which is loaded on first use
 * (card-loader.ts). Its cards go with the signal it was made with.
 */
import type { Mention } from '../marking/mentions';

export interface CardHost {
  /** The pointer rests on a mention, on the card, or on neither. */
  hover(target: Mention | 'card' | undefined): void;
  /** A click or Enter on a mention: its card opens and stays; `focus` moves focus into it. */
  open(mention: Mention, options: { focus: boolean }): void;
  /** Tells screen readers where keyboard navigation has moved: "Lima Group, 3 of 17". */
  announce(mention: Mention, index: number, total: number): void;
  /** Escape: true when a card was open and is now closed. */
  escape(): boolean;
}
