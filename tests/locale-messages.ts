/**
 * The message files (locales/<language>.yml) as the tests read them, through
 * the same parser the build uses, so that tests can say what the reader
 * should see in each language without writing it again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { CATALOGUE } from '../data/catalogue';
import type { CatalogueLanguage } from '../data/catalogue-language';

const LOCALES = resolve(import.meta.dirname, '../locales');

/** Every language Gloss speaks, English first. */
export const LANGUAGES = readdirSync(LOCALES)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/** A language's messages by key (`card.readInContext`), as written, `{values}` not filled in. */
export async function messagesOf(lang: string): Promise<Map<string, string>> {
  const parsed = await parseMessagesFile(`${LOCALES}/${lang}.yml`);
  return new Map(
    parsed.flatMap((m) =>
      m.type === 'simple' && !m.key[0]!.startsWith('@@') ? [[m.key.join('.'), m.message]] : [],
    ),
  );
}

/** A message with its `{values}` filled in, as the extension fills them. */
export const fill = (message: string, values: Record<string, string | number> = {}): string =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** What Gloss should say of an entity in `lang` (data/catalogue.<lang>.json, English where none). */
export function catalogueIn(lang: string) {
  const own: CatalogueLanguage =
    lang === 'en'
      ? {}
      : (JSON.parse(
          readFileSync(resolve(import.meta.dirname, `../data/catalogue.${lang}.json`), 'utf8'),
        ) as CatalogueLanguage);
  const english = (id: string) => CATALOGUE.find((e) => e.id === id)!;
  return {
    /** As a heading or a list shows it: with a capital, whatever the press does inside a sentence. */
    name: (id: string) => {
      const written = own[id]?.name ?? english(id).name;
      return written.charAt(0).toLocaleUpperCase() + written.slice(1);
    },
    description: (id: string) => own[id]?.description ?? english(id).description,
    /** The English description's sentences, none of which a card in another language may show. */
    englishSentences: (id: string) => english(id).description.split(/(?<=\.) /),
  };
}
