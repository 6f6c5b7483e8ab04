import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, syncedPrefs } from '../../settings/settings-store';
import { changeSettings, keepPrefsCopy, migrateSettings } from './settings-service';

beforeEach(() => fakeBrowser.reset());

describe('the settings service', () => {
  it('keeps the copy of the synced prefs that pages read, as they change here or on another device', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, paused: false, hoverDelayMs: 500 } });
    keepPrefsCopy();
    await migrateSettings();
    expect((await loadSettings()).hoverDelayMs).toBe(500);
    // Another of the reader's devices pauses Gloss: the browser's sync writes the item here.
    await fakeBrowser.storage.sync.set({ settings: { version: 2, paused: true, hoverDelayMs: 500 } });
    await vi.waitFor(async () => expect((await loadSettings()).paused).toBe(true));
    expect(await changeSettings({ type: 'prefs', prefs: { paused: false } })).toEqual({
      ok: true,
      value: null,
    });
    expect((await loadSettings()).paused).toBe(false);
    expect((await syncedPrefs())?.paused).toBe(false);
  });

  it('shows pages a change to the prefs only once synced storage took it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, paused: false } });
    keepPrefsCopy();
    await migrateSettings();
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const answer = await changeSettings({ type: 'prefs', prefs: { paused: true } });
    set.mockRestore();
    expect(answer.ok).toBe(false);
    expect((await loadSettings()).paused).toBe(false);
    expect((await syncedPrefs())?.paused).toBe(false);
  });

  it('copies the prefs as synced storage holds them, whatever a late event says', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, paused: false } });
    keepPrefsCopy();
    await migrateSettings();
    // The event of an earlier write, heard after a later one.
    await fakeBrowser.storage.onChanged.trigger(
      { settings: { newValue: { version: 2, paused: true }, oldValue: { version: 2, paused: false } } },
      'sync',
    );
    await changeSettings({ type: 'prefs', prefs: {} });
    expect((await loadSettings()).paused).toBe(false);
  });

  it('copies the prefs in turn with the changes, never over a change made meanwhile', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, paused: false } });
    keepPrefsCopy();
    await migrateSettings();
    // Another device's write asks for a copy, slow to hear back from local storage.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const read = await get(keys as string);
      await held;
      return read;
    });
    await fakeBrowser.storage.sync.set({ settings: { version: 2, paused: false, hoverDelayMs: 500 } });
    const change = changeSettings({ type: 'prefs', prefs: { paused: true } });
    // The copy is under way, held at its read, with the change queued behind it.
    await vi.waitFor(() => expect(spy).toHaveBeenCalled());
    release();
    expect((await change).ok).toBe(true);
    spy.mockRestore();
    // The copy that was held has ended when the copy pages read holds the change.
    await vi.waitFor(async () => expect((await loadSettings()).hoverDelayMs).toBe(500));
    expect(await syncedPrefs()).toMatchObject({ paused: true, hoverDelayMs: 500 });
    expect((await loadSettings()).paused).toBe(true);
  });

  it('makes the copy when nothing is synced too, so that pages need not look where the prefs are synced', async () => {
    keepPrefsCopy();
    await migrateSettings();
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect((await loadSettings()).paused).toBe(false);
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
  });

  it("carries version 1's single synced item over: prefs stay synced, lists move to local storage", async () => {
    const exclusions = Array.from({ length: 150 }, (_, i) => ({
      site: `s${i}.example`,
      entity: 'donald-trump',
      form: 'trump',
    }));
    await fakeBrowser.storage.sync.set({
      settings: {
        paused: false,
        disabledSites: ['.example.com', 'localhost'],
        markMode: 'first',
        kindsOff: ['country'],
        hoverDelayMs: 500,
        excludedForms: exclusions,
      },
    });
    const before = await loadSettings(syncedPrefs);
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: { version: 2, paused: false, markMode: 'first', kindsOff: ['country'], hoverDelayMs: 500 },
    });
    expect(await fakeBrowser.storage.local.get(['sites', 'exclusions'])).toEqual({
      sites: ['.example.com', 'localhost'],
      exclusions,
    });
    // Pages read the prefs from the background's copy: the same settings.
    expect(await loadSettings()).toEqual(before);
    // Run again, it changes nothing.
    await migrateSettings();
    expect(await loadSettings()).toEqual(before);
  });

  it('applies close changes one after the other, losing none', async () => {
    await Promise.all([
      changeSettings({ type: 'toggleSite', url: 'https://a.example/', subdomains: false }),
      changeSettings({ type: 'toggleSite', url: 'https://b.example/', subdomains: false }),
      changeSettings({ type: 'exclude', url: 'https://a.example/', entity: 'rosneft', form: 'rosneft' }),
      changeSettings({ type: 'prefs', prefs: { paused: true } }),
    ]);
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
    expect(settings.excludedForms).toEqual([{ site: 'a.example', entity: 'rosneft', form: 'rosneft' }]);
    expect(settings.paused).toBe(true);
  });

  it('answers a full storage with what to do, and stores nothing', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await changeSettings({ type: 'toggleSite', url: 'https://a.example/', subdomains: false });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Couldn't save: your browser's storage for Gloss is full .*Remove some sites/,
      ),
    });
    expect((await loadSettings()).disabledSites).toEqual([]);
    set.mockRestore();
    // The next change goes through.
    expect(
      await changeSettings({ type: 'toggleSite', url: 'https://a.example/', subdomains: false }),
    ).toEqual({
      ok: true,
      value: null,
    });
  });

  it('keeps 1,000 sites and 200 forms, and reads them back', async () => {
    for (let i = 0; i < 1000; i++)
      await changeSettings({ type: 'addSite', url: `https://site${i}.example`, subdomains: i % 2 === 0 });
    for (let i = 0; i < 200; i++)
      await changeSettings({
        type: 'exclude',
        url: `https://site${i}.example`,
        entity: 'donald-trump',
        form: `trump ${i}`,
      });
    const settings = await loadSettings();
    expect(settings.disabledSites).toHaveLength(1000);
    expect(settings.excludedForms).toHaveLength(200);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get()).length).toBeLessThan(8192);
  });
});
