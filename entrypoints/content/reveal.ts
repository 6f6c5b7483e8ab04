/** Scrolls to an entity's next mention on the page and flashes it (asked from the popup). */
import { ENTITY_ATTR } from './annotator';

const FLASH_ATTR = 'data-gloss-flash';
const next = new Map<string, number>();

export function revealNext(doc: Document, entity: string): boolean {
  const marks = doc.querySelectorAll<HTMLElement>(`[${ENTITY_ATTR}="${CSS.escape(entity)}"]`);
  if (marks.length === 0) return false;
  const i = (next.get(entity) ?? 0) % marks.length;
  next.set(entity, i + 1);
  const mark = marks[i]!;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.setAttribute(FLASH_ATTR, '');
  setTimeout(() => mark.removeAttribute(FLASH_ATTR), 1600);
  return true;
}
