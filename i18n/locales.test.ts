/**
 * The message files are complete: every language has every message, each
 * counting message has exactly the plural forms its language uses, and each
 * translation fills in the same values as the English one.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, messagesOf } from '../tests/locale-messages';

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

type Messages = Map<string, string>;

/** Counting messages: `base` → its forms, known by an `other` form beside forms named as CLDR's. */
function countingMessages(messages: Messages): Map<string, Set<string>> {
  const byBase = new Map<string, Set<string>>();
  for (const key of messages.keys()) {
    const at = key.lastIndexOf('.');
    const form = key.slice(at + 1);
    if (at > 0 && CATEGORIES.has(form)) {
      const base = key.slice(0, at);
      byBase.set(base, (byBase.get(base) ?? new Set()).add(form));
    }
  }
  return new Map([...byBase].filter(([, forms]) => forms.has('other')));
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const all = new Map(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, await messagesOf(lang)] as const)),
);
const english = all.get('en')!;
const englishCounts = countingMessages(english);
const isForm = (key: string) => englishCounts.has(key.slice(0, key.lastIndexOf('.')));

describe('message files', () => {
  it('exist for the seven languages, and no other', () => {
    expect([...LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'pt', 'ru', 'uk']);
  });

  it.each(LANGUAGES)('%s says which language it is', (lang) => {
    expect(all.get(lang)!.get('language')).toBe(lang);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every message English has, and no other', (lang) => {
    const messages = all.get(lang)!;
    const missing = [...english.keys()].filter((k) => !isForm(k) && !messages.has(k));
    const unknown = [...messages.keys()].filter((k) => !isForm(k) && !english.has(k));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
  });

  it.each(LANGUAGES)('%s gives each count exactly the plural forms the language uses', (lang) => {
    const wanted = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
    const counts = countingMessages(all.get(lang)!);
    for (const base of englishCounts.keys()) {
      expect([...(counts.get(base) ?? [])].sort(), `${lang}: ${base}`).toEqual(wanted);
    }
  });

  it.each(LANGUAGES)('%s fills in the same values as English, and leaves no message empty', (lang) => {
    for (const [key, message] of all.get(lang)!) {
      const base = isForm(key) ? `${key.slice(0, key.lastIndexOf('.'))}.other` : key;
      expect(message.trim(), `${lang}: ${key}`).not.toBe('');
      expect(placeholders(message), `${lang}: ${key}`).toEqual(placeholders(english.get(base)!));
      // The browser reads `$` in a message as the start of one of its own placeholders.
      expect(message, `${lang}: ${key}`).not.toContain('$');
    }
  });

  it('names no two messages alike but for case (the browser does not tell them apart)', () => {
    const keys = [...english.keys()].map((k) => k.replaceAll('.', '_').toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
