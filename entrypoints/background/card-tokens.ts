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

const PREFIX = 'card-token:';
/** A frame loads within seconds of its token: one older than this was never redeemed. */
const TTL_MS = 60_000;

interface Issued {
  tabId: number;
  at: number;
}

export async function issueCardToken(tabId: number): Promise<string> {
  const all = await browser.storage.session.get();
  const now = Date.now();
  const stale = Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && now - (value as Issued).at >= TTL_MS)
    .map(([key]) => key);
  if (stale.length > 0) await browser.storage.session.remove(stale);
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [PREFIX + token]: { tabId, at: now } satisfies Issued });
  return token;
}

/** Whether `token` was issued to the tab `tabId` and not used yet; it cannot be used again. */
export async function redeemCardToken(token: string, tabId: number | undefined): Promise<boolean> {
  const key = PREFIX + token;
  const issued = (await browser.storage.session.get(key))[key] as Issued | undefined;
  if (!issued) return false;
  await browser.storage.session.remove(key);
  return issued.tabId === tabId && Date.now() - issued.at < TTL_MS;
}
