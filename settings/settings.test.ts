import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  completeSettings,
  EntityKindSchema,
  ExcludedFormSchema,
  HoverDelaySchema,
  isExcluded,
  MarkModeSchema,
  SiteEntrySchema,
  MAX_EXCLUSIONS,
  MAX_FORM_CHARS,
  MAX_SITES,
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
    // Turning on removes the entries that covered the site, even a parent domain's.
    expect(toggledSites(['.bbc.com'], 'https://news.bbc.com/')).toEqual([]);
    expect(toggledSites(['.bbc.com', 'x.org', 'news.bbc.com'], 'https://news.bbc.com/')).toEqual(['x.org']);
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

  it('holds what it reads back to what Gloss writes, whoever wrote it', () => {
    const form = { site: 'a.org', entity: 'rosneft', form: 'rosneft' };
    const read = completeSettings({
      disabledSites: ['x'.repeat(300), ...Array.from({ length: MAX_SITES + 5 }, (_, k) => `s${k}.org`)],
      excludedForms: [
        { ...form, form: 'f'.repeat(MAX_FORM_CHARS + 1) },
        { ...form, entity: 'e'.repeat(500) },
        null as unknown as typeof form,
        ...Array.from({ length: MAX_EXCLUSIONS + 5 }, () => form),
      ],
    });
    expect(read.disabledSites).toHaveLength(MAX_SITES);
    expect(read.disabledSites[0]).toBe('s0.org');
    expect(read.excludedForms).toHaveLength(MAX_EXCLUSIONS);
    expect(read.excludedForms[0]).toEqual(form);
  });
});

describe('completeSettings, whatever storage holds', () => {
  it('keeps a good entry that comes after many repeats of another', () => {
    const kindsOff = [...Array.from({ length: 20 }, () => 'person'), 'country'];
    expect(completeSettings({ kindsOff }).kindsOff).toEqual(['person', 'country']);
  });

  /** What Gloss itself writes: every field, every entry within its limits, nothing else. */
  const AsWritten = v.strictObject({
    paused: v.boolean(),
    disabledSites: v.pipe(v.array(SiteEntrySchema), v.maxLength(MAX_SITES)),
    markMode: MarkModeSchema,
    kindsOff: v.array(EntityKindSchema),
    hoverDelayMs: HoverDelaySchema,
    excludedForms: v.pipe(v.array(v.strictObject(ExcludedFormSchema.entries)), v.maxLength(MAX_EXCLUSIONS)),
  });
  const json = fc.jsonValue({ maxDepth: 3 });
  const goodForm = fc.record({
    site: fc.string({ maxLength: 254 }),
    entity: fc.string({ maxLength: 100 }),
    form: fc.string({ maxLength: MAX_FORM_CHARS }),
  });
  /** Near what Gloss writes, often enough to reach every field: each field a good value or any JSON. */
  const storedLike = fc.record(
    {
      paused: fc.oneof(fc.boolean(), json),
      disabledSites: fc.oneof(fc.array(fc.oneof(fc.string(), json)), json),
      markMode: fc.oneof(fc.constantFrom('all', 'first'), json),
      kindsOff: fc.oneof(fc.array(fc.oneof(fc.constantFrom('person', 'place'), json)), json),
      hoverDelayMs: fc.oneof(fc.integer({ min: -10, max: 4000 }), fc.double(), json),
      excludedForms: fc.oneof(fc.array(fc.oneof(goodForm, json)), json),
    },
    { requiredKeys: [] },
  );

  it('makes valid settings of any JSON value, and leaves valid settings as they are (property)', () => {
    fc.assert(
      fc.property(fc.oneof(json, storedLike), (stored) => {
        const read = completeSettings(stored);
        expect(v.is(AsWritten, read)).toBe(true);
        expect(completeSettings(read)).toEqual(read);
      }),
    );
  });

  it('keeps the good entries of a list, in order and each once, beside bad ones (property)', () => {
    const site = fc.string({ maxLength: 254 });
    const badSite = fc.oneof(fc.string({ minLength: 255, maxLength: 300 }), fc.integer(), fc.constant(null));
    const badForm = fc.oneof(
      goodForm.map((f) => ({ ...f, form: f.form.padEnd(MAX_FORM_CHARS + 1, 'x') })),
      goodForm.map(({ site, form }) => ({ site, form })),
      json,
    );
    const mixed = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) =>
      fc.array(
        fc.oneof(
          good.map((value) => ({ good: true, value })),
          bad.map((value) => ({ good: false, value })),
        ),
      );
    fc.assert(
      fc.property(mixed(site, badSite), mixed(goodForm, badForm), (sites, forms) => {
        const goodOnes = (list: { good: boolean; value: unknown }[]) =>
          list.filter((e) => e.good).map((e) => e.value);
        const read = completeSettings({
          disabledSites: sites.map((e) => e.value),
          excludedForms: forms.map((e) => e.value),
          hoverDelayMs: 'slow',
        });
        expect(read.disabledSites).toEqual([...new Set(goodOnes(sites))]);
        expect(read.excludedForms).toEqual(goodOnes(forms));
        expect(read.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
      }),
    );
  });

  it('gives each reader a fresh copy of the defaults', () => {
    const first = completeSettings(undefined);
    first.kindsOff.push('person');
    expect(completeSettings(undefined).kindsOff).toEqual(DEFAULT_SETTINGS.kindsOff);
  });
});

describe('isExcluded', () => {
  it('says whether a name as the page writes it was set aside on this site, folded as the matcher folds', () => {
    const excludedForms = withExclusion([], 'https://a.example/x', 'nicolas-maduro', 'MADURO');
    expect(excludedForms).toEqual([{ site: 'a.example', entity: 'nicolas-maduro', form: 'maduro' }]);
    const here = isExcluded({ excludedForms }, 'a.example');
    expect(here('nicolas-maduro', 'Maduro')).toBe(true);
    expect(here('nicolas-maduro', 'Nicolás Maduro')).toBe(false);
    expect(here('juan-guaido', 'Maduro')).toBe(false);
    expect(isExcluded({ excludedForms }, 'b.example')('nicolas-maduro', 'Maduro')).toBe(false);
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
