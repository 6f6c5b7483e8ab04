import { describe, expect, it } from 'vitest';
import { searchEntities } from './entity-search';

const ids = (q: string) => searchEntities(q).map((e) => e.id);

describe('searchEntities', () => {
  it('finds entities by name despite typos and missing accents', () => {
    expect(ids('guiado')[0]).toBe('juan-guaido');
    expect(ids('Guaidó')[0]).toBe('juan-guaido');
    expect(ids('zakharaova')[0]).toBe('maria-zakharova');
    expect(ids('munroe')[0]).toBe('monroe-doctrine');
  });

  it('finds entities by what their description says', () => {
    expect(ids('oil company')).toContain('rosneft');
  });

  it('returns nothing for an empty query', () => {
    expect(searchEntities('   ')).toEqual([]);
  });
});
