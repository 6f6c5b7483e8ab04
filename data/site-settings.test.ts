import { describe, expect, it } from 'vitest';
import { isEnabledFor, siteOf } from './site-settings';

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
