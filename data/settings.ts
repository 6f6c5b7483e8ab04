/**
 * The reader's settings and where Gloss runs. Pure, so every rule (hosts,
 * subdomains, ports, IP addresses, file pages, internationalised names) is
 * unit-tested; storage lives in settings-store.ts.
 */
import { ENTITY_KINDS, type EntityKind } from './entity-kinds';

export interface Settings {
  /** Off everywhere. */
  paused: boolean;
  /**
   * Sites where Gloss is off: a host ("news.example.com"), or a host with a
   * leading dot (".example.com") for it and all its subdomains. Hosts are
   * stored as the URL parser gives them: lower case, punycode for
   * internationalised names, no port.
   */
  disabledSites: string[];
  /** Mark every mention, or only the first of each entity on a page. */
  markMode: 'all' | 'first';
  /** Kinds of entity not marked. Countries and places are everywhere in the news: off by default. */
  kindsOff: EntityKind[];
  /** How long the pointer rests on a term before its card opens. */
  hoverDelayMs: number;
  /** Forms the reader said are "Not this here": not marked on that site. */
  excludedForms: ExcludedForm[];
}

export interface ExcludedForm {
  /** As in `disabledSites`: the host the reader was on. */
  site: string;
  entity: string;
  /** The form as matched, folded (case, accents) as the matcher compares it. */
  form: string;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  markMode: 'all',
  kindsOff: ['country', 'place'],
  hoverDelayMs: 350,
  excludedForms: [],
};

/** Stored settings from any version, completed with defaults and cleaned of unknown values. */
export function completeSettings(stored: Partial<Settings> | null | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...stored };
  return {
    paused: s.paused === true,
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x) => typeof x === 'string') : [],
    markMode: s.markMode === 'first' ? 'first' : 'all',
    kindsOff: Array.isArray(s.kindsOff) ? s.kindsOff.filter((k) => ENTITY_KINDS.includes(k)) : [],
    hoverDelayMs:
      typeof s.hoverDelayMs === 'number' && s.hoverDelayMs >= 0 && s.hoverDelayMs <= 3000
        ? s.hoverDelayMs
        : DEFAULT_SETTINGS.hoverDelayMs,
    excludedForms: Array.isArray(s.excludedForms)
      ? s.excludedForms.filter(
          (e) => typeof e?.site === 'string' && typeof e.entity === 'string' && typeof e.form === 'string',
        )
      : [],
  };
}

/** The site a page belongs to, or undefined for pages Gloss never runs on. */
export function siteOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol === 'file:') return 'file:';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.hostname;
}

/** The entry in `disabledSites` that turns Gloss off for `site`, if any. */
function entryFor(site: string, disabledSites: readonly string[]): string | undefined {
  return disabledSites.find((entry) =>
    entry.startsWith('.') ? site === entry.slice(1) || site.endsWith(entry) : site === entry,
  );
}

export function isEnabledFor(url: string, settings: Pick<Settings, 'paused' | 'disabledSites'>): boolean {
  const site = siteOf(url);
  if (site === undefined || settings.paused) return false;
  return entryFor(site, settings.disabledSites) === undefined;
}

/**
 * `disabledSites` after the reader flips the switch for `url`'s site: turning
 * on removes whatever entry covered it; turning off adds the host, or the
 * host and its subdomains.
 */
export function toggledSites(
  disabledSites: readonly string[],
  url: string,
  withSubdomains = false,
): string[] {
  const site = siteOf(url);
  if (site === undefined) return [...disabledSites];
  const entry = entryFor(site, disabledSites);
  if (entry !== undefined) return disabledSites.filter((e) => e !== entry);
  return [...disabledSites, withSubdomains && hasSubdomains(site) ? `.${site}` : site];
}

/** Local files, localhost and IP addresses have no subdomains to cover. */
export function hasSubdomains(site: string): boolean {
  return site !== 'file:' && site !== 'localhost' && !/^[\d.]+$|^\[/.test(site);
}

/** "Not this here" for a form on `url`'s site, added once. */
export function withExclusion(
  excluded: readonly ExcludedForm[],
  url: string,
  entity: string,
  form: string,
): ExcludedForm[] {
  const site = siteOf(url);
  if (site === undefined) return [...excluded];
  const entry = { site, entity, form };
  const same = (e: ExcludedForm) => e.site === site && e.entity === entity && e.form === form;
  return excluded.some(same) ? [...excluded] : [...excluded, entry];
}
