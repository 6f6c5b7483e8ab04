import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/i18n';
import { LANGUAGES, useLanguage } from '../../tests/unit/messages';
import { examplePieces } from './example';

describe("the welcome page's example", () => {
  it.each(LANGUAGES)('marks the same names in %s as in English', (lang) => {
    const entities = () =>
      examplePieces(t('welcome.example'))
        .flatMap((p) => (p.entity ? [p.entity] : []))
        .sort();
    const english = entities();
    expect(english).toContain('maria-zakharova');
    useLanguage(lang);
    expect(entities()).toEqual(english);
  });
});
