/**
 * While the reader works in the card, Tab and Shift+Tab go round its
 * controls instead of leaving for the page behind it; Escape is the way out.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input, select, [tabindex]:not([tabindex="-1"])';

export function keepFocusIn(root: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (all.length === 0) return;
    const first = all[0]!;
    const last = all.at(-1)!;
    const active = document.activeElement;
    const wrapTo = event.shiftKey
      ? active === first || !root.contains(active) || active === root.firstElementChild
        ? last
        : undefined
      : active === last
        ? first
        : undefined;
    if (wrapTo) {
      event.preventDefault();
      wrapTo.focus();
    }
  });
}
