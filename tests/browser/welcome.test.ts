import { describe, expect, it } from 'vitest';
import { useGloss } from './harness';
import { violations } from './axe';

const env = useGloss();

describe('the welcome page', () => {
  it('opens once on install, explains Gloss, and lets the reader try a card', async () => {
    expect(env.browser.welcomed).toBe(true);
    const welcome = await env.browser.newPage(`chrome-extension://${env.browser.extensionId}/welcome.html`);
    await welcome.getByRole('heading', { name: 'Welcome to Gloss' }).waitFor();
    expect(await welcome.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Try it',
      'On news pages',
      'Your notes',
      'Off here, or everywhere',
      'What Gloss keeps',
    ]);
    // The example is marked by the matcher pages get: titles and owners decide, as on a page.
    const mentions = welcome.locator('.example .mention');
    expect(await mentions.allTextContents()).toEqual([
      'Juan Guaidó',
      'Venezuela',
      'Lima Group',
      'Moscow',
      'Foreign Ministry',
      'Maria Zakharova',
      'Monroe Doctrine',
      'Rosneft',
      'Caracas',
    ]);
    await welcome.getByRole('button', { name: 'Lima Group' }).hover();
    const card = welcome.locator('.isolated-card');
    await card.getByRole('heading', { name: 'Lima Group' }).waitFor();
    expect(await card.locator('.article').count()).toBeGreaterThan(0);
    // From the keyboard too.
    await welcome.getByRole('button', { name: 'Monroe Doctrine' }).focus();
    await card.getByRole('heading', { name: 'Monroe Doctrine' }).waitFor();
    expect(await violations(welcome, 'main')).toEqual([]);
    await welcome.close();
  });

  it('is reachable from the popup', async () => {
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    const link = popup.getByRole('link', { name: 'How it works' });
    expect(await link.getAttribute('href')).toBe(
      `chrome-extension://${env.browser.extensionId}/welcome.html`,
    );
    await popup.close();
  });
});
