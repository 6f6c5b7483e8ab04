import { describe, expect, it } from 'vitest';
import {
  completeSettings,
  DEFAULT_SETTINGS,
  isEnabledFor,
  siteOf,
  toggledSites,
  withExclusion,
} from './settings';

const off = (...disabledSites: string[]) => ({ paused: false, disabledSites });

describe('isEnabledFor', () => {
  it('runs on web and file pages by default, never on browser or extension pages', () => {
    expect(isEnabledFor('https://www.bbc.com/news', off())).toBe(true);
    expect(isEnabledFor('file:///home/me/article.html', off())).toBe(true);
    expect(isEnabledFor('chrome://extensions', off())).toBe(false);
    expect(isEnabledFor('chrome-extension://abc/popup.html', off())).toBe(false);
    expect(isEnabledFor('moz-extension://abc/popup.html', off())).toBe(false);
    expect(isEnabledFor('about:blank', off())).toBe(false);
    expect(isEnabledFor('not a url', off())).toBe(false);
  });

  it('stops everywhere when paused', () => {
    expect(isEnabledFor('https://example.com/', { paused: true, disabledSites: [] })).toBe(false);
  });

  it('turns off one host, ignoring port, path and case', () => {
    const s = off('news.example.com');
    expect(isEnabledFor('https://NEWS.example.com:8443/a?b', s)).toBe(false);
    expect(isEnabledFor('http://news.example.com/', s)).toBe(false);
    expect(isEnabledFor('https://example.com/', s)).toBe(true);
    expect(isEnabledFor('https://other.news.example.com/', s)).toBe(true);
  });

  it('turns off a host and its subdomains with a leading dot, and nothing that merely ends alike', () => {
    const s = off('.example.com');
    expect(isEnabledFor('https://example.com/', s)).toBe(false);
    expect(isEnabledFor('https://a.b.example.com/', s)).toBe(false);
    expect(isEnabledFor('https://badexample.com/', s)).toBe(true);
  });

  it('handles IP addresses, localhost, file pages and internationalised domain names', () => {
    expect(isEnabledFor('http://127.0.0.1:8080/x', off('127.0.0.1'))).toBe(false);
    expect(isEnabledFor('http://[::1]:3000/', off('[::1]'))).toBe(false);
    expect(isEnabledFor('http://localhost:5173/', off('localhost'))).toBe(false);
    expect(isEnabledFor('file:///tmp/a.html', off('file:'))).toBe(false);
    // Internationalised names are stored as the URL parser gives them: punycode.
    expect(siteOf('https://новости.рф/статья')).toBe('xn--b1amnebsh.xn--p1ai');
    expect(isEnabledFor('https://новости.рф/статья', off('xn--b1amnebsh.xn--p1ai'))).toBe(false);
  });
});

describe('toggledSites', () => {
  it('turns a site off and on again, with or without its subdomains', () => {
    expect(toggledSites([], 'https://www.bbc.com/news')).toEqual(['www.bbc.com']);
    expect(toggledSites([], 'https://www.bbc.com/news', true)).toEqual(['.www.bbc.com']);
    expect(toggledSites(['www.bbc.com', 'x.org'], 'https://www.bbc.com/a')).toEqual(['x.org']);
    // Turning on removes the entry that covered the site, even a parent domain's.
    expect(toggledSites(['.bbc.com'], 'https://news.bbc.com/')).toEqual([]);
  });

  it('never adds subdomains to addresses, and leaves pages Gloss does not run on alone', () => {
    expect(toggledSites([], 'http://127.0.0.1:8080/', true)).toEqual(['127.0.0.1']);
    expect(toggledSites([], 'http://localhost:3000/', true)).toEqual(['localhost']);
    expect(toggledSites([], 'file:///a.html', true)).toEqual(['file:']);
    expect(toggledSites(['a.org'], 'chrome://settings')).toEqual(['a.org']);
  });
});

describe('completeSettings', () => {
  it('fills what an older or damaged store lacks, and drops what it should not hold', () => {
    expect(completeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      completeSettings({
        paused: 'yes' as unknown as boolean,
        disabledSites: ['a.org', 3 as unknown as string],
        kindsOff: ['person', 'planet' as never],
        hoverDelayMs: -5,
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, paused: false, disabledSites: ['a.org'], kindsOff: ['person'] });
  });
});

describe('withExclusion', () => {
  it('remembers a form per site, once', () => {
    const once = withExclusion([], 'https://a.example/x', 'nicolas-maduro', 'maduro');
    expect(once).toEqual([{ site: 'a.example', entity: 'nicolas-maduro', form: 'maduro' }]);
    expect(withExclusion(once, 'https://a.example/y', 'nicolas-maduro', 'maduro')).toEqual(once);
    expect(withExclusion(once, 'chrome://newtab', 'nicolas-maduro', 'maduro')).toEqual(once);
  });
});
