import { describe, expect, it } from 'vitest';
import { annotated, useGloss } from './harness';
import { marksIn } from './marks';

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
});
