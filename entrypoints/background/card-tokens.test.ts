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

  it('are not made up from one another', async () => {
    const tokens = new Set(await Promise.all(Array.from({ length: 50 }, () => issueCardToken(1))));
    expect(tokens.size).toBe(50);
  });
});
