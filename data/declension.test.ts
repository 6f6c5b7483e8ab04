import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseForms } from './declension';

describe('case forms derived from the nominative', () => {
  it('declines surnames, countries and cities as Russian and Ukrainian news do', () => {
    expect(caseForms('Пєсков', 'uk', 'surname')).toEqual([
      'Пєсков',
      'Пєскова',
      'Пєскову',
      'Пєсковим',
      'Пєскові',
    ]);
    expect(caseForms('Лавров', 'ru', 'surname')).toEqual([
      'Лавров',
      'Лаврова',
      'Лаврову',
      'Лавровым',
      'Лаврове',
    ]);
    expect(caseForms('Захарова', 'ru', 'surname')).toEqual(['Захарова', 'Захаровой', 'Захарову']);
    expect(caseForms('Венесуела', 'uk', 'noun')).toEqual([
      'Венесуела',
      'Венесуели',
      'Венесуелі',
      'Венесуелу',
      'Венесуелою',
    ]);
    expect(caseForms('Россия', 'ru', 'noun')).toEqual(['Россия', 'России', 'Россию', 'Россией']);
    expect(caseForms('Україна', 'uk', 'noun')).toEqual([
      'Україна',
      'України',
      'Україні',
      'Україну',
      'Україною',
    ]);
    expect(caseForms('Киев', 'ru', 'noun')).toEqual(['Киев', 'Киева', 'Киеву', 'Киевом', 'Киеве']);
    expect(caseForms('Вашингтон', 'uk', 'noun')).toContain('Вашингтоні');
    expect(caseForms('Янукович', 'ru', 'noun')).toContain('Януковичем');
    expect(caseForms('Кремль', 'ru', 'noun')).toEqual(['Кремль', 'Кремля', 'Кремлю', 'Кремлем', 'Кремле']);
  });

  it('leaves names that do not decline as they are', () => {
    for (const name of ['Мадуро', 'Гуайдо', 'Помпео']) expect(caseForms(name, 'ru', 'noun')).toEqual([name]);
  });

  it('keeps the stem: every form is the nominative with at most its last letter changed, and no form twice', () => {
    const word = fc.stringMatching(/^[А-ЯІЄ][а-яієї]{2,9}$/);
    fc.assert(
      fc.property(
        word,
        fc.constantFrom('ru', 'uk'),
        fc.constantFrom('surname', 'noun'),
        (w, language, kind) => {
          const forms = caseForms(w, language as 'ru' | 'uk', kind as 'surname' | 'noun');
          expect(forms[0]).toBe(w);
          expect(new Set(forms).size).toBe(forms.length);
          for (const f of forms) expect(f.startsWith(w.slice(0, -1))).toBe(true);
        },
      ),
    );
  });
});
