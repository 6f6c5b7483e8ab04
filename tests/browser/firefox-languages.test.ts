/**
 * Gloss in Firefox speaks the language Firefox is set to (`intl.locale.requested`,
 * with Debian's language packs), regional variants included: Firefox asked for
 * es-ES, pt-BR or de-AT gets Gloss's Spanish, Portuguese or German.
 */
import { describe, expect, it } from 'vitest';
import { useFirefoxGloss } from './firefox-harness';
import { hoverMark, run } from './marks';
import { cardTexts, shownCard } from './card-frame';
import { fill, messagesOf } from '../locale-messages';
import { untranslated, visibleWords } from './untranslated';

const english = await messagesOf('en');

describe.each([
  ['es-ES', 'es'],
  ['pt-BR', 'pt'],
  ['fr', 'fr'],
  ['de-AT', 'de'],
  ['ru', 'ru'],
  ['uk', 'uk'],
])('Gloss in Firefox set to %s', (requested, lang) => {
  const ff = useFirefoxGloss({ lang: requested });

  it(`renders its pages and the card in ${lang}`, async () => {
    const messages = await messagesOf(lang);
    const say = (key: string) => fill(messages.get(key)!);
    for (const [path, key] of [
      ['options.html', 'options.title'],
      ['notebook.html', 'notebook.title'],
      ['welcome.html', 'welcome.title'],
    ]) {
      const page = await ff.openExtensionPage(path!);
      expect(
        await run(
          page,
          () => [document.documentElement.lang, document.querySelector('h1')?.textContent],
          null,
        ),
      ).toEqual([lang, say(key!)]);
      expect(untranslated(lang, english, messages, await visibleWords(page))).toEqual([]);
      await page.close();
    }

    const news = await ff.open(`${ff.server.origin}/news.html`);
    await hoverMark(news, 'monroe-doctrine');
    const card = await shownCard(news, 'Monroe Doctrine');
    expect(await cardTexts(card, '.kind')).toEqual([say('kind.doctrine.name')]);
    expect(await cardTexts(card, '.passage .link')).toContain(say('card.readInContext'));
    expect(untranslated(lang, english, messages, await visibleWords(card))).toEqual([]);
    await news.close();
  });
});
