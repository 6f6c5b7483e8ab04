// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SkipDecisions } from './skip-rules';

describe('SkipDecisions', () => {
  it('skips text under editors and hidden elements, and follows an element turning editable and back', () => {
    document.body.innerHTML =
      '<article><p id="p"><b id="b">Maduro</b></p></article><div hidden><i id="h">x</i></div>';
    const skips = new SkipDecisions();
    const p = document.getElementById('p')!;
    const b = document.getElementById('b')!;
    expect(skips.isInsideSkipped(b)).toBe(false);
    expect(skips.isInsideSkipped(document.getElementById('h'))).toBe(true);

    p.setAttribute('contenteditable', 'true');
    expect(skips.recheck(p)).toBe('skipped');
    // The remembered answer for its descendants is dropped with it.
    expect(skips.isInsideSkipped(b)).toBe(true);
    expect(skips.recheck(p)).toBeUndefined();

    p.removeAttribute('contenteditable');
    expect(skips.recheck(p)).toBe('read');
    expect(skips.isInsideSkipped(b)).toBe(false);
  });

  it('has nothing to recheck for an element it never decided on', () => {
    document.body.innerHTML = '<p id="p">Lavrov</p>';
    const p = document.getElementById('p')!;
    p.setAttribute('hidden', '');
    expect(new SkipDecisions().recheck(p)).toBeUndefined();
  });
});
