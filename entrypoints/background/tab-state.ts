/**
 * What Gloss found in each tab, per frame, kept in session storage so that a
 * restarted service worker still knows, and the toolbar badge that shows it.
 * Each tab's reports are applied one at a time: frames reporting together
 * merge, never overwrite each other. A tab that starts loading a page starts
 * an empty list (history navigations in single-page sites do not load, and
 * keep theirs). A page cannot grow its tab's record without limit (session
 * storage holds 10 MB for all tabs): a frame that marked nothing keeps no
 * entry, and only the latest reports of `MAX_FRAMES` frames are kept.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../../messaging/contract';
import { plural, t } from '../../i18n/i18n';
import { inTurn } from './in-turn';

/**
 * The most frames a tab's record keeps. Far more than a news page shows at
 * once with names in them (its article, a few embeds and ads), while a page
 * that adds and removes thousands of frames (a single-page site over hours, a
 * hostile one at once) keeps no more of them than this.
 */
export const MAX_FRAMES = 64;

interface FrameReport {
  frameId: number;
  /** Marks per entity. */
  counts: Record<string, number>;
  /** Past its cap, only first mentions are marked. */
  capped: boolean;
}

interface StoredTab {
  url?: string;
  enabled: boolean;
  /** Frames that marked something, in the order of their latest report, oldest first. */
  frames: FrameReport[];
}

const key = (tabId: number) => `tab:${tabId}`;

async function load(tabId: number): Promise<StoredTab | undefined> {
  return (await browser.storage.session.get(key(tabId)))[key(tabId)] as StoredTab | undefined;
}

/** Sums a tab's frames: what the popup lists and the badge counts. */
function summarise(tab: StoredTab | undefined): TabState {
  const counts: Record<string, number> = {};
  const frames = tab?.frames ?? [];
  for (const frame of frames) {
    for (const [id, n] of Object.entries(frame.counts)) counts[id] = (counts[id] ?? 0) + n;
  }
  return { url: tab?.url, enabled: tab?.enabled ?? false, counts, capped: frames.some((f) => f.capped) };
}

export async function getTabState(tabId: number): Promise<TabState> {
  return summarise(await load(tabId));
}

/**
 * A tab's frames after one reports: its report replaces its last and counts as
 * the newest, gone if it marked nothing; past `MAX_FRAMES`, the oldest report
 * other than the top frame's is dropped (the top frame holds the page's own
 * text, the one thing the reader surely came for).
 */
function withReport(frames: readonly FrameReport[], report: FrameReport): FrameReport[] {
  const kept = frames.filter((frame) => frame.frameId !== report.frameId);
  if (Object.keys(report.counts).length > 0 || report.capped) kept.push(report);
  if (kept.length > MAX_FRAMES) kept.splice(kept[0]!.frameId === 0 ? 1 : 0, 1);
  return kept;
}

/** Records a frame's report; the top frame's says which page the tab is on and whether Gloss is on there. */
export function recordFound(
  tabId: number,
  frameId: number,
  url: string | undefined,
  enabled: boolean,
  counts: Record<string, number>,
  capped = false,
): Promise<void> {
  return inTurn(key(tabId), async () => {
    const previous = await load(tabId);
    const top = frameId === 0;
    const tab: StoredTab = {
      url: top ? url : previous?.url,
      enabled: top ? enabled : (previous?.enabled ?? enabled),
      frames: withReport(previous?.frames ?? [], { frameId, counts, capped }),
    };
    await browser.storage.session.set({ [key(tabId)]: tab });
    await showBadge(tabId, summarise(tab));
  });
}

/** The tab started loading a page: what its last page held is gone, and the badge with it. */
export function tabLoading(tabId: number): Promise<void> {
  return inTurn(key(tabId), async () => {
    await browser.storage.session.remove(key(tabId));
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: '' });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return inTurn(key(tabId), () => browser.storage.session.remove(key(tabId)));
}

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const entities = Object.keys(state.counts).length;
  await action.setBadgeBackgroundColor({ tabId, color: state.enabled ? '#2f6fdf' : '#8a8a93' });
  await action.setBadgeText({
    tabId,
    text: state.enabled ? (entities > 0 ? String(entities) : '') : t('toolbar.offBadge'),
  });
  await action.setTitle({
    tabId,
    title: state.enabled ? plural('toolbar.found', entities) : t('toolbar.off'),
  });
}
