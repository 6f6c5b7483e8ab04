import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabState, recordFound, tabLoading } from './tab-state';

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
    });
  });
});
