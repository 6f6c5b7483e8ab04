/** Scrolls to an entity's next mention on the page and flashes it (asked from the popup). */
import type { Mentions } from '../marking/mentions';
import { inReadingOrder, scrollToMention } from './reading-order';

const FLASH_MS = 1600;

/**
 * Reveals the marks of one settings generation: each entity's mentions in
 * turn, one after the other; the flash goes with `signal`.
 */
export function revealer(mentions: Mentions, signal: AbortSignal): (entity: string) => boolean {
  const next = new Map<string, number>();
  let unflash: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(unflash), { once: true });
  return (entity) => {
    const list = inReadingOrder([...mentions].filter((m) => m.entity === entity));
    if (list.length === 0 || signal.aborted) return false;
    const i = (next.get(entity) ?? 0) % list.length;
    next.set(entity, i + 1);
    const mention = list[i]!;
    scrollToMention(mention);
    mentions.show('flash', mention);
    clearTimeout(unflash);
    unflash = setTimeout(() => mentions.show('flash', undefined), FLASH_MS);
    return true;
  };
}
