import { describe, expect, it } from 'vitest';
import { formatDate, formatLocale, formatNumber, kindName, plural, t } from './i18n';
import { useLanguage } from '../tests/unit/messages';

describe('words in the reader’s language', () => {
  it('counts with the form each language gives the number', () => {
    const notes = (n: number) => plural('notebook.count', n);
    expect([1, 2].map(notes)).toEqual(['1 note', '2 notes']);
    useLanguage('ru');
    expect([1, 3, 5, 21, 22, 25, 111].map(notes)).toEqual([
      '1 заметка',
      '3 заметки',
      '5 заметок',
      '21 заметка',
      '22 заметки',
      '25 заметок',
      '111 заметок',
    ]);
    useLanguage('uk');
    expect([1, 2, 5, 21, 24, 11].map(notes)).toEqual([
      '1 нотатка',
      '2 нотатки',
      '5 нотаток',
      '21 нотатка',
      '24 нотатки',
      '11 нотаток',
    ]);
    // French counts 0 and 1 alike.
    useLanguage('fr');
    expect([0, 1, 2].map(notes)).toEqual(['0 note', '1 note', '2 notes']);
  });

  it('writes numbers and dates the reader’s way', () => {
    expect(formatNumber(20_000)).toBe('20,000');
    expect(formatDate('2019-01-31T10:00:00Z', 'day')).toBe('Jan 31, 2019');
    useLanguage('en-GB');
    expect(formatDate('2019-01-31', 'day')).toBe('31 Jan 2019');
    useLanguage('es-ES');
    expect(formatDate('2019-01-31', 'day')).toBe('31 ene 2019');
    expect(formatDate('2019-01-31', 'month')).toBe('ene 2019');
    useLanguage('de');
    expect(formatNumber(20_000)).toBe('20.000');
    useLanguage('ru');
    expect(plural('notebook.count', 20_000)).toBe('20\u00a0000 заметок');
  });

  it('writes dates in the interface’s language when Gloss does not speak the browser’s', () => {
    expect(formatLocale('en-US', 'en')).toBe('en-US');
    expect(formatLocale('pt-BR', 'pt')).toBe('pt-BR');
    expect(formatLocale('it-IT', 'en')).toBe('en');
    useLanguage('it-IT');
    expect(t('card.readInContext')).toBe('Read in context');
    expect(formatDate('2019-01-31', 'day')).toBe('Jan 31, 2019');
  });

  it('falls back to English for a language Gloss lacks, and names kinds in the reader’s', () => {
    useLanguage('ja');
    expect(kindName('person', 'list')).toBe('People');
    useLanguage('de');
    expect(kindName('person', 'list')).toBe('Personen');
    expect(t('card.position', { name: 'Maduro', index: 3, total: 17 })).toBe('Maduro, 3 von 17');
  });
});
