// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ShadowRoots } from './shadow-roots';

describe('looking for open shadow roots', () => {
  it("enters those of the page's web components, not those the page removed while it looked", () => {
    document.body.innerHTML = '<p>Text</p>' + '<news-widget></news-widget>'.repeat(1500);
    const widgets = [...document.querySelectorAll('news-widget')];
    widgets.forEach((w) => w.attachShadow({ mode: 'open' }).append('In a shadow root'));
    const entered: ShadowRoot[] = [];
    const roots = new ShadowRoots(undefined, (root) => entered.push(root));
    const work = ShadowRoots.under(document.body);
    // Looked at in batches: the page removes one still to come between two.
    expect(roots.lookFor(work, () => false)).toBe(false);
    widgets[1400]!.remove();
    while (!roots.lookFor(work, () => false));
    expect(entered).toHaveLength(1499);
    expect(entered).not.toContain(widgets[1400]!.shadowRoot);
  });
});
