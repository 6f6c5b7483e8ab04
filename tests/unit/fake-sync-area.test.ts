import { describe, expect, it } from 'vitest';
import { chromeItemBytes, chromeJson, FakeSyncArea } from './fake-sync-area';

describe("the fake synced area's byte count", () => {
  it("writes JSON as Chromium's string_escape.cc does (its own test cases, and <, U+2028, U+2029)", () => {
    expect(chromeJson('\b\u0001aZ"\\wee')).toBe('"\\b\\u0001aZ\\"\\\\wee"');
    expect(chromeJson('a\b\f\n\r\t\v\u0001\\."z')).toBe('"a\\b\\f\\n\\r\\t\\u000B\\u0001\\\\.\\"z"');
    expect(chromeJson('<b> & \u2028\u2029')).toBe('"\\u003Cb> & \\u2028\\u2029"');
    expect(chromeJson({ t: 'é', n: 2, h: ['<'] })).toBe('{"t":"é","n":2,"h":["\\u003C"]}');
    expect(chromeItemBytes('gn:x', '<')).toBe(4 + 8);
  });

  it('refuses an item over 8,192 bytes as Chrome counts it, though under as JavaScript writes it', async () => {
    const area = new FakeSyncArea();
    const text = '<'.repeat(2000);
    expect(JSON.stringify(text).length).toBeLessThan(8192);
    await expect(area.set({ k: text })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
  });
});
