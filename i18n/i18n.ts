/**
 * Gloss's words in the reader's language. Every string the reader sees is a
 * message in `locales/<language>.yml`, built into the extension's `_locales/`
 * and picked by the browser from its interface language (English where Gloss
 * has none of the reader's). Counts take the form their language gives that
 * number (Intl.PluralRules: Russian and Ukrainian have three), and dates and
 * numbers are written the reader's way (Intl).
 */
import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import type { EntityKind } from '../data/entity-kinds';

// Made here rather than taken from `#i18n`, and read only when a message is:
// the content script imports modules that have messages it never shows, and
// must not carry their code (a bundler keeps a call or a read at the top of a module).
const i18n = /* @__PURE__ */ createI18n<GeneratedI18nStructure>();

type Values = Record<string, string | number>;

/** A message by key (`card.readInContext`), with its `{values}` filled in, numbers written the reader's way. */
export const t = ((key: string, values?: Values) =>
  (i18n.t as (key: string, values?: Values) => string)(key, values && written(values))) as typeof i18n.t;

const written = (values: Values): Values =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value) : value,
    ]),
  );

export type MessageKey = keyof GeneratedI18nStructure;
/** `t` for a key made at run time (a plural form, a template). */
const say = t as unknown as (key: string, values?: Values) => string;

/**
 * The language of the messages the browser picked: one of Gloss's, English
 * when it has none of the reader's. Read past `t`, whose numbers need the
 * language: the circle would make the content script's bundler keep it all.
 */
export const messagesLanguage = (): string => i18n.t('language');

/**
 * The locale dates and numbers are written in: the browser's own (an
 * American reader gets "Jan 5, 2019", a British one "5 Jan 2019") when it is
 * a variant of the messages' language, otherwise the messages' language, so
 * that an Italian reader's English interface does not print Italian months.
 */
export function formatLocale(browserLocale: string, messages: string): string {
  return browserLocale.split(/[-_]/)[0]!.toLowerCase() === messages ? browserLocale : messages;
}
const readerLocale = () => formatLocale(browser.i18n.getUILanguage(), messagesLanguage());

// A card prints dozens of dates and counts: each Intl object is made once per locale.
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

export const formatNumber = (n: number): string => {
  const locale = readerLocale();
  return once(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(n);
};

const DATE_STYLES = {
  /** An article's date: 5 Jan 2019 (the corpus's dates are days, read in UTC). */
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  /** A date on the compare timeline, where the year is on the axis. */
  dayMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  /** When a note was written or saved, in the reader's time zone. */
  moment: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatDate(date: Date | string, style: keyof typeof DATE_STYLES): string {
  // An ISO day alone is read as that day, whatever time the text gives.
  const value = typeof date === 'string' ? new Date(style === 'moment' ? date : date.slice(0, 10)) : date;
  const locale = readerLocale();
  return once(`date ${locale} ${style}`, () => new Intl.DateTimeFormat(locale, DATE_STYLES[style])).format(
    value,
  );
}

/** Items as a sentence lists them: "a, b and c" in English. */
export const formatList = (items: string[]): string => {
  const locale = readerLocale();
  return once(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
};

/** A message that counts: its key without the plural form (`card.mentions` for `card.mentions.one`…). */
export type CountKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? Base : never;
}[MessageKey];

/**
 * `key`'s message for `count` things, in the form the messages' language
 * uses for that number.
 */
export function plural(key: CountKey, count: number): string {
  const language = messagesLanguage();
  const form = once(`plural ${language}`, () => new Intl.PluralRules(language)).select(count);
  const filled = { count };
  // A browser whose plural data differ from Node's (another ICU) may pick a form the file lacks: `other` stands in.
  return say(`${key}.${form}`, filled) || say(`${key}.other`, filled);
}

/**
 * Makes the Intl objects a card uses, for a page that loads ahead of its
 * first card (the card frame, while the hover delay runs) to pay for them
 * then rather than when the card is asked for.
 */
export function prepareFormats(): void {
  for (const style of Object.keys(DATE_STYLES) as (keyof typeof DATE_STYLES)[])
    formatDate(new Date(0), style);
  formatList([]);
  plural('card.mentions', 1);
}

/** How a kind of entity is named: one of them ("Person") or a list of them ("People"). */
export const kindName = (kind: EntityKind, as: 'name' | 'list'): string => t(`kind.${kind}.${as}`);

/**
 * A message as written, its `{placeholders}` left in, for a page to put
 * elements (a link, a key, an input) where they stand in the sentence.
 */
export const template = (key: MessageKey): string => say(key);

/** Names an extension page in the reader's language: its title and `lang`. */
export function nameDocument(title: string): void {
  document.documentElement.lang = messagesLanguage();
  document.title = title;
}
