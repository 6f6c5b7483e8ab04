import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { issueCardToken, redeemCardToken } from './card-tokens';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('card tokens', () => {
  it('serve once, in the tab they were issued to', async () => {
    const token = await issueCardToken(7);
    expect(await redeemCardToken(token, 7)).toBe(true);
    expect(await redeemCardToken(token, 7)).toBe(false);
  });

  it('are refused from another tab, a made-up token, and once stale; and go when redeemed or stale', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const elsewhere = await issueCardToken(7);
    expect(await redeemCardToken(elsewhere, 8)).toBe(false);
    expect(await redeemCardToken(elsewhere, 7)).toBe(false);
    expect(await redeemCardToken('guessed', 7)).toBe(false);
    expect(await redeemCardToken(await issueCardToken(7), undefined)).toBe(false);
    await issueCardToken(7);
    vi.setSystemTime(Date.parse('2026-01-01T00:01:00Z'));
    // A new token sweeps the ones never redeemed.
    const fresh = await issueCardToken(7);
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual([`card-token:${fresh}`]);
  });

  it('are refused once stale, and a tab holds only a few at once, each redeemed once even when asked twice together', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z'), toFake: ['Date'] });
    const late = await issueCardToken(3);
    vi.setSystemTime(Date.parse('2026-01-01T00:01:00Z'));
    expect(await redeemCardToken(late, 3)).toBe(false);

    const minted = [];
    for (let i = 0; i < 50; i++) minted.push(await issueCardToken(4));
    const kept = Object.keys(await fakeBrowser.storage.session.get());
    expect(kept).toHaveLength(8);
    expect(await redeemCardToken(minted[0]!, 4)).toBe(false);
    const last = minted.at(-1)!;
    expect(await Promise.all([redeemCardToken(last, 4), redeemCardToken(last, 4)])).toEqual([true, false]);
  });
});
