import { describe, expect, it } from 'vitest';
import { annotated, setSettings, useGloss } from './harness';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { expectedAndMarked, hoverMark, marksIn, waitForMark } from './marks';
import { cardTexts, shownCard } from './card-frame';

const env = useGloss();

describe('news in other languages', () => {
  it('marks a Spanish page, capitals headline included, and leaves ripe bananas and limes alone', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/es.html`);
    await annotated(page);
    const marks = (selector: string) => marksIn(page, selector);
    expect(await marks('h1')).toEqual([
      ['nicolas-maduro', 'MADURO'],
      ['lima-group', 'GRUPO DE LIMA'],
    ]);
    expect(await marks('#es')).toEqual([
      ['sergey-lavrov', 'Serguéi Lavrov'],
      ['monroe-doctrine', 'Doctrina Monroe'],
      ['juan-guaido', 'Juan Guaidó'],
      ['oas', 'OEA'],
      ['rosneft', 'Rosneft'],
    ]);
    expect(await marks('#es-false')).toEqual([]);
    await page.close();
  });

  it('marks a Russian page, case endings included', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/ru.html`);
    await annotated(page);
    expect(await marksIn(page, '#ru')).toEqual([
      ['russian-foreign-ministry', 'МИД России'],
      ['maria-zakharova', 'Мария Захарова'],
      ['monroe-doctrine', 'доктрине Монро'],
      ['vladimir-putin', 'Путина'],
      ['sergey-lavrov', 'Лаврова'],
      ['rosneft', 'Роснефть'],
      ['lima-group', 'Лимская группа'],
      ['nicolas-maduro', 'Мадуро'],
      ['juan-guaido', 'Гуайдо'],
    ]);
    await page.close();
  });

  it('on current news, marks only what names the same person or thing, in four languages', async () => {
    // Every kind on, countries and places included, so that every rule is seen at work.
    await setSettings(env.browser, { kindsOff: [] });
    const page = await env.browser.newPage(`${env.server.origin}/current-news.html`);
    try {
      await annotated(page);
      const paragraphs = await expectedAndMarked(page);
      expect(paragraphs.length).toBeGreaterThanOrEqual(30);
      for (const { id, expected, marked } of paragraphs) expect(marked, id).toEqual(expected);
    } finally {
      await setSettings(env.browser, { kindsOff: DEFAULT_SETTINGS.kindsOff });
    }

    // An entity the catalogue gained shows its passage, and Gloss's dated note: once the page is
    // marked again with the reader's kinds (the marks of the pass before go as that one starts).
    await annotated(page, 2);
    await waitForMark(page, 'private-military-companies');
    await hoverMark(page, 'private-military-companies');
    const card = await shownCard(page, 'Russian private military companies (Wagner)');
    expect(await cardTexts(card, '.article .title')).toEqual([
      'Untitled opinion piece on why Russia sent troops to Venezuela (no headline; our description)',
    ]);
    expect(await cardTexts(card, '.checked')).toEqual(["Gloss's note, checked Nov 2026"]);
    await page.close();
  });
});
