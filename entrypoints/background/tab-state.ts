/**
 * What Gloss found in each tab, per frame, kept in session storage so that a
 * restarted service worker still knows, and the toolbar badge that shows it.
 * Each tab's reports are applied one at a time: frames reporting together
 * merge, never overwrite each other.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../../messaging/contract';

interface FrameReport {
  counts: Record<string, number>;
  /** When it arrived (ms since the epoch). */
  at: number;
}

interface StoredTab {
  url?: string;
  enabled: boolean;
  frames: Record<string, FrameReport>;
  /** When the tab last started loading a page: frames that reported since belong to it. */
  loadingAt?: number;
}

const key = (tabId: number) => `tab:${tabId}`;

const queues = new Map<number, Promise<unknown>>();

/** Runs `work` on a tab's record after everything asked of it before. */
function queued<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

async function load(tabId: number): Promise<StoredTab | undefined> {
  return (await browser.storage.session.get(key(tabId)))[key(tabId)] as StoredTab | undefined;
}

/** Sums a tab's frames: what the popup lists and the badge counts. */
function summarise(tab: StoredTab | undefined): TabState {
  const counts: Record<string, number> = {};
  for (const frame of Object.values(tab?.frames ?? {})) {
    for (const [id, n] of Object.entries(frame.counts ?? {})) counts[id] = (counts[id] ?? 0) + n;
  }
  return { url: tab?.url, enabled: tab?.enabled ?? false, counts };
}

export async function getTabState(tabId: number): Promise<TabState> {
  return summarise(await load(tabId));
}

/**
 * Records a frame's report. The top frame's report on a new page starts the
 * tab afresh, keeping the frames that already reported from that page.
 */
export function recordFound(
  tabId: number,
  frameId: number,
  url: string | undefined,
  enabled: boolean,
  counts: Record<string, number>,
): Promise<void> {
  return queued(tabId, async () => {
    const previous = await load(tabId);
    const now = Date.now();
    const top = frameId === 0;
    const fresh = top && previous?.url !== url;
    const loadingAt = previous?.loadingAt;
    const frames = Object.fromEntries(
      Object.entries(previous?.frames ?? {}).filter(
        ([, frame]) => !fresh || (loadingAt !== undefined && frame.at > loadingAt),
      ),
    );
    frames[frameId] = { counts, at: now };
    const tab: StoredTab = {
      url: top ? url : previous?.url,
      enabled: top ? enabled : (previous?.enabled ?? enabled),
      frames,
      loadingAt: previous?.loadingAt,
    };
    await browser.storage.session.set({ [key(tabId)]: tab });
    await showBadge(tabId, summarise(tab));
  });
}

/** The tab started loading a page: remember when, so its frames' reports are told from the last page's. */
export function tabLoading(tabId: number): Promise<void> {
  return queued(tabId, async () => {
    const previous = await load(tabId);
    await browser.storage.session.set({
      [key(tabId)]: { ...(previous ?? { enabled: false, frames: {} }), loadingAt: Date.now() },
    });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return queued(tabId, () => browser.storage.session.remove(key(tabId)));
}

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const entities = Object.keys(state.counts).length;
  await action.setBadgeBackgroundColor({ tabId, color: state.enabled ? '#2f6fdf' : '#8a8a93' });
  await action.setBadgeText({ tabId, text: state.enabled ? (entities > 0 ? String(entities) : '') : 'off' });
  await action.setTitle({
    tabId,
    title: state.enabled
      ? `Gloss: ${entities} ${entities === 1 ? 'entity' : 'entities'} found on this page`
      : 'Gloss is off on this page',
  });
}
