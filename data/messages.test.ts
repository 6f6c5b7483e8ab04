import { describe, expect, it } from 'vitest';
import { parseRequest } from './messages';

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
