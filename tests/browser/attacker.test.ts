/* eslint-disable max-lines -- one hostile page's attempts, each a test, sharing one browser and its Gloss */
/**
 * A page script written as an attacker would, on a page where the reader has
 * notes and uses a card: it must learn nothing of the card, the notes or the
 * reader's typing, and make Gloss do nothing.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { annotated, launchWithGloss, storedNotes, useGloss, type GlossBrowser } from './harness';
import { clickMark, makeUpEvents, pointOf, waitForMark } from './marks';
import { cardState, nextFrames, noCard, shownCard, shownCardNow } from './card-frame';

const env = useGloss();
const SECRET = 'Meeting the source on Tuesday';
/** 40 characters: as many keys the page must not be able to time. */
const TYPED = 'typed while the page watches all entries';
/** In the address of the pages read: what only the reader's tab should know. */
const QUERY = 'session=s3cr3t';

/**
 * What Gloss keeps: every note's text and the synced preferences, read in the
 * background (synced storage holds the synced notes too, which change as the
 * reader types).
 */
const kept = async (browser: GlossBrowser) => ({
  notes: (await storedNotes(browser)).map((n) => n.text).sort(),
  settings: await browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: typeof extensionApi }).chrome.storage.sync.get('settings'),
  ),
});

/** Installed before the page's own scripts: hooks and listeners an attacker would set. */
function spy(): void {
  const w = window as unknown as { seen: string[]; roots: ShadowRoot[]; timeline: () => string[] };
  w.seen = [];
  w.roots = [];
  // Gloss's User Timing entries land in the page's own timeline.
  const timeline: string[] = [];
  const note = (entries: PerformanceEntryList) =>
    entries.forEach((e) => timeline.push(`${e.entryType}:${e.name}@${e.startTime}`));
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ entryTypes: ['mark', 'measure'] });
  // Entries not yet handed to the callback are taken at once.
  w.timeline = () => {
    note(observer.takeRecords());
    return timeline;
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    w.roots.push(root);
    return root;
  };
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'paste']) {
    window.addEventListener(
      type,
      (e) => w.seen.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`),
      true,
    );
  }
}

/** Everything the page can try to read about the card. */
const snoop = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('gloss-card');
    const w = window as unknown as { roots: ShadowRoot[] };
    const everything = [
      document.documentElement.outerHTML,
      document.body.innerText,
      host?.innerHTML ?? '',
      ...w.roots.map((r) => r.innerHTML),
      ...[...document.querySelectorAll('iframe')].map((f) => f.src),
      ...performance.getEntries().map((e) => e.name),
    ].join('\\n');
    let frameText: string;
    try {
      frameText = window.frames[0]?.document.body.innerText ?? 'no frame';
    } catch {
      frameText = 'cross-origin';
    }
    return {
      hostShadow: host?.shadowRoot ?? null,
      frames: window.frames.length,
      frameText,
      everything,
    };
  });

describe('an attacking page script', () => {
  it('learns nothing of the card, the notes or the typing, and makes Gloss do nothing', async () => {
    // The reader has a note written on another site.
    const elsewhere = await env.browser.newPage(`${env.server.otherOrigin}/news.html?${QUERY}`);
    await annotated(elsewhere);
    await clickMark(elsewhere, 'rosneft');
    const written = await shownCard(elsewhere, 'Rosneft');
    await written.getByRole('textbox', { name: 'New note on Rosneft' }).fill(SECRET);
    await written.getByText(/^Saved /).waitFor();
    await elsewhere.close();

    const page = await env.browser.context.newPage();
    await page.addInitScript(spy);
    await page.goto(`${env.server.origin}/news.html?${QUERY}`);
    await annotated(page);
    const before = await kept(env.browser);
    const tabs = env.browser.context.pages().length;

    // The reader opens the Rosneft card and types in it, watched by the page.
    await clickMark(page, 'rosneft');
    const card = await shownCard(page, 'Rosneft');
    expect(await card.getByRole('textbox', { name: 'Note on Rosneft', exact: true }).inputValue()).toBe(
      SECRET,
    );
    const heard = () =>
      page.evaluate(() => {
        const w = window as unknown as { seen: string[]; timeline: () => string[] };
        return { seen: w.seen.length, timeline: w.timeline().length };
      });
    // The card's own entry (how long it took to show) is written the frame after it shows.
    await page.waitForFunction(() => performance.getEntriesByName('gloss:card').length > 0);
    const heardBefore = await heard();
    await card.getByRole('textbox', { name: 'New note on Rosneft' }).pressSequentially(TYPED);
    await card.getByText(/^Saved /).waitFor();
    // Not one entry while the reader typed: nothing that follows the keys, their rhythm or the note's length.
    expect(
      await page.evaluate(
        (n) => (window as unknown as { timeline: () => string[] }).timeline().slice(n),
        heardBefore.timeline,
      ),
    ).toEqual([]);

    const looked = await snoop(page);
    expect(looked.hostShadow).toBeNull();
    expect(looked.frames).toBe(0);
    expect(looked.frameText).toBe('no frame');
    expect(looked.everything).not.toContain(SECRET);
    expect(looked.everything).not.toContain(TYPED);
    expect(looked.everything).not.toMatch(/Written .* on/);
    expect(looked.everything).not.toContain('card.html');
    expect(
      await page.evaluate((n) => (window as unknown as { seen: string[] }).seen.slice(n), heardBefore.seen),
    ).toEqual([]);

    await page.keyboard.press('Escape');
    await noCard(page);

    // Made-up events on the host, the marks, the page; forged highlights; card-like messages.
    const monroe = await pointOf(page, 'monroe-doctrine');
    await makeUpEvents(page, monroe, ['gloss-card', 'point', 'body']);
    await page.evaluate(({ x, y }) => {
      const at = document.elementFromPoint(x, y)!;
      const pointer = { clientX: x, clientY: y, bubbles: true, composed: true };
      // A forged mention over the headline, in Gloss's own highlight names.
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!.firstChild!);
      CSS.highlights.get('gloss')?.add(range);
      CSS.highlights.get('gloss-entity-rosneft')?.add(range);
      const box = range.getBoundingClientRect();
      document
        .querySelector('h1')!
        .dispatchEvent(new MouseEvent('click', { clientX: box.x + 5, clientY: box.y + 5, bubbles: true }));
      // Card-like messages in the page's channel, to any frame there is.
      const forged = [
        { type: 'show', ticket: 99, entity: 'rosneft', matched: 'Rosneft' },
        { type: 'saveNote', id: 'x', entity: 'rosneft', text: 'forged', pageUrl: '', pageTitle: '' },
        { glossCard: 'guess' },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        for (let i = 0; i < window.frames.length; i++) window.frames[i]!.postMessage(message, '*');
      }
      // Many cards at once.
      for (let i = 0; i < 50; i++) at.dispatchEvent(new MouseEvent('click', pointer));
    }, monroe);
    // Made-up events are dropped as they come: after the next frames the card has settled as it was.
    await nextFrames(page);
    expect(await cardState(page)).toMatchObject({ shown: null, intending: false, asking: false });
    expect(await shownCardNow(page)).toBeUndefined();
    expect(env.browser.context.pages().length).toBe(tabs);
    const after = await kept(env.browser);
    expect(after.settings).toEqual(before.settings);
    expect(after.notes).toEqual([...before.notes, TYPED].sort());
    await page.close();
  });

  it('cannot trick a click onto Delete: while it makes the card see-through, filters or covers it, Delete is off', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    await clickMark(page, 'maria-zakharova');
    const card = await shownCard(page, 'Maria Zakharova');
    await card.getByRole('textbox', { name: 'New note on Maria Zakharova' }).fill(SECRET);
    await card.getByText(/^Saved /).waitFor();
    const remove = card.getByRole('button', { name: 'Delete' });
    // The card as it is: Delete works.
    await expect.poll(() => remove.isEnabled()).toBe(true);
    const listed = () =>
      card.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: typeof extensionApi };
        const notes = await chrome.runtime.sendMessage({ type: 'listNotes', entity: 'maria-zakharova' });
        return (notes as { value: { text: string }[] }).value.map((n) => n.text);
      });

    for (const trick of [
      () => (document.documentElement.style.opacity = '0.3'),
      () => (document.documentElement.style.filter = 'contrast(0.9)'),
      () => {
        // A decoy over the card that lets clicks through to it.
        const decoy = document.createElement('div');
        decoy.id = 'decoy';
        decoy.style.cssText =
          'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:#fff8';
        document.documentElement.append(decoy);
      },
    ]) {
      await page.evaluate(trick);
      await expect.poll(() => remove.isDisabled()).toBe(true);
      // The reader's click lands on Delete; the card, asked after it, still lists the note.
      await remove.click({ force: true });
      expect(await listed()).toEqual([SECRET]);
      expect(await card.getByText('Note deleted').count()).toBe(0);
      // The page takes its trick back: the card is seen as it is again, and Delete works again.
      await page.evaluate(() => {
        document.documentElement.removeAttribute('style');
        document.getElementById('decoy')?.remove();
      });
      await expect.poll(() => remove.isEnabled()).toBe(true);
    }
    await page.close();
  });

  it('gets nothing from the background through a content script a compromised page could drive', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    const gloss = await glossWorld(page);
    const asked = (message: object) =>
      gloss(
        `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => JSON.stringify(r) ?? 'no answer', (e) => 'refused: ' + e.message)`,
      );
    for (const message of [
      { type: 'listNotes', entity: 'rosneft' },
      { type: 'allNotes' },
      { type: 'saveNote', entity: 'rosneft', text: 'forged', pageUrl: '', pageTitle: '' },
      { type: 'deleteNote', id: 'x' },
      {
        type: 'restoreNote',
        note: {
          id: 'x',
          entity: 'rosneft',
          text: 'forged',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
          pageUrl: '',
          pageTitle: '',
        },
      },
      { type: 'getTabState', tabId: 1 },
      { type: 'getCard', entity: 'rosneft' },
    ]) {
      // Refused requests get no answer (Chromium) or an error, never data.
      expect(await asked(message)).toMatch(/^(refused|no answer)/);
    }
    // Synced storage holds the reader's notes: a content script may not read it (Chromium).
    await env.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof extensionApi }).chrome.storage.sync.set({
        probe: 'a note',
      }),
    );
    expect(
      await gloss(
        `chrome.storage.sync.get(null).then((items) => JSON.stringify(items), (e) => 'refused: ' + e.message)`,
      ),
    ).toMatch(/^refused/);
    // What a content script may ask still works.
    expect(await asked({ type: 'found', enabled: true, counts: {}, capped: false })).toBe('null');
    // Reports of entities Gloss does not know are not kept (answered once recorded).
    const madeUp = { 'made-up-entity': 3 };
    expect(await asked({ type: 'found', enabled: true, counts: madeUp, capped: false })).toBe('null');
    const session = await env.browser.worker.evaluate(async () =>
      JSON.stringify(
        await (globalThis as unknown as { chrome: typeof extensionApi }).chrome.storage.session.get(),
      ),
    );
    expect(session).not.toContain('made-up-entity');
    // The storage a content script can read holds nothing the reader wrote, nor where they read it.
    const local = await gloss('chrome.storage.local.get().then(JSON.stringify)');
    for (const secret of [SECRET, TYPED, QUERY, 'draft']) expect(local).not.toContain(secret);
    await page.close();
  });

  it('in a frame from another site learns the site the reader is on, not the page', async () => {
    const page = await env.browser.newPage(`${env.server.origin}/cross-frame.html?${QUERY}`);
    const frame = () => page.frames().find((f) => f.url().endsWith('/frame.html'));
    await expect.poll(() => !!frame()).toBe(true);
    await waitForMark(frame()!, 'rosneft');
    const gloss = await glossWorld(frame()!);
    expect(await gloss('location.host')).toMatch(/^localhost:/);
    expect(await gloss(`chrome.runtime.sendMessage({ type: 'topSite' }).then(JSON.stringify)`)).toBe(
      '"127.0.0.1"',
    );
    // Nor, through the card it may host, the page the reader's notes keep.
    expect(
      await gloss(
        `chrome.runtime.sendMessage({ type: 'cardPage' }).then((r) => JSON.stringify(r) ?? 'no answer', () => 'refused')`,
      ),
    ).toMatch(/^(refused|no answer)$/);
    await page.close();
  });

  it('cannot make the card page serve it, framing it with a name and a port of its own', async () => {
    // The card page's address as the content script knows it: the one address a page could frame
    // (on Chromium it changes every session; on Firefox it stays the same per install).
    const reader = await env.browser.newPage(`${env.server.origin}/news.html`);
    await annotated(reader);
    const cardUrl = await (await glossWorld(reader))(`chrome.runtime.getURL('/card.html')`);
    await reader.close();

    const page = await env.browser.newPage(`${env.server.origin}/news.html`);
    await page.evaluate((src) => {
      const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
      const frame = document.createElement('iframe');
      frame.name = 'chosen';
      frame.src = src;
      frame.onload = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => heard.push(e.data);
        frame.contentWindow!.postMessage({ glossCard: 'chosen' }, '*', [channel.port2]);
        channel.port1.postMessage({ type: 'show', ticket: 1, entity: 'rosneft', matched: 'Rosneft' });
      };
      document.body.append(frame);
    }, cardUrl);
    // It hears only that it was refused, and the frame shows nothing.
    await page.waitForFunction(() => (window as unknown as { heard: unknown[] }).heard.length > 0);
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([
      { type: 'refused' },
    ]);
    // Automation sees the frame at the extension's own address.
    const framed = page.frames().find((f) => f.url().endsWith('/card.html'))!;
    expect(await framed.evaluate(() => document.getElementById('app')!.childElementCount)).toBe(0);
    await page.close();
  });

  it('cannot have a draft it forges saved as a note', async () => {
    const first = await launchWithGloss();
    const page = await first.newPage(`${env.server.origin}/news.html`);
    await annotated(page);
    // As older versions kept drafts, for the background to save when it starts.
    const forged = { type: 'draft', id: 'forged', at: '2100-01-01T00:00:00.000Z', entity: 'rosneft' };
    await (
      await glossWorld(page)
    )(
      `chrome.storage.local.set({ 'draft:forged': ${JSON.stringify({ ...forged, text: 'Forged', pageUrl: '', pageTitle: '' })} })`,
    );
    await first.close({ keepProfile: true });
    const again = await launchWithGloss({ profileDir: first.profileDir });
    try {
      // The background has started and looked at what was left: the forged entry is gone, unsaved.
      const left = () =>
        again.worker.evaluate(async () =>
          Object.keys(
            await (globalThis as unknown as { chrome: typeof extensionApi }).chrome.storage.local.get(),
          ),
        );
      await expect.poll(left).not.toContain('draft:forged');
      expect(await storedNotes(again)).toEqual([]);
    } finally {
      await again.close();
    }
  });
});

/**
 * Runs code in Gloss's isolated world of a page or frame, reached through
 * the debugger as a compromised renderer would.
 */
async function glossWorld(target: Page | Frame): Promise<(expression: string) => Promise<string>> {
  // A frame from another site has a process of its own: the debugger reaches it apart.
  const cdp = await ('context' in target ? target.context() : target.page().context()).newCDPSession(target);
  const worlds: { id: number; name: string; auxData?: { frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = worlds.find((w) => w.name === 'Gloss' && w.auxData?.frameId === frameTree.frame.id);
  expect(world).toBeDefined();
  return async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world!.id,
      awaitPromise: true,
      returnByValue: true,
      expression,
    });
    return result.value as string;
  };
}
