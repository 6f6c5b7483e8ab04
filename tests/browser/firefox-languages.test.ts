/**
 * Gloss in Firefox speaks the language Firefox is set to (`intl.locale.requested`,
 * with Debian's language packs), regional variants included: Firefox asked for
 * es-ES, pt-BR or de-AT gets Gloss's Spanish, Portuguese or German.
 */
import { describe, expect, it } from 'vitest';
import { useFirefoxGloss } from './firefox-harness';
import { hoverMark, run } from './marks';
import { cardTexts, shownCard } from './card-frame';
import { catalogueIn, fill, messagesOf } from '../locale-messages';
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

    const url = `${ff.server.origin}/news.html`;
    const news = await ff.open(url);
    const { name, description, englishSentences } = catalogueIn(lang);
    for (const [id, kind] of [
      ['monroe-doctrine', 'kind.doctrine.name'],
      ['nicolas-maduro', 'kind.person.name'],
    ] as const) {
      await hoverMark(news, id);
      const card = await shownCard(news, name(id));
      // Gloss's own words of the entity in the language; the articles' passages stay as written.
      expect((await cardTexts(card, '.description'))[0]).toContain(description(id));
      const shown = await visibleWords(card);
      for (const sentence of englishSentences(id)) expect(shown, id).not.toContain(sentence);
      expect(untranslated(lang, english, messages, shown)).toEqual([]);
      expect(await cardTexts(card, '.kind')).toEqual([say(kind)]);
      expect(await cardTexts(card, '.passage .link')).toContain(say('card.readInContext'));
      await news.keyboard.press('Escape');
    }
    const popup = await ff.openPopupFor(url);
    await popup.waitForSelector('ul.found button');
    const listed = await popup.$$eval('ul.found button span:first-child', (els) =>
      els.map((e) => e.textContent),
    );
    for (const id of ['nicolas-maduro', 'monroe-doctrine', 'lima-group', 'astana-format'])
      expect(listed).toContain(name(id));
    await Promise.all([popup.close(), news.close()]);
  });
});
