import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  annotated,
  launchWithGloss,
  storedDrafts,
  storedNotes,
  useGloss,
  type GlossBrowser,
} from './harness';
import { clickMark, hoverMark, waitForMark } from './marks';
import { nextFrames, noCard, shownCard } from './card-frame';

const env = useGloss();

/** Opens (pins) the card of the first mark of `entity` on a fresh page. */
async function cardOn(
  browser: GlossBrowser,
  url: string,
  entity: string,
): Promise<{ page: Page; card: Frame }> {
  const page = await browser.newPage(url);
  await annotated(page);
  await clickMark(page, entity);
  return { page, card: await shownCard(page) };
}

/** Types a new note into the open card of `name` and waits until it is saved. */
async function writeNote(card: Frame, name: string, text: string): Promise<void> {
  await card.getByRole('textbox', { name: `New note on ${name}` }).fill(text);
  await card.getByText(/^Saved /).waitFor();
}

const savedNotes = (card: Frame) =>
  card.locator('textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));

describe('notes', () => {
  it('take what is typed the moment the card shows, on a page just loaded', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await waitForMark(page, 'maria-zakharova');
    await hoverMark(page, 'maria-zakharova');
    const card = await shownCard(page);
    // No pause between the card showing and the reader typing.
    const box = card.getByRole('textbox', { name: /^New note on/ });
    await box.click();
    await page.keyboard.type('Caracas, day 1');
    expect(await box.inputValue()).toBe('Caracas, day 1');
    await card.getByText(/^Saved /).waitFor();
    expect((await storedNotes(env.browser)).map((n) => n.text)).toContain('Caracas, day 1');
    await page.close();
  });

  it('follow the entity from site to site, update open cards, and stay text', async () => {
    const here = await cardOn(env.browser, `${env.server.origin}/news.html`, 'nicolas-maduro');
    await writeNote(here.card, 'Nicolás Maduro', 'Watch the Rome talks <img src=x onerror=alert(1)>');

    const there = await cardOn(env.browser, `${env.server.otherOrigin}/news.html`, 'nicolas-maduro');
    await expect
      .poll(() => savedNotes(there.card))
      .toEqual(['Watch the Rome talks <img src=x onerror=alert(1)>', '']);
    expect(await there.card.locator('img').count()).toBe(0);

    // Edited in one tab, the other tab's open card follows.
    await here.card
      .getByRole('textbox', { name: 'New note on Nicolás Maduro' })
      .fill('Watch the Rome talks closely');
    await expect.poll(() => savedNotes(there.card)).toEqual(['Watch the Rome talks closely', '']);
    await Promise.all([here.page.close(), there.page.close()]);
  });

  it('saved in one tab, leave every other tab where the reader left it', async () => {
    const other = await env.browser.newPage(`${env.server.otherOrigin}/news.html`);
    await annotated(other);
    await other.evaluate(() => scrollTo(0, 300));
    const writing = await cardOn(env.browser, `${env.server.origin}/news.html`, 'mike-pence');
    await writeNote(writing.card, 'Mike Pence', 'Seen from another tab?');
    // The save has been announced by now (to Gloss's own pages only); in the other tab, shown again,
    // a smooth scroll would have started within its next frames.
    await other.bringToFront();
    await nextFrames(other);
    expect(
      await other.evaluate(() => ({
        y: scrollY,
        flashed: CSS.highlights.get('gloss-flash')?.size ?? 0,
        // The page's own observer (tests/fixtures/watch.js): nothing was added, removed or changed.
        mutations: (window as unknown as { seenMutations: string[] }).seenMutations,
      })),
    ).toEqual({ y: 300, flashed: 0, mutations: [] });
    await Promise.all([writing.page.close(), other.close()]);
  });

  it('loses no keystroke when the card closes mid-sentence', async () => {
    const { page, card } = await cardOn(env.browser, `${env.server.origin}/news.html`, 'rosneft');
    await card.getByRole('textbox', { name: 'New note on Rosneft' }).pressSequentially('Stake of $9 billion');
    await page.keyboard.press('Escape');
    await noCard(page);
    await clickMark(page, 'rosneft');
    const again = await shownCard(page, 'Rosneft');
    await expect.poll(() => savedNotes(again)).toEqual(['Stake of $9 billion', '']);
    await page.close();
  });

  it('loses no keystroke when the tab is closed mid-sentence', async () => {
    const url = `${env.server.origin}/news.html`;
    const { page, card } = await cardOn(env.browser, url, 'caricom');
    await card
      .getByRole('textbox', { name: 'New note on CARICOM' })
      .pressSequentially('Typed, then the tab closed');
    await page.close({ runBeforeUnload: true });
    const again = await cardOn(env.browser, url, 'caricom');
    await expect.poll(() => savedNotes(again.card)).toEqual(['Typed, then the tab closed', '']);
    await again.page.close();
  });

  it('deleted, come back as they were with Undo, from the keyboard, and are stored again', async () => {
    const { page, card } = await cardOn(env.browser, `${env.server.origin}/news.html`, 'juan-guaido');
    await writeNote(card, 'Juan Guaidó', 'Recognised by the Lima Group');
    const mine = async () =>
      (await storedNotes(env.browser)).filter((n) => n.text === 'Recognised by the Lima Group');
    const [stored] = await mine();
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('status').getByText('Note deleted').waitFor();
    await expect.poll(mine).toEqual([]);
    // Focus went to Undo, where Delete was: Enter brings the note back, same id, text, page and
    // creation date, as a later version of the one deleted (its deletion may have gone out already).
    const focused = () =>
      card.evaluate(() => {
        const at = document.activeElement;
        return at instanceof HTMLTextAreaElement ? at.value : at?.textContent;
      });
    await expect.poll(focused).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(mine).toEqual([{ ...stored, updatedAt: expect.any(String) }]);
    expect((await mine())[0]!.updatedAt > stored!.updatedAt).toBe(true);
    await expect.poll(() => savedNotes(card)).toEqual(['Recognised by the Lima Group', '']);
    await expect.poll(focused).toBe('Recognised by the Lima Group');
    await page.close();
  });

  it('stay with their entity when the card opens a related one in place, whose new-note box is empty', async () => {
    const { page, card } = await cardOn(env.browser, `${env.server.origin}/news.html`, 'monroe-doctrine');
    await writeNote(card, 'Monroe Doctrine', 'Back, said Bolton');
    await card.getByRole('button', { name: 'John Bolton' }).click();
    await shownCard(page, 'John Bolton');
    await expect
      .poll(() => card.getByRole('textbox', { name: 'New note on John Bolton' }).inputValue())
      .toBe('');
    await page.close();
  });

  it('are out of reach of the page: its scripts see no Gloss database', async () => {
    const { page, card } = await cardOn(env.browser, `${env.server.origin}/news.html`, 'lima-group');
    await writeNote(card, 'Lima Group', 'secret');
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('gloss');
    await page.close();
  });

  it('survive a browser restart', async () => {
    const first = await launchWithGloss();
    const url = `${env.server.origin}/news.html`;
    const { card } = await cardOn(first, url, 'john-bolton');
    await writeNote(card, 'John Bolton', 'Invoked Monroe');
    await first.close({ keepProfile: true });

    const again = await launchWithGloss({ profileDir: first.profileDir });
    try {
      const reopened = await cardOn(again, url, 'john-bolton');
      await expect.poll(() => savedNotes(reopened.card)).toEqual(['Invoked Monroe', '']);
      // A restart is no install: the welcome page was shown once, in the first run.
      expect(again.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toEqual([]);
    } finally {
      await again.close();
    }
  });
});

describe('notes and privacy', () => {
  it('keep the page they were written on without its query or fragment', async () => {
    const { page, card } = await cardOn(
      env.browser,
      `${env.server.origin}/news.html?token=s3cret&session=42#comments`,
      'elliott-abrams',
    );
    await writeNote(card, 'Elliott Abrams', 'Special envoy');
    const stored = (await storedNotes(env.browser))
      .filter((n) => n.text === 'Special envoy')
      .map((n) => n.pageUrl);
    expect(stored).toEqual([`${env.server.origin}/news.html`]);
    await page.close();
  });
});

describe('notes written in two places, or through an update', () => {
  it('edited in two tabs at once keep both texts, and the reader is told', async () => {
    const a = await cardOn(env.browser, `${env.server.origin}/news.html`, 'mike-pompeo');
    await writeNote(a.card, 'Mike Pompeo', 'Start');
    const b = await cardOn(env.browser, `${env.server.otherOrigin}/news.html`, 'mike-pompeo');
    // Tab A goes on in the editor it wrote the note in; tab B finds the note listed.
    const inA = a.card.getByRole('textbox', { name: 'New note on Mike Pompeo' });
    const inB = b.card.getByRole('textbox', { name: 'Note on Mike Pompeo', exact: true });
    await expect.poll(() => inB.inputValue()).toBe('Start');
    // Tab B is still typing (its save waits for a pause) when tab A's save lands, or the other way round.
    await inB.fill('Start, from B');
    await inA.fill('Start, from A');
    await inA.blur();
    await inB.blur();
    const told = (card: Frame) =>
      card.getByText('Changed elsewhere meanwhile: both versions are kept here, the other first.').count();
    await expect.poll(async () => (await told(a.card)) + (await told(b.card))).toBeGreaterThan(0);
    // Nothing was overwritten: the note holds both texts, one after the other.
    await expect
      .poll(async () =>
        (await storedNotes(env.browser))
          .filter((n) => n.text.includes('Start, from A') && n.text.includes('Start, from B'))
          .map((n) => n.text.split('\n\n').sort()),
      )
      .toEqual([['Start, from A', 'Start, from B']]);
    await Promise.all([a.page.close(), b.page.close()]);
  });

  it('typed just before the browser quits are kept, and there when the card opens again', async () => {
    const first = await launchWithGloss();
    const url = `${env.server.origin}/news.html`;
    const { card } = await cardOn(first, url, 'john-bolton');
    await card
      .getByRole('textbox', { name: 'New note on John Bolton' })
      .pressSequentially('Typed as it quit');
    // As soon as Gloss holds the last keystroke (as a draft, before the editor's own save,
    // which waits for a 400 ms pause), the browser goes, Gloss with it.
    const kept = async () => [
      ...(await storedDrafts(first)),
      ...(await storedNotes(first)).map((n) => n.text),
    ];
    await expect.poll(kept).toContain('Typed as it quit');
    await first.close({ keepProfile: true });

    const again = await launchWithGloss({ profileDir: first.profileDir });
    try {
      const reopened = await cardOn(again, url, 'john-bolton');
      await expect.poll(() => savedNotes(reopened.card)).toEqual(['Typed as it quit', '']);
    } finally {
      await again.close();
    }
  });
});
