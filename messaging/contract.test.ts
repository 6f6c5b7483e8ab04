import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MAX_NOTE_CHARS, MAX_STORED_CHARS, mergedText } from '../notes/notes';
import {
  DraftSchema,
  MAX_PIECE_TEXT,
  MAX_PIECES,
  MAX_PLACES_TEXT,
  MAX_RUN_TEXT,
  MAX_RUNS_TEXT,
  REQUESTS,
  isGlossPage,
  parseRequest,
  parseReveal,
  type SenderInfo,
} from './contract';

const ID = 'gloss-id';
/** A content script in a news page's tab. */
const contentScript: SenderInfo = { id: ID, url: 'https://news.example/a', tab: { id: 3 } };
/** The card frame inside that page: a Gloss page, at its dynamic URL. */
const cardFrame: SenderInfo = {
  id: ID,
  url: 'chrome-extension://5f0c2a3e-dynamic/card.html',
  tab: { id: 3 },
};
const notebook: SenderInfo = { id: ID, url: 'moz-extension://5f0c2a3e/notebook.html' };
/** A note as `deleteNote` answered it, for `restoreNote`. */
const deleted = {
  id: 'n1',
  entity: 'rosneft',
  text: 'x',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
  pageUrl: 'https://news.example/a',
  pageTitle: 'A',
};

describe('parseRequest', () => {
  it('accepts a well-formed request from a sender allowed to make it', () => {
    expect(parseRequest({ type: 'getCard', entity: 'lima-group' }, cardFrame, ID)).toEqual({
      ok: true,
      request: { type: 'getCard', entity: 'lima-group' },
    });
    expect(parseRequest({ type: 'cardFrame' }, contentScript, ID).ok).toBe(true);
  });

  it('refuses messages from any other extension or from no one', () => {
    expect(parseRequest({ type: 'getCard', entity: 'x' }, { ...cardFrame, id: 'other' }, ID).ok).toBe(false);
    expect(parseRequest({ type: 'getCard', entity: 'x' }, {}, ID).ok).toBe(false);
  });

  it('refuses malformed messages with a clear error', () => {
    const bad = parseRequest({ type: 'deleteAllNotes' }, notebook, ID);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Malformed message/);
    expect(parseRequest({ type: 'getCard', entity: 'x'.repeat(1000) }, notebook, ID).ok).toBe(false);
    expect(parseRequest({ type: 'toString' }, notebook, ID).ok).toBe(false);
    expect(parseRequest('getCard', notebook, ID).ok).toBe(false);
    expect(parseRequest(null, notebook, ID).ok).toBe(false);
  });

  it('bounds what a frame may report', () => {
    expect(
      parseRequest({ type: 'found', enabled: true, counts: { rosneft: 2 }, capped: false }, contentScript, ID)
        .ok,
    ).toBe(true);
    expect(
      parseRequest(
        { type: 'found', enabled: true, counts: { rosneft: -1 }, capped: false },
        contentScript,
        ID,
      ).ok,
    ).toBe(false);
    const flood = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`e${i}`, 1]));
    expect(
      parseRequest({ type: 'found', enabled: true, counts: flood, capped: false }, contentScript, ID).ok,
    ).toBe(false);
  });

  it('refuses an over-long note rather than storing it', () => {
    const note = {
      type: 'saveNote',
      entity: 'rosneft',
      text: 'x'.repeat(MAX_STORED_CHARS + 1),
      pageUrl: '',
      pageTitle: '',
    };
    expect(parseRequest(note, cardFrame, ID).ok).toBe(false);
  });

  it('takes a note two edits merged past what the editor types, to save, draft, restore and import', () => {
    const text = mergedText('a'.repeat(MAX_NOTE_CHARS), 'b'.repeat(MAX_NOTE_CHARS));
    const merged = { ...deleted, text };
    const page = { entity: 'rosneft', text, pageUrl: '', pageTitle: '' };
    expect(parseRequest({ type: 'saveNote', id: 'n1', ...page }, cardFrame, ID).ok).toBe(true);
    expect(parseRequest({ type: 'restoreNote', note: merged }, cardFrame, ID).ok).toBe(true);
    expect(parseRequest({ type: 'importNotes', notes: [merged] }, notebook, ID).ok).toBe(true);
    expect(
      v.safeParse(DraftSchema, { type: 'draft', id: 'n1', at: deleted.updatedAt, ...page }).success,
    ).toBe(true);
  });

  it('restores only a whole note, checked as an imported one is', () => {
    expect(parseRequest({ type: 'restoreNote', note: deleted }, cardFrame, ID).ok).toBe(true);
    const undated = { ...deleted, createdAt: undefined };
    expect(parseRequest({ type: 'restoreNote', note: undated }, cardFrame, ID).ok).toBe(false);
    expect(
      parseRequest(
        { type: 'restoreNote', note: { ...deleted, pageUrl: 'javascript:alert(1)' } },
        cardFrame,
        ID,
      ).ok,
    ).toBe(false);
  });
});

describe('who may ask what', () => {
  const examples = {
    found: { type: 'found', enabled: true, counts: {}, capped: false },
    places: { type: 'places', pieces: [{ text: 'Maduro', from: 0, to: 6 }] },
    matches: { type: 'matches', texts: ['Maduro spoke.'] },
    topSite: { type: 'topSite' },
    cardFrame: { type: 'cardFrame' },
    cardToken: { type: 'cardToken' },
    redeemCardToken: { type: 'redeemCardToken', token: 't' },
    cardPage: { type: 'cardPage' },
    changeSettings: { type: 'changeSettings', change: { type: 'prefs', prefs: { paused: true } } },
    getCard: { type: 'getCard', entity: 'rosneft' },
    getTabState: { type: 'getTabState', tabId: 1 },
    listNotes: { type: 'listNotes', entity: 'rosneft' },
    saveNote: { type: 'saveNote', entity: 'rosneft', text: 'x', pageUrl: '', pageTitle: '' },
    deleteNote: { type: 'deleteNote', id: 'n1' },
    restoreNote: { type: 'restoreNote', note: deleted },
    allNotes: { type: 'allNotes' },
    importNotes: { type: 'importNotes', notes: [] },
    setNotesSync: { type: 'setNotesSync', on: false },
    notesSyncTold: { type: 'notesSyncTold' },
  } satisfies Record<keyof typeof REQUESTS, unknown>;

  it('lets a content script only report what it found, have its text matched, ask which site it is on, and ask for the card frame and its token', () => {
    const allowed = Object.entries(examples)
      .filter(([, message]) => parseRequest(message, contentScript, ID).ok)
      .map(([type]) => type);
    expect(allowed).toEqual(['found', 'places', 'matches', 'topSite', 'cardFrame', 'cardToken']);
  });

  it('refuses a page more text to match than one question carries, so a hostile page cannot keep the background busy', () => {
    const long = 'x'.repeat(MAX_RUN_TEXT);
    const many = Array.from({ length: Math.ceil(MAX_RUNS_TEXT / MAX_RUN_TEXT) + 1 }, () => long);
    expect(parseRequest({ type: 'matches', texts: many }, contentScript, ID).ok).toBe(false);
    expect(parseRequest({ type: 'matches', texts: [long + 'x'] }, contentScript, ID).ok).toBe(false);
    expect(parseRequest({ type: 'matches', texts: [long] }, contentScript, ID).ok).toBe(true);
    const piece = (length: number) => ({ text: 'x'.repeat(length), from: 0, to: 1 });
    const places = (...pieces: ReturnType<typeof piece>[]) =>
      parseRequest({ type: 'places', pieces }, contentScript, ID).ok;
    expect(places(piece(MAX_PIECE_TEXT + 1))).toBe(false);
    expect(places(piece(MAX_PIECE_TEXT))).toBe(true);
    const pieces = Array.from({ length: Math.ceil(MAX_PLACES_TEXT / MAX_PIECE_TEXT) + 1 }, () =>
      piece(MAX_PIECE_TEXT),
    );
    expect(places(...pieces)).toBe(false);
    expect(places(...Array.from({ length: MAX_PIECES + 1 }, () => piece(0)))).toBe(false);
  });

  it("keeps notes, cards and other tabs' state to Gloss's own pages, the card frame among them", () => {
    for (const page of [cardFrame, notebook]) {
      const allowed = Object.entries(examples)
        .filter(([, message]) => parseRequest(message, page, ID).ok)
        .map(([type]) => type);
      expect(allowed).toEqual([
        'redeemCardToken',
        'cardPage',
        'changeSettings',
        'getCard',
        'getTabState',
        'listNotes',
        'saveNote',
        'deleteNote',
        'restoreNote',
        'allNotes',
        'importNotes',
        'setNotesSync',
        'notesSyncTold',
      ]);
    }
  });

  it('knows a Gloss page by its sender id and extension URL, not by a look-alike path', () => {
    expect(isGlossPage(cardFrame, ID)).toBe(true);
    expect(isGlossPage({ id: ID, url: 'https://evil.example/chrome-extension://x/card.html' }, ID)).toBe(
      false,
    );
    expect(isGlossPage({ id: 'other', url: 'chrome-extension://other/card.html' }, ID)).toBe(false);
    expect(isGlossPage({ id: ID }, ID)).toBe(false);
  });
});

describe('parseReveal', () => {
  it('accepts reveal from the popup, nothing else and from no one else', () => {
    const popup: SenderInfo = { id: ID, url: 'chrome-extension://gloss-id/popup.html' };
    expect(parseReveal({ type: 'reveal', entity: 'rosneft' }, popup, ID).ok).toBe(true);
    expect(parseReveal({ type: 'notesChanged', entity: 'rosneft' }, popup, ID).ok).toBe(false);
    expect(parseReveal({ type: 'reveal', entity: 'rosneft' }, contentScript, ID).ok).toBe(false);
    expect(parseReveal({ type: 'reveal', entity: 'rosneft' }, { ...popup, id: 'evil' }, ID).ok).toBe(false);
  });
});
