import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotated, useGloss } from './harness';
import { marksIn } from './marks';

const env = useGloss();

/** Loads a framework page and waits for its last update; returns what went wrong on the way. */
async function runStory(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${env.server.origin}/frameworks/${name}.html`);
  await annotated(page);
  await page.waitForSelector('main[data-step="3"]', { timeout: 15_000 });
  // Gloss follows the last update.
  await expect
    .poll(() => marksIn(page, '#last'))
    .toEqual([
      ['sergey-lavrov', 'Lavrov'],
      ['mike-pompeo', 'Pompeo'],
    ]);
  problems.push(
    ...(await page.evaluate(() => (window as unknown as { frameworkErrors: string[] }).frameworkErrors)),
  );
  return problems;
}

/** The text each page shows at its end, rendered on the server with no browser at all. */
const expectedText = (page: Page, name: string) =>
  page.evaluate(async (name) => {
    const html = await (await fetch(`/frameworks/${name}-end.html`)).text();
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.textContent;
  }, name);

describe.each(['react', 'vue'])('a server-rendered %s page that hydrates late, then updates', (name) => {
  it('hydrates without a mismatch or an error, shows exactly its own text, and is marked at the end', async () => {
    const page = await env.browser.context.newPage();
    expect(await runStory(page, name)).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('root')!.textContent)).toBe(
      await expectedText(page, name),
    );
    expect(await marksIn(page, '#root')).toEqual([
      ['maria-zakharova', 'Zakharova'],
      ['john-bolton', 'John Bolton'],
      ['nicolas-maduro', 'Maduro'],
      ['mike-pompeo', 'Mike Pompeo'],
      ['lima-group', 'Lima Group'],
      ['sergey-lavrov', 'Lavrov'],
      ['mike-pompeo', 'Pompeo'],
    ]);
    await page.close();
  });
});
