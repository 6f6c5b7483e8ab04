import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from './web-annotation-model.schema.json';
import { exportWebAnnotations } from './web-annotation';
import { parseImport } from './import';
import type { Note } from '../notes/notes';

const known = new Set(['rosneft', 'nicolas-maduro', 'maria-zakharova']);
const nameOf = (id: string) => ({ rosneft: 'Rosneft', 'nicolas-maduro': 'Nicolás Maduro' })[id] ?? id;
const arbNote: fc.Arbitrary<Note> = fc.record({
  id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 20 })),
  entity: fc.constantFrom(...known),
  text: fc.string({ maxLength: 200 }),
  createdAt: fc.constant('2025-01-01T00:00:00.000Z'),
  updatedAt: fc.constant('2025-02-01T00:00:00.000Z'),
  pageUrl: fc.oneof(fc.constant(''), fc.webUrl()),
  pageTitle: fc.string({ maxLength: 50 }),
});
const notes = fc.uniqueArray(arbNote, { selector: (n) => n.id, maxLength: 10 });
/** A note read back: a note written on no page has no page title to keep. */
const asRead = (n: Note): Note => (n.pageUrl ? n : { ...n, pageTitle: '' });

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const valid = ajv.compile(schema);

describe('notes as W3C Web Annotations', () => {
  it('exports JSON-LD that meets the Web Annotation model', () => {
    fc.assert(
      fc.property(notes, (list) => {
        const exported = JSON.parse(exportWebAnnotations(list, nameOf));
        expect(valid(exported), JSON.stringify(valid.errors)).toBe(true);
        expect(exported.total).toBe(list.length);
      }),
    );
  });

  it('says what each note is about and where it was written', () => {
    const [a] = JSON.parse(
      exportWebAnnotations(
        [
          {
            id: 'n1',
            entity: 'nicolas-maduro',
            text: 'Pleaded not guilty',
            createdAt: '2026-01-05T10:00:00.000Z',
            updatedAt: '2026-01-06T10:00:00.000Z',
            pageUrl: 'https://news.example/maduro',
            pageTitle: 'In court',
          },
        ],
        nameOf,
      ),
    ).first.items;
    expect(a).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:gloss:note:n1',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-05T10:00:00.000Z',
      modified: '2026-01-06T10:00:00.000Z',
      body: { type: 'TextualBody', value: 'Pleaded not guilty', format: 'text/plain' },
      target: [
        { id: 'urn:gloss:entity:nicolas-maduro', label: 'Nicolás Maduro' },
        {
          type: 'SpecificResource',
          source: { id: 'https://news.example/maduro', type: 'Text', label: 'In court' },
        },
      ],
    });
  });

  it('round-trips any notes through an export and an import', () => {
    fc.assert(
      fc.property(notes, (list) => {
        expect(parseImport(exportWebAnnotations(list, nameOf), known)).toEqual({
          ok: true,
          notes: list.map(asRead),
        });
      }),
    );
  });

  it('reads one annotation, or a list of them, written by another tool', () => {
    const one = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/1',
      type: 'Annotation',
      created: '2025-05-01T08:00:00Z',
      body: [{ type: 'TextualBody', value: 'Seen elsewhere' }],
      target: 'urn:gloss:entity:rosneft',
    };
    const expected = {
      ok: true,
      notes: [
        {
          id: 'https://annotations.example/1',
          entity: 'rosneft',
          text: 'Seen elsewhere',
          createdAt: '2025-05-01T08:00:00Z',
          updatedAt: '2025-05-01T08:00:00Z',
          pageUrl: '',
          pageTitle: '',
        },
      ],
    };
    expect(parseImport(JSON.stringify(one), known)).toEqual(expected);
    expect(parseImport(JSON.stringify([one]), known)).toEqual(expected);
  });

  it('imports all or nothing, and says where each problem is', () => {
    const file = JSON.parse(
      exportWebAnnotations(
        [
          {
            id: 'a',
            entity: 'rosneft',
            text: 'x',
            createdAt: '2025-01-01T00:00:00.000Z',
            updatedAt: '2025-01-01T00:00:00.000Z',
            pageUrl: '',
            pageTitle: '',
          },
          {
            id: 'b',
            entity: 'rosneft',
            text: 'y',
            createdAt: '2025-01-01T00:00:00.000Z',
            updatedAt: '2025-01-01T00:00:00.000Z',
            pageUrl: '',
            pageTitle: '',
          },
        ],
        nameOf,
      ),
    );
    const errorsOf = (f: unknown) => {
      const r = parseImport(JSON.stringify(f), known);
      return r.ok ? [] : r.errors;
    };
    const items = file.first.items;
    expect(
      errorsOf({
        ...file,
        first: { ...file.first, items: [items[0], { ...items[1], target: 'https://elsewhere.example/' }] },
      }),
    ).toEqual(['first.items.1.target: names no Gloss entity (urn:gloss:entity:…)']);
    expect(
      errorsOf({
        ...file,
        first: { ...file.first, items: [items[0], { ...items[1], target: 'urn:gloss:entity:gone' }] },
      }),
    ).toEqual(['first.items.1.target: "gone" is not an entity Gloss knows']);
    expect(
      errorsOf({
        ...file,
        first: { ...file.first, items: [items[0], { ...items[1], created: 'yesterday' }] },
      })[0],
    ).toBe('first.items.1.created: must be an ISO date and time');
    expect(errorsOf({ ...file, first: { ...file.first, items: [items[0], items[0]] } })).toEqual([
      'first.items.1.id: "a" appears more than once',
    ]);
    expect(
      errorsOf({
        ...file,
        first: { ...file.first, items: [items[0], { ...items[1], body: { type: 'TextualBody' } }] },
      })[0],
    ).toMatch(/^first\.items\.1\.body/);
    expect(
      errorsOf({
        ...file,
        first: {
          ...file.first,
          items: [
            {
              ...items[0],
              target: [
                { type: 'SpecificResource', source: 'javascript:alert(1)' },
                'urn:gloss:entity:rosneft',
              ],
            },
          ],
        },
      }),
    ).toEqual(['first.items.0.target.source: must be an http or https address, or empty']);
  });
});
