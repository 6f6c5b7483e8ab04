/**
 * Single-use tokens that let a card frame serve. The card page can be framed
 * by any page that knows its address (stable per install on Firefox), and
 * that page chooses the frame's name and sends it messages: so the frame
 * serves only the port that came with a token the background issued to a
 * content script of Gloss in the same tab, and each token serves once.
 * Kept in session storage (out of content scripts' reach) so that a service
 * worker stopped between issue and redemption still knows them.
 */
import { browser } from 'wxt/browser';
import { inTurn } from './in-turn';

/**
 * Also the name the tokens change under, one change at a time (`inTurn`): a
 * token read and removed by two redemptions at once would serve twice.
 */
const PREFIX = 'card-token:';
/** A frame loads within seconds of its token: one older than this was never redeemed. */
const TTL_MS = 60_000;
/** A tab makes one card frame at a time (one per frame of the page at most): more is someone minting. */
const MAX_PER_TAB = 8;

interface Issued {
  tabId: number;
  at: number;
}

export const issueCardToken = (tabId: number): Promise<string> =>
  inTurn(PREFIX, async () => {
    const now = Date.now();
    const issued = Object.entries(await browser.storage.session.get())
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, value]) => ({ key, ...(value as Issued) }));
    // Stale ones go, and a tab's oldest past the few it may hold.
    const mine = issued.filter((t) => t.tabId === tabId && now - t.at < TTL_MS).sort((a, b) => a.at - b.at);
    const gone = [
      ...issued.filter((t) => now - t.at >= TTL_MS),
      ...mine.slice(0, Math.max(0, mine.length - (MAX_PER_TAB - 1))),
    ].map((t) => t.key);
    if (gone.length > 0) await browser.storage.session.remove(gone);
    const token = crypto.randomUUID();
    await browser.storage.session.set({ [PREFIX + token]: { tabId, at: now } satisfies Issued });
    return token;
  });

/** Whether `token` was issued to the tab `tabId` and not used yet; it cannot be used again. */
export const redeemCardToken = (token: string, tabId: number | undefined): Promise<boolean> =>
  inTurn(PREFIX, async () => {
    const key = PREFIX + token;
    const issued = (await browser.storage.session.get(key))[key] as Issued | undefined;
    if (!issued) return false;
    await browser.storage.session.remove(key);
    return issued.tabId === tabId && Date.now() - issued.at < TTL_MS;
  });
