/**
 * The browser's i18n API for unit tests, answering from the real message
 * files as the browser does: English unless a test picks another language
 * with `useLanguage`, English again for a key a language lacks. Loaded
 * before every unit test (vitest.config.ts).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach } from 'vitest';
import { LANGUAGES, messagesOf } from '../locale-messages';

export { LANGUAGES };

/** Each language's messages under the names the browser gives them (`card_readInContext`). */
const bundles = new Map(
  await Promise.all(
    LANGUAGES.map(async (lang) => {
      const messages = await messagesOf(lang);
      return [lang, new Map([...messages].map(([key, text]) => [key.replaceAll('.', '_'), text]))] as const;
    }),
  ),
);
const english = bundles.get('en')!;

let uiLanguage = 'en';

/** Answers as a browser whose interface is in `locale` (`es`, `ru-RU`…) would, until the test ends. */
export function useLanguage(locale: string): void {
  uiLanguage = locale;
}
afterEach(() => useLanguage('en'));

const bundleFor = (locale: string) =>
  bundles.get(locale.replace('-', '_')) ?? bundles.get(locale.split(/[-_]/)[0]!) ?? english;

fakeBrowser.i18n.getUILanguage = () => uiLanguage;
fakeBrowser.i18n.getMessage = ((name: string) =>
  bundleFor(uiLanguage).get(name) ?? english.get(name) ?? '') as typeof fakeBrowser.i18n.getMessage;
