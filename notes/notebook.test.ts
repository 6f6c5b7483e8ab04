import { describe, expect, it } from 'vitest';
import index from '../data/generated/corpus-index.json';
import type { CorpusIndex } from '../data/corpus-index';
import { notebookEntries } from './notebook';
import type { Note } from './notes';

const mentions = (index as CorpusIndex).mentions;
let n = 0;
const note = (entity: string, text: string, updatedAt: string): Note => ({
  id: `n${n++}`,
  entity,
  text,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt,
  pageUrl: 'https://a.example/',
  pageTitle: 'A',
});
const notes = [
  note('juan-guaido', 'Recognised by the Lima Group', '2025-01-03T00:00:00.000Z'),
  note('rosneft', 'Nine billion dollars invested', '2025-01-05T00:00:00.000Z'),
  note('juan-guaido', 'Interim president', '2025-01-04T00:00:00.000Z'),
  note('maria-zakharova', 'Chukotka quip', '2025-01-02T00:00:00.000Z'),
];
const ids = (filter: Parameters<typeof notebookEntries>[1]) =>
  notebookEntries(notes, filter, mentions).map((e) => e.entity.id);

describe('notebookEntries', () => {
  it('lists entities with notes, newest change first, their notes newest first', () => {
    const entries = notebookEntries(notes, {}, mentions);
    expect(entries.map((e) => e.entity.id)).toEqual(['rosneft', 'juan-guaido', 'maria-zakharova']);
    expect(entries[1]!.notes.map((x) => x.text)).toEqual([
      'Interim president',
      'Recognised by the Lima Group',
    ]);
  });

  it('finds by entity name with typos, and by note text', () => {
    expect(ids({ query: 'guiado' })).toEqual(['juan-guaido']);
    expect(ids({ query: 'billion dolars' })).toEqual(['rosneft']);
  });

  it('filters by kind and by the article that mentions the entity', () => {
    expect(ids({ kind: 'company' })).toEqual(['rosneft']);
    // Rosneft is mentioned only in article 004, Zakharova in 003 and 004.
    expect(ids({ article: '003' })).toEqual(['juan-guaido', 'maria-zakharova']);
  });
});
