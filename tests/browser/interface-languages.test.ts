/**
 * Gloss speaks the browser's language: Chromium started with `--lang` for
 * each of the seven, every page and the card render in it (headings, the
 * document's `lang`, plurals, dates) and no English phrase of the interface
 * is left on them. What the reader should see is read from locales/, so
 * the test checks the wiring, not a second copy of the words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import index from '../../data/generated/corpus-index.json';
import type { CorpusIndex } from '../../data/corpus-index';
import { cardFor } from '../../card/card-content';
import {
  annotated,
  launchWithGloss,
  serveFixtures,
  tabIdOf,
  toolbarOf,
  type FixtureServer,
  type GlossBrowser,
} from './harness';
import { hoverMark } from './marks';
import { shownCard } from './card-frame';
import { LANGUAGES, catalogueIn, fill, messagesOf } from '../locale-messages';
import { untranslated, visibleWords } from './untranslated';

const corpus = index as CorpusIndex;
const english = await messagesOf('en');

describe.each(LANGUAGES)('Gloss with the browser in %s', (lang) => {
  let server: FixtureServer;
  let browser: GlossBrowser;
  let say: (key: string, values?: Record<string, string | number>) => string;
  beforeAll(async () => {
    const messages = await messagesOf(lang);
    say = (key, values) => fill(messages.get(key) ?? english.get(key)!, values);
    server = await serveFixtures();
    browser = await launchWithGloss({ lang });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const page = async (path: string) => {
    const opened = await browser.newPage(`chrome-extension://${browser.extensionId}/${path}`);
    await opened.locator('#app > *').first().waitFor();
    return opened;
  };
  const expectSpoken = async (where: Page | Frame) => {
    expect(await where.locator('html').getAttribute('lang')).toBe(lang);
    expect(untranslated(lang, english, await messagesOf(lang), await visibleWords(where))).toEqual([]);
  };

  it('welcomes the reader, and names its pages, in the language', async () => {
    const welcome = await page('welcome.html');
    expect(await welcome.locator('h1').textContent()).toBe(say('welcome.title'));
    expect(await welcome.title()).toBe(say('welcome.title'));
    // The example paragraph is in the language too, and Gloss marks its names.
    expect(await welcome.locator('.example').textContent()).toBe(say('welcome.example'));
    expect(await welcome.locator('.example .mention').count()).toBeGreaterThanOrEqual(8);
    await expectSpoken(welcome);

    const pages: [string, string, string][] = [
      ['options.html', 'h1', 'options.title'],
      ['notebook.html', 'h1', 'notebook.title'],
      ['popup.html', 'label.switch span', 'popup.pauseEverywhere'],
      [`reader.html?article=${corpus.articles[0]!.id}`, '.hint', 'reader.hint'],
    ];
    for (const [path, selector, key] of pages) {
      const opened = await page(path);
      expect(await opened.locator(selector).first().textContent(), path).toBe(say(key));
      await expectSpoken(opened);
      await opened.close();
    }
  });

  it('shows the card and the toolbar button in the language: counts in its plural forms, dates its way', async () => {
    const news = await browser.newPage(`${server.origin}/news.html`);
    await annotated(news);
    const plural = new Intl.PluralRules(lang);
    // The button's tooltip counts the entities its badge shows.
    const tabId = await tabIdOf(browser, news.url());
    await expect
      .poll(async () => {
        const { text, title } = await toolbarOf(browser, tabId);
        const count = Number(text);
        const expected = say(`toolbar.found.${plural.select(count)}`, { count });
        return count > 0 && title === expected ? 'as expected' : `badge "${text}", title "${title}"`;
      })
      .toBe('as expected');
    await hoverMark(news, 'nicolas-maduro');
    const frame = await shownCard(news, catalogueIn(lang).name('nicolas-maduro'));
    const card = frame.locator('[role="dialog"]');
    expect(await card.locator('.kind').textContent()).toBe(say('kind.person.name'));
    expect(await card.locator('h3').first().textContent()).toContain(say('card.articlesSaid'));

    const day = new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const expected = cardFor(corpus, 'nicolas-maduro')!.articles.map((a) =>
      [
        a.author,
        a.outlet,
        day.format(new Date(a.date.slice(0, 10))),
        say(`card.mentions.${plural.select(a.mentions)}`, { count: a.mentions }),
      ]
        .filter(Boolean)
        .join(' · '),
    );
    expect(await card.locator('.article .meta').allTextContents()).toEqual(expected);
    await expectSpoken(frame);
    await expectCatalogueIn(frame, 'nicolas-maduro');

    await news.keyboard.press('Escape');
    await hoverMark(news, 'monroe-doctrine');
    await expectCatalogueIn(
      await shownCard(news, catalogueIn(lang).name('monroe-doctrine')),
      'monroe-doctrine',
    );

    // The popup lists what the page holds by the names the reader's press uses.
    const popup = await browser.newPage(
      `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, news.url())}`,
    );
    const listed = popup.locator('.found li span:first-child');
    await listed.first().waitFor();
    const names = await listed.allTextContents();
    for (const id of ['nicolas-maduro', 'monroe-doctrine', 'lima-group', 'astana-format'])
      expect(names).toContain(catalogueIn(lang).name(id));
    await popup.close();
    await news.close();
  });

  /** The card shows the entity's name and Gloss's description in the language, and none of the English. */
  const expectCatalogueIn = async (frame: Frame, id: string) => {
    const card = frame.locator('[role="dialog"]');
    const { name, description, englishSentences } = catalogueIn(lang);
    expect(await card.locator('h2').textContent()).toBe(name(id));
    expect(await card.locator('.description').textContent()).toContain(description(id));
    if (lang === 'en') return;
    const shown = await card.innerText();
    for (const sentence of englishSentences(id)) expect(shown, id).not.toContain(sentence);
  };
});
