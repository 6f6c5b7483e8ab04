/**
 * The catalogue in the reader's language (data/catalogue.<lang>.json): every
 * entity's name and description in each of Gloss's languages, saying the
 * same facts as the English: every number in the English description (years,
 * dates, counts) is in each translation, which has its own `checked` month,
 * and none is empty or left in English.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { CATALOGUE_LANGUAGES, type CatalogueLanguage } from './catalogue-language';

/** A language's file; an empty catalogue where there is none, which the tests below refuse. */
function read(lang: string): CatalogueLanguage {
  const file = resolve(import.meta.dirname, `catalogue.${lang}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CatalogueLanguage) : {};
}

/** The numbers a text states, their digit groups joined ("1,400", "1.400" and "1 400" alike: 1400). */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+/g)].map((m) =>
    m[0].replace(/\D/g, ''),
  );
}

describe('numbersIn', () => {
  it('reads a number however a language groups its digits, and keeps apart numbers in a list', () => {
    expect(numbersIn('1,400 and 1.400 and 1\u00a0400 in 2019, 2020 on 5 January')).toEqual([
      '1400',
      '1400',
      '1400',
      '2019',
      '2020',
      '5',
    ]);
  });
});

describe.each(CATALOGUE_LANGUAGES.filter((lang) => lang !== 'en'))('the catalogue in %s', (lang) => {
  const translated = read(lang);

  it('has every entity, and nothing else', () => {
    expect(Object.keys(translated).sort()).toEqual(CATALOGUE.map((e) => e.id).sort());
  });

  it.each(CATALOGUE.map((e) => [e.id, e] as const))('says what the English says of %s', (id, english) => {
    const entry = translated[id]!;
    expect(entry, `${id} in ${lang}`).toBeDefined();
    expect(entry.name.trim()).not.toBe('');
    expect(entry.description.trim()).not.toBe('');
    expect(entry.description).not.toBe(english.description);
    expect(entry.checked).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    const numbers = new Set(numbersIn(entry.description));
    for (const n of numbersIn(english.description))
      expect(numbers, `${n} in ${entry.description}`).toContain(n);
  });
});
