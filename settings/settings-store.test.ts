import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from './settings-store';

beforeEach(() => fakeBrowser.reset());

describe('loadSettings, in a page', () => {
  it("reads version 1's synced item, lists included, until the background has made its copy", async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        paused: true,
        disabledSites: ['bank.example'],
        excludedForms: [{ site: 'a.example', entity: 'rosneft', form: 'rosneft' }],
        hoverDelayMs: 500,
      },
    });
    const page = await loadSettings();
    expect(page).toMatchObject({
      paused: true,
      hoverDelayMs: 500,
      disabledSites: ['bank.example'],
      excludedForms: [{ site: 'a.example', entity: 'rosneft', form: 'rosneft' }],
    });
  });

  it('reads the copy once there is one', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, paused: true } });
    await fakeBrowser.storage.local.set({ prefs: { version: 2, paused: false } });
    expect((await loadSettings()).paused).toBe(false);
  });

  it('answers the defaults where synced storage is closed to it (a content script on Chromium)', async () => {
    const refused = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValueOnce(new Error('Access to storage is not allowed from this context.'));
    expect((await loadSettings()).paused).toBe(false);
    refused.mockImplementationOnce(() => {
      throw new Error('Access to storage is not allowed from this context.');
    });
    expect((await loadSettings()).paused).toBe(false);
    refused.mockRestore();
  });
});
