/**
 * What the page shows and hides without changing its text: a class or a
 * style that collapses a menu or opens a panel. Elements restyled are
 * gathered and looked at once, a moment later, for many changes, so a page
 * that only animates costs no pass.
 */

/** How long after a change of class or style Gloss looks at what it showed or hid. */
const RESTYLE_DELAY_MS = 150;

/** Whether the page shows these text nodes (not in a closed menu, not `display: none`). */
export function isShown(nodes: readonly Text[]): boolean {
  return nodes.every((node) => node.parentElement?.checkVisibility?.({ visibilityProperty: true }) !== false);
}

export class Restyles {
  private readonly restyled = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `lookAgain` is handed the elements restyled since it was last called. */
  constructor(private readonly lookAgain: (restyled: Element[]) => void) {}

  /** What `el` holds is looked at again a little later, once for many changes. */
  add(el: Element): void {
    this.restyled.add(el);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const restyled = [...this.restyled];
      this.restyled.clear();
      this.lookAgain(restyled);
    }, RESTYLE_DELAY_MS);
  }

  clear(): void {
    this.restyled.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
