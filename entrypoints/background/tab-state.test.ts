import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabState, MAX_FRAMES, recordFound, tabLoading } from './tab-state';

beforeEach(() => {
  fakeBrowser.reset();
  // The badge is the browser's to draw: not what these tests look at.
  for (const method of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const)
    vi.spyOn(fakeBrowser.action, method).mockResolvedValue(undefined);
});

describe("a tab's found list", () => {
  it('merges frames reporting at the same moment, losing none', async () => {
    await Promise.all([
      recordFound(1, 0, 'https://news.example/', true, { 'nicolas-maduro': 2 }),
      recordFound(1, 7, 'https://ads.example/', true, { rosneft: 1 }),
      recordFound(1, 8, 'https://video.example/', true, { 'sergey-lavrov': 3 }),
      recordFound(1, 9, 'https://comments.example/', true, { 'nicolas-maduro': 1 }),
    ]);
    expect((await getTabState(1)).counts).toEqual({ 'nicolas-maduro': 3, rosneft: 1, 'sergey-lavrov': 3 });
  });

  it('starts afresh when the tab loads a new page', async () => {
    await recordFound(1, 0, 'https://news.example/a', true, { 'nicolas-maduro': 2 });
    await recordFound(1, 7, 'https://ads.example/', true, { rosneft: 1 });
    await tabLoading(1);
    await recordFound(1, 8, 'https://video.example/', true, { 'sergey-lavrov': 1 });
    await recordFound(1, 0, 'https://news.example/b', true, { caricom: 1 });
    expect(await getTabState(1)).toEqual({
      url: 'https://news.example/b',
      enabled: true,
      counts: { 'sergey-lavrov': 1, caricom: 1 },
      capped: false,
    });
  });

  it('says so while a frame marks only first mentions past its cap', async () => {
    await recordFound(1, 0, 'https://news.example/', true, { 'nicolas-maduro': 1 });
    await recordFound(1, 7, 'https://log.example/', true, { 'nicolas-maduro': 5000, rosneft: 1 }, true);
    expect((await getTabState(1)).capped).toBe(true);
    await recordFound(1, 7, 'https://log.example/', true, { 'nicolas-maduro': 4 });
    expect((await getTabState(1)).capped).toBe(false);
  });
});

describe("a tab's record, whatever its page does", () => {
  const stored = async (tabId: number) =>
    (await fakeBrowser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`] as { frames: unknown[] };

  it('keeps at most MAX_FRAMES frames when thousands report, the top one among them', async () => {
    await recordFound(1, 0, 'https://news.example/', true, { 'nicolas-maduro': 1 });
    await Promise.all(
      Array.from({ length: 5000 }, (_, i) => recordFound(1, i + 1, undefined, true, { [`entity-${i}`]: 1 })),
    );
    expect((await stored(1)).frames).toHaveLength(MAX_FRAMES);
    const { counts } = await getTabState(1);
    expect(counts['nicolas-maduro']).toBe(1);
    // The newest reports are the ones kept.
    expect(Object.keys(counts).sort()).toEqual(
      [
        'nicolas-maduro',
        ...Array.from({ length: MAX_FRAMES - 1 }, (_, i) => `entity-${5000 - MAX_FRAMES + 1 + i}`),
      ].sort(),
    );
  });

  it('keeps no entry for a frame that marked nothing, and drops the one it had', async () => {
    await recordFound(1, 0, 'https://news.example/', true, {});
    await recordFound(1, 7, 'https://ads.example/', true, { rosneft: 1 });
    await recordFound(1, 8, 'https://video.example/', true, {});
    await recordFound(1, 7, 'https://ads.example/', true, {});
    expect((await stored(1)).frames).toEqual([]);
    expect(await getTabState(1)).toEqual({
      url: 'https://news.example/',
      enabled: true,
      counts: {},
      capped: false,
    });
  });

  it('counts a frame reporting again as the newest', async () => {
    await recordFound(1, 1, undefined, true, { rosneft: 1 });
    for (let frame = 2; frame <= MAX_FRAMES; frame++)
      await recordFound(1, frame, undefined, true, { caricom: 1 });
    await recordFound(1, 1, undefined, true, { rosneft: 2 });
    await recordFound(1, MAX_FRAMES + 1, undefined, true, { 'lima-group': 1 });
    // Frame 2 was the oldest report, not frame 1.
    expect((await getTabState(1)).counts).toEqual({ rosneft: 2, caricom: MAX_FRAMES - 2, 'lima-group': 1 });
  });

  it('badges the entities of the frames it kept', async () => {
    await recordFound(1, 0, 'https://news.example/', true, { 'nicolas-maduro': 1 });
    for (let frame = 1; frame <= 2 * MAX_FRAMES; frame++)
      await recordFound(1, frame, undefined, true, { rosneft: 1 });
    await recordFound(1, 1000, undefined, true, { caricom: 1 });
    await recordFound(1, 1000, undefined, true, {});
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 1, text: '2' });
  });
});
