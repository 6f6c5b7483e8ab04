/**
 * The message files (locales/<language>.yml) as the tests read them, through
 * the same parser the build uses, so that tests can say what the reader
 * should see in each language without writing it again.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

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
