/** Scrolls to an entity's next mention on the page and flashes it (asked from the popup). */
import type { Mentions } from '../marking/mentions';
import { inReadingOrder, scrollToMention } from './reading-order';

const FLASH_MS = 1600;
const next = new Map<string, number>();
let unflash: ReturnType<typeof setTimeout> | undefined;

export function revealNext(mentions: Mentions, entity: string): boolean {
  const list = inReadingOrder([...mentions].filter((m) => m.entity === entity));
  if (list.length === 0) return false;
  const i = (next.get(entity) ?? 0) % list.length;
  next.set(entity, i + 1);
  const mention = list[i]!;
  scrollToMention(mention);
  mentions.show('flash', mention);
  clearTimeout(unflash);
  unflash = setTimeout(() => mentions.show('flash', undefined), FLASH_MS);
  return true;
}
