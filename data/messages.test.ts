import { describe, expect, it } from 'vitest';
import { allowedFrom, parseRequest, parseTabRequest } from './messages';

describe('parseRequest', () => {
  it('accepts a well-formed request from Gloss itself', () => {
    expect(parseRequest({ type: 'getCard', entity: 'lima-group' }, 'me', 'me')).toEqual({
      ok: true,
      request: { type: 'getCard', entity: 'lima-group' },
    });
  });

  it('refuses messages from any other sender', () => {
    expect(parseRequest({ type: 'getCard', entity: 'x' }, 'other-extension', 'me').ok).toBe(false);
    expect(parseRequest({ type: 'getCard', entity: 'x' }, undefined, 'me').ok).toBe(false);
  });

  it('refuses malformed messages with a clear error', () => {
    const bad = parseRequest({ type: 'deleteAllNotes' }, 'me', 'me');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Malformed message/);
    expect(parseRequest({ type: 'getCard', entity: 'x'.repeat(1000) }, 'me', 'me').ok).toBe(false);
    expect(parseRequest('getCard', 'me', 'me').ok).toBe(false);
  });
});

describe('parseTabRequest', () => {
  it('accepts reveal and notesChanged from Gloss, nothing else', () => {
    expect(parseTabRequest({ type: 'reveal', entity: 'rosneft' }, 'me', 'me').ok).toBe(true);
    expect(parseTabRequest({ type: 'notesChanged', entity: 'rosneft' }, 'me', 'me').ok).toBe(true);
    expect(parseTabRequest({ type: 'getCard', entity: 'rosneft' }, 'me', 'me').ok).toBe(false);
    expect(parseTabRequest({ type: 'reveal', entity: 'rosneft' }, 'evil', 'me').ok).toBe(false);
  });

  it('bounds what a frame may report', () => {
    expect(parseRequest({ type: 'found', enabled: true, counts: { rosneft: 2 } }, 'me', 'me').ok).toBe(true);
    expect(parseRequest({ type: 'found', enabled: true, counts: { rosneft: -1 } }, 'me', 'me').ok).toBe(
      false,
    );
    const flood = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`e${i}`, 1]));
    expect(parseRequest({ type: 'found', enabled: true, counts: flood }, 'me', 'me').ok).toBe(false);
  });
});

describe('note messages', () => {
  it('refuses an over-long note rather than storing it', () => {
    const note = {
      type: 'saveNote',
      entity: 'rosneft',
      text: 'x'.repeat(20_001),
      pageUrl: '',
      pageTitle: '',
    };
    expect(parseRequest(note, 'me', 'me').ok).toBe(false);
    expect(parseRequest({ ...note, text: 'fine' }, 'me', 'me').ok).toBe(true);
  });
});

describe('allowedFrom', () => {
  const origin = 'chrome-extension://abc/';
  it("keeps every note and other tabs' state to Gloss's own pages", () => {
    expect(allowedFrom({ type: 'allNotes' }, 'https://news.example/a', origin)).toBe(false);
    expect(allowedFrom({ type: 'importNotes', notes: [] }, 'https://news.example/a', origin)).toBe(false);
    expect(allowedFrom({ type: 'getTabState', tabId: 1 }, undefined, origin)).toBe(false);
    expect(allowedFrom({ type: 'allNotes' }, 'chrome-extension://abc/notebook.html', origin)).toBe(true);
  });

  it('lets content scripts ask for cards and their own notes', () => {
    expect(allowedFrom({ type: 'getCard', entity: 'rosneft' }, 'https://news.example/a', origin)).toBe(true);
    expect(allowedFrom({ type: 'listNotes', entity: 'rosneft' }, 'https://news.example/a', origin)).toBe(
      true,
    );
  });
});
