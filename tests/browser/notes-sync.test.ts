/**
 * Notes on two devices: two Chromium profiles, each with Gloss. The browser's
 * sync service is played by the test: it copies what one profile's synced
 * storage holds into the other's, through that profile's service worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import {
  annotated,
  launchWithGloss,
  serveFixtures,
  storedNotes,
  type FixtureServer,
  type GlossBrowser,
} from './harness';
import { clickMark } from './marks';
import { shownCard } from './card-frame';
import { mergedText } from '../../notes/notes';

let server: FixtureServer;
let a: GlossBrowser;
let b: GlossBrowser;
beforeAll(async () => {
  server = await serveFixtures();
  [a, b] = await Promise.all([launchWithGloss(), launchWithGloss()]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await server?.close();
});

/** Everything a profile's synced storage holds. */
const syncedItems = (device: GlossBrowser) =>
  device.worker.evaluate(() =>
    (globalThis as unknown as { chrome: typeof extensionApi }).chrome.storage.sync.get(null),
  );

/** The texts of the notes a profile's synced storage holds (a short note is one item). */
const syncedTexts = async (device: GlossBrowser) =>
  Object.entries(await syncedItems(device))
    .filter(([key]) => key.startsWith('gn:'))
    .map(([, value]) => (value as { t: string }).t);

/** What the browser's sync service does: `to` comes to hold what `from` holds, and hears of each change. */
async function copySync(from: GlossBrowser, to: GlossBrowser): Promise<void> {
  const items = await syncedItems(from);
  await to.worker.evaluate(async (items) => {
    const { sync } = (globalThis as unknown as { chrome: typeof extensionApi }).chrome.storage;
    const gone = Object.keys(await sync.get(null)).filter((key) => !(key in items));
    if (gone.length > 0) await sync.remove(gone);
    await sync.set(items);
  }, items);
}

const SYNCED = { timeout: 20_000 };

async function rosneftCard(device: GlossBrowser): Promise<{ page: Page; card: Frame }> {
  const page = await device.newPage(`${server.origin}/news.html`);
  await annotated(page);
  await clickMark(page, 'rosneft');
  return { page, card: await shownCard(page, 'Rosneft') };
}

const notesIn = (card: Frame) =>
  card.locator('textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));

/** Changes the card's one note (its editor is named "New note" until the card opens again). */
async function edit(card: Frame, text: string): Promise<void> {
  await card
    .getByRole('textbox', { name: /Note on Rosneft/i })
    .first()
    .fill(text);
}

describe('notes on two devices, through the browser sync', () => {
  it('go from A to B, keep both texts of an edit on each, and stay deleted after B restarts', async () => {
    const onA = await rosneftCard(a);
    await onA.card.getByRole('textbox', { name: 'New note on Rosneft' }).fill('Stake of $9 billion');
    await onA.card.getByText(/^Saved /).waitFor();
    await expect.poll(() => syncedTexts(a), SYNCED).toEqual(['Stake of $9 billion']);

    await copySync(a, b);
    const onB = await rosneftCard(b);
    await expect.poll(() => notesIn(onB.card), SYNCED).toEqual(['Stake of $9 billion', '']);

    // Both edit the version they share, before either hears of the other's.
    await edit(onA.card, 'Stake of $9 billion, sold');
    await expect.poll(() => syncedTexts(a), SYNCED).toEqual(['Stake of $9 billion, sold']);
    await edit(onB.card, 'Stake of $9 billion, kept');
    await expect.poll(() => syncedTexts(b), SYNCED).toEqual(['Stake of $9 billion, kept']);
    await copySync(a, b);
    const both = mergedText('Stake of $9 billion, sold', 'Stake of $9 billion, kept');
    await expect.poll(() => notesIn(onB.card), SYNCED).toEqual([both, '']);
    await expect.poll(() => syncedTexts(b), SYNCED).toEqual([both]);
    await copySync(b, a);
    // (A's note is in the editor it was written in: the card adds a new empty one when it opens again.)
    await expect.poll(() => notesIn(onA.card), SYNCED).toEqual([both]);

    // Deleted on A: gone from B's open card, and from B's database.
    await onA.card.getByRole('button', { name: 'Delete' }).click();
    await onA.card.getByRole('status').getByText('Note deleted').waitFor();
    await expect.poll(() => syncedTexts(a), SYNCED).toEqual([]);
    await copySync(a, b);
    await expect.poll(() => notesIn(onB.card), SYNCED).toEqual(['']);
    expect(await storedNotes(b)).toEqual([]);

    // B starts again, and syncs at once: the deletion is still there, the note does not come back.
    const profileDir = b.profileDir;
    await b.close({ keepProfile: true });
    b = await launchWithGloss({ profileDir });
    await expect
      .poll(async () => Object.keys(await syncedItems(b)).some((k) => k.startsWith('gx:')))
      .toBe(true);
    const again = await rosneftCard(b);
    expect(await notesIn(again.card)).toEqual(['']);
    expect(await storedNotes(b)).toEqual([]);
    expect(await syncedTexts(b)).toEqual([]);
  }, 120_000);

  it('keep the newest here when the sync space is full, marked so, and say it once with the export', async () => {
    const day = Date.parse('2026-01-01T00:00:00.000Z');
    const notes = Array.from({ length: 400 }, (_, i) => ({
      id: `imported-${String(i).padStart(3, '0')}`,
      entity: i % 2 ? 'rosneft' : 'lima-group',
      text: `Note ${i}: ${'Caracas, Moscow and the Lima Group. '.repeat(9)}`.slice(0, 300),
      createdAt: new Date(day + i * 60_000).toISOString(),
      updatedAt: new Date(day + i * 60_000).toISOString(),
      pageUrl: `https://news.example/story-${i}`,
      pageTitle: `Story ${i}`,
    }));
    const file = { format: 'gloss-notes', version: 1, exportedAt: new Date(day).toISOString(), notes };
    const notebook = await a.context.newPage();
    await notebook.goto(`chrome-extension://${a.extensionId}/notebook.html`);
    await notebook.locator('input[type=file]').setInputFiles({
      name: 'many.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await notebook.getByRole('button', { name: 'Apply import' }).click();

    const full = notebook.getByRole('region', { name: 'On this device only' });
    await full.getByText(/sync space is full: your newest notes stay on this device only/).waitFor(SYNCED);
    const marked = await notebook.locator('.texts .local-only').count();
    const synced = Object.keys(await syncedItems(a)).filter((k) => k.startsWith('gn:')).length;
    expect(marked).toBeGreaterThan(0);
    expect(synced + marked).toBe(400);

    const options = await a.context.newPage();
    await options.goto(`chrome-extension://${a.extensionId}/options.html`);
    await options.getByText(`Synced: ${synced}. On this device only: ${marked}.`).waitFor();
    await options
      .getByText(/^Space the browser lends Gloss for synced notes: \d+(\.\d)? kB of 98 kB used\.$/)
      .waitFor();
    expect(await options.getByRole('meter', { name: 'Sync space used by notes' }).count()).toBe(1);

    // Told once: "Got it" puts the notice away for good; the marks stay.
    await full.getByRole('button', { name: 'Got it' }).click();
    await full.waitFor({ state: 'detached' });
    await notebook.reload();
    await notebook.locator('.texts .local-only').first().waitFor();
    expect(await full.count()).toBe(0);
    await Promise.all([notebook.close(), options.close()]);
  }, 60_000);
});
