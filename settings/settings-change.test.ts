import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChange } from './settings-change';
import { DEFAULT_SETTINGS, MAX_FORM_CHARS, MAX_SITES, isEnabledFor, type Settings } from './settings';

describe('applyChange', () => {
  const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });
  const sitesAfter = (before: string[], change: Parameters<typeof applyChange>[1]) => {
    const result = applyChange(settings({ disabledSites: before }), change);
    return result.ok ? result.settings.disabledSites : result.error;
  };

  it('adds a site in the options without ever turning a covering domain back on', () => {
    const add = { type: 'addSite', url: 'https://news.example.com', subdomains: false } as const;
    expect(sitesAfter(['.example.com'], add)).toEqual(['.example.com']);
    const covered = applyChange(settings({ disabledSites: ['.example.com'] }), add);
    expect(covered.ok && covered.note).toBe(
      'Already off: example.com and its subdomains include news.example.com.',
    );
    expect(sitesAfter([], add)).toEqual(['news.example.com']);
    expect(sitesAfter(['news.example.com'], add)).toEqual(['news.example.com']);
    // The popup's switch, by contrast, turns the site back on.
    expect(sitesAfter(['.example.com'], { ...add, type: 'toggleSite' })).toEqual([]);
  });

  it('removes exactly the entry asked, and nothing that merely covers the same site', () => {
    expect(
      sitesAfter(['.example.com', 'news.example.com'], { type: 'removeSite', entry: 'news.example.com' }),
    ).toEqual(['.example.com']);
  });

  it('refuses, with words, a form too long or one site too many, changing nothing', () => {
    const long = applyChange(settings(), {
      type: 'exclude',
      url: 'https://a.example',
      entity: 'rosneft',
      form: 'x'.repeat(MAX_FORM_CHARS + 1),
    });
    expect(long).toEqual({ ok: false, error: `That form is longer than ${MAX_FORM_CHARS} characters.` });
    const full = Array.from({ length: MAX_SITES }, (_, i) => `s${i}.example`);
    const more = applyChange(settings({ disabledSites: full }), {
      type: 'toggleSite',
      url: 'https://one-more.example',
      subdomains: false,
    });
    expect(more.ok).toBe(false);
    expect(!more.ok && more.error).toMatch(/at most 10,000 sites/);
  });

  it('undoes exactly one "Not this here"', () => {
    const excludedForms = [
      { site: 'a.example', entity: 'donald-trump', form: 'trump' },
      { site: 'b.example', entity: 'donald-trump', form: 'trump' },
    ];
    const result = applyChange(settings({ excludedForms }), {
      type: 'include',
      site: 'a.example',
      entity: 'donald-trump',
      form: 'trump',
    });
    expect(result.ok && result.settings.excludedForms).toEqual([excludedForms[1]]);
  });

  it('toggling a site twice leaves it as it was, and every other site alone (property)', () => {
    const host = fc.stringMatching(/^[a-z]{1,8}(\.[a-z]{1,8}){0,3}$/);
    const entry = fc.tuple(host, fc.boolean()).map(([h, sub]) => (sub ? `.${h}` : h));
    // Lists that often hold the site itself and its parent domains, alone or several at once.
    const siteAndList = host.chain((site) => {
      const parents = site.split('.').map((_, i, parts) => parts.slice(i).join('.'));
      const near = fc.constantFrom(...parents.flatMap((p) => [p, `.${p}`]));
      return fc.tuple(fc.constant(site), fc.uniqueArray(fc.oneof(entry, near), { maxLength: 10 }));
    });
    fc.assert(
      fc.property(siteAndList, fc.boolean(), ([site, before], subdomains) => {
        const url = `https://${site}/`;
        const change = { type: 'toggleSite', url, subdomains } as const;
        const once = applyChange(settings({ disabledSites: before }), change);
        const twice = once.ok && applyChange(once.settings, change);
        if (!twice || !twice.ok) return false;
        const covers = (e: string) => !isEnabledFor(url, { paused: false, disabledSites: [e] });
        return (
          isEnabledFor(url, twice.settings) === isEnabledFor(url, settings({ disabledSites: before })) &&
          before.filter((e) => !covers(e)).every((e) => twice.settings.disabledSites.includes(e))
        );
      }),
    );
  });
});
