import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergedBefore, mergedText, pageAddress } from './notes';

describe('pageAddress', () => {
  it('keeps origin and path, never the query or fragment, and nothing of a non-web page', () => {
    expect(pageAddress('https://news.example/world/story?token=abc&session=1#comments')).toBe(
      'https://news.example/world/story',
    );
    expect(pageAddress('http://127.0.0.1:8080/a#x')).toBe('http://127.0.0.1:8080/a');
    expect(pageAddress('file:///home/me/secret.html')).toBe('');
    expect(pageAddress('not a url')).toBe('');
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const kept = pageAddress(url);
        return !kept.includes('?') && !kept.includes('#') && url.startsWith(kept.slice(0, 8));
      }),
    );
  });
});

describe('two versions kept together', () => {
  it('are read back apart by the editor that sent the later one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (other, mine) => {
        const merged = mergedText(other, mine);
        expect(merged.startsWith(other)).toBe(true);
        expect(mergedBefore(merged, mine) + mine).toBe(merged);
        expect(mergedBefore(merged, mine)).toBe(`${other}\n\n`);
      }),
    );
  });
});
