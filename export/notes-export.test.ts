import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Note } from '../notes/notes';
import { entityMarkdown, exportJson, exportMarkdown, type EntitySummary } from './notes-export';
import { parseImport, previewImport, readImportFile } from './import';

const known = new Set(['rosneft', 'nicolas-maduro']);
const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1',
  entity: 'rosneft',
  text: 'Rosneft’s stake',
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-02T10:00:00.000Z',
  pageUrl: 'https://news.example/a',
  pageTitle: 'A story',
  ...over,
});
const summary = (name: string): EntitySummary => ({
  name,
  kind: 'Person',
  aliases: [],
  articles: [{ title: 'Why Moscow (really) went', date: '2019-03-26T18:00' }],
});
const file = (notes: unknown[], over: object = {}) =>
  JSON.stringify({
    format: 'gloss-notes',
    version: 1,
    exportedAt: '2025-04-01T00:00:00.000Z',
    notes,
    ...over,
  });
const errorsOf = (text: string) => {
  const r = parseImport(text, known);
  return r.ok ? [] : r.errors;
};

describe('notes export and import', () => {
  it('round-trips any notes through JSON', () => {
    const arbNote = fc.record({
      id: fc.uuid(),
      entity: fc.constantFrom(...known),
      text: fc.string({ maxLength: 200 }),
      createdAt: fc.constant('2025-01-01T00:00:00.000Z'),
      updatedAt: fc.constant('2025-02-01T00:00:00.000Z'),
      pageUrl: fc.webUrl(),
      pageTitle: fc.string({ maxLength: 50 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbNote, { selector: (n) => n.id, maxLength: 10 }), (notes) => {
        expect(parseImport(exportJson(notes), known)).toEqual({ ok: true, notes });
      }),
    );
  });

  it('says precisely what is wrong with a bad file', () => {
    expect(errorsOf('{not json')[0]).toMatch(/^The file is not JSON/);
    expect(errorsOf(file([note()], { version: 2 }))).toEqual([
      'version: must be 1: this Gloss reads version 1 exports',
    ]);
    expect(errorsOf(file([note()], { format: 'other' }))[0]).toMatch(/^format: is not a Gloss notes export/);
    expect(errorsOf(file([note({ createdAt: 'yesterday' })]))[0]).toMatch(
      /^notes\.0\.createdAt: must be an ISO date/,
    );
    expect(errorsOf(file([note({ updatedAt: '2999-01-01T00:00:00.000Z' })]))).toEqual([
      'notes.0.updatedAt: is in the future',
    ]);
    expect(errorsOf(file([note(), note()]))).toEqual(['notes.1.id: "n1" appears more than once']);
    expect(errorsOf(file([note({ entity: 'gone' })]))).toEqual([
      'notes.0.entity: "gone" is not an entity Gloss knows',
    ]);
    expect(errorsOf(file([note({ text: 'x'.repeat(100_001) })]))).toEqual([
      'notes.0.text: is longer than 100,000 characters',
    ]);
    expect(errorsOf('x'.repeat(5_000_001))).toEqual(['The file is larger than 5 MB.']);
  });

  it('counts a file in bytes: a text of Cyrillic under the limit in characters but over it in UTF-8 is refused', () => {
    // Two bytes each: 3,000,000 characters, 6,000,000 bytes.
    const text = file([note({ text: 'Гуайдо' })], { padding: 'Ж'.repeat(3_000_000) });
    expect(text.length).toBeLessThan(5_000_000);
    expect(errorsOf(text)).toEqual(['The file is larger than 5 MB.']);
    expect(errorsOf(file([note({ text: 'Гуайдо' })], { padding: 'Ж'.repeat(2_000_000) }))).toEqual([]);
  });

  it('refuses a file larger than the limit by its size, without reading it', async () => {
    const huge = new Blob(['x'.repeat(5_000_001)]);
    huge.text = () => Promise.reject(new Error('read'));
    expect(await readImportFile(huge, known)).toEqual({
      ok: false,
      errors: ['The file is larger than 5 MB.'],
    });
    expect(await readImportFile(new Blob([file([note()])]), known)).toEqual({ ok: true, notes: [note()] });
  });

  it('previews what an import adds and changes', () => {
    const existing = [note(), note({ id: 'n2', text: 'same' })];
    const preview = previewImport(existing, [
      note({ text: 'edited' }),
      note({ id: 'n2', text: 'same' }),
      note({ id: 'n3' }),
    ]);
    expect(preview.added.map((n) => n.id)).toEqual(['n3']);
    expect(preview.changed.map((n) => n.id)).toEqual(['n1']);
    expect(preview.unchanged).toBe(1);
  });

  it('exports Markdown grouped by entity, printing note text, titles and addresses as text, never markup', () => {
    const md = exportMarkdown(
      [
        note(),
        note({
          id: 'n2',
          entity: 'nicolas-maduro',
          text: '<img src=x onerror=alert(1)>',
          pageTitle: 'Evil](javascript:alert(1))',
          pageUrl: 'https://news.example/a b(c)',
        }),
      ],
      (id) => summary(id === 'rosneft' ? 'Rosneft' : 'Nicolás Maduro'),
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(md).toContain('## Nicolás Maduro\n\n- Kind: Person');
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(md).toContain('on [Evil\\]\\(javascript:alert\\(1\\)\\)](<https://news.example/a%20b(c)>)');
    expect(md.indexOf('## Nicolás Maduro')).toBeLessThan(md.indexOf('## Rosneft'));
    expect(
      md.startsWith('---\ntitle: "Gloss notes"\nexported: "2026-11-25"\nentities: 2\nnotes: 2\n---\n'),
    ).toBe(true);
  });

  it('exports one entity as an Obsidian note: front matter, the articles, the notes as blocks', () => {
    const md = entityMarkdown(
      'rosneft',
      [
        note({ id: 'n2', createdAt: '2025-04-01T00:00:00.000Z', updatedAt: '2025-04-01T00:00:00.000Z' }),
        note(),
      ],
      { ...summary('Rosneft'), aliases: ['Роснефть', 'a "quoted"\nname'] },
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(md).toBe(
      [
        '---',
        'entity: "Rosneft"',
        'kind: "Person"',
        'aliases:',
        '  - "Роснефть"',
        '  - "a \\"quoted\\"\\nname"',
        'gloss: "urn:gloss:entity:rosneft"',
        'exported: "2026-11-25"',
        '---',
        '',
        '# Rosneft',
        '',
        '## In the articles',
        '',
        '- 2019-03-26 · Why Moscow \\(really\\) went',
        '',
        '## Notes',
        '',
        '### 2025-03-01',
        '',
        'Rosneft’s stake',
        '',
        '_Written on [A story](<https://news.example/a>), 2025-03-01, changed 2025-03-02_ ^gloss-n1',
        '',
        '### 2025-04-01',
        '',
        'Rosneft’s stake',
        '',
        '_Written on [A story](<https://news.example/a>), 2025-04-01_ ^gloss-n2',
        '',
      ].join('\n'),
    );
  });

  it('imports only web addresses as the page a note was written on', () => {
    expect(errorsOf(file([note({ pageUrl: 'javascript:alert(1)' })]))).toEqual([
      'notes.0.pageUrl: must be an http or https address, or empty',
    ]);
    expect(errorsOf(file([note({ pageUrl: '' })]))).toEqual([]);
  });
});
