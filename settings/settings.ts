/**
 * The reader's settings and where Gloss runs. Pure (but for the words of its
 * messages, read from the reader's language), so every rule (hosts,
 * subdomains, ports, IP addresses, file pages, internationalised names) is
 * unit-tested; storage lives in settings-store.ts.
 */
import { ENTITY_KINDS, type EntityKind } from '../data/entity-kinds';
import { t } from '../i18n/i18n';
import { fold } from '../matching/fold';

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
  // Content scripts can write where these are stored (a compromised page's renderer could):
  // what is read back is held to what Gloss itself would have written.
  const short = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
  return {
    paused: s.paused === true,
    disabledSites: Array.isArray(s.disabledSites)
      ? s.disabledSites.filter((x) => short(x, MAX_SITE_CHARS)).slice(0, MAX_SITES)
      : [],
    markMode: s.markMode === 'first' ? 'first' : 'all',
    kindsOff: Array.isArray(s.kindsOff) ? s.kindsOff.filter((k) => ENTITY_KINDS.includes(k)) : [],
    hoverDelayMs:
      typeof s.hoverDelayMs === 'number' && s.hoverDelayMs >= 0 && s.hoverDelayMs <= MAX_HOVER_DELAY_MS
        ? s.hoverDelayMs
        : DEFAULT_SETTINGS.hoverDelayMs,
    excludedForms: Array.isArray(s.excludedForms)
      ? s.excludedForms
          .filter(
            (e) =>
              short(e?.site, MAX_SITE_CHARS) &&
              short(e.entity, MAX_ENTITY_CHARS) &&
              short(e.form, MAX_FORM_CHARS),
          )
          .slice(0, MAX_EXCLUSIONS)
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
  return isEnabledOn(siteOf(url), settings);
}

/** Whether Gloss runs on `site` (a page of no site, such as `about:`, has none: never). */
export function isEnabledOn(
  site: string | undefined,
  settings: Pick<Settings, 'paused' | 'disabledSites'>,
): boolean {
  if (site === undefined || settings.paused) return false;
  return entryFor(site, settings.disabledSites) === undefined;
}

/**
 * `disabledSites` after the reader flips the switch for `url`'s site: turning
 * on removes every entry that covered it; turning off adds the host, or the
 * host and its subdomains.
 */
export function toggledSites(
  disabledSites: readonly string[],
  url: string,
  withSubdomains = false,
): string[] {
  const site = siteOf(url);
  if (site === undefined) return [...disabledSites];
  if (entryFor(site, disabledSites) !== undefined)
    return disabledSites.filter((e) => entryFor(site, [e]) === undefined);
  return [...disabledSites, withSubdomains && hasSubdomains(site) ? `.${site}` : site];
}

/**
 * The one "Not this here" rule, for the page that marks and the card that
 * offers it: whether the reader said an entity's name, as a page writes it,
 * is not that entity on `site`. Forms are compared folded (case, accents),
 * as the matcher compares them.
 */
export function isExcluded(
  settings: Pick<Settings, 'excludedForms'>,
  site: string | undefined,
): (entity: string, text: string) => boolean {
  const here = new Set(
    settings.excludedForms.filter((e) => e.site === site).map((e) => `${e.entity} ${e.form}`),
  );
  // Most sites have none: a page then folds nothing.
  return here.size === 0 ? () => false : (entity, text) => here.has(`${entity} ${fold(text)}`);
}

/** Local files, localhost and IP addresses have no subdomains to cover. */
export function hasSubdomains(site: string): boolean {
  return site !== 'file:' && site !== 'localhost' && !/^[\d.]+$|^\[/.test(site);
}

/** "Not this here" for a form (as the page wrote it) on `url`'s site, added once, folded. */
export function withExclusion(
  excluded: readonly ExcludedForm[],
  url: string,
  entity: string,
  written: string,
): ExcludedForm[] {
  const site = siteOf(url);
  if (site === undefined) return [...excluded];
  const form = fold(written);
  const entry = { site, entity, form };
  const same = (e: ExcludedForm) => e.site === site && e.entity === entity && e.form === form;
  return excluded.some(same) ? [...excluded] : [...excluded, entry];
}

/** Most sites and "Not this here" forms kept; far beyond any reader's list, small in local storage. */
export const MAX_SITES = 10_000;
export const MAX_EXCLUSIONS = 10_000;
/** Longer than this, a reader would think hovering does nothing. */
export const MAX_HOVER_DELAY_MS = 3000;
/** A matched form is a name of a few words. */
export const MAX_FORM_CHARS = 100;
/** A host name is at most 253 characters; a leading dot marks its subdomains. */
const MAX_SITE_CHARS = 254;
/** Entity ids are short slugs ("nicolas-maduro"). */
const MAX_ENTITY_CHARS = 100;

/** The small preferences that follow the reader across browsers (synced). */
export type Prefs = Pick<Settings, 'paused' | 'markMode' | 'kindsOff' | 'hoverDelayMs'>;

/** One change the reader makes, applied in one place (the background), one at a time. */
export type SettingsChange =
  | { type: 'prefs'; prefs: Partial<Prefs> }
  /** The popup's switch, the keyboard command, the context menu. */
  | { type: 'toggleSite'; url: string; subdomains: boolean }
  /** The options page's "Add": turns the site off, never on. */
  | { type: 'addSite'; url: string; subdomains: boolean }
  /** The options page's "Remove": exactly that entry. */
  | { type: 'removeSite'; entry: string }
  /** "Not this here" in a card. */
  | { type: 'exclude'; url: string; entity: string; form: string }
  /** The options page's "Undo" for one form. */
  | { type: 'include'; site: string; entity: string; form: string };

export type Changed = { ok: true; settings: Settings; note?: string } | { ok: false; error: string };

/** The settings after `change`, or why it cannot be made. Pure. */
export function applyChange(settings: Settings, change: SettingsChange): Changed {
  const ok = (next: Partial<Settings>, note?: string): Changed => ({
    ok: true,
    settings: completeSettings({ ...settings, ...next }),
    note,
  });
  switch (change.type) {
    case 'prefs':
      return ok(change.prefs);
    case 'toggleSite': {
      const sites = toggledSites(settings.disabledSites, change.url, change.subdomains);
      if (sites.length > MAX_SITES)
        return { ok: false, error: t('settingsChange.tooManySites', { max: MAX_SITES }) };
      return ok({ disabledSites: sites });
    }
    case 'addSite': {
      const site = siteOf(change.url);
      if (site === undefined) return { ok: false, error: t('settingsChange.notASite') };
      const covering = entryFor(site, settings.disabledSites);
      if (covering !== undefined)
        return ok(
          {},
          covering === site
            ? t('settingsChange.alreadyOff', { site })
            : t('settingsChange.coveredBy', { domain: covering.slice(1), site }),
        );
      return applyChange(settings, { type: 'toggleSite', url: change.url, subdomains: change.subdomains });
    }
    case 'removeSite':
      return ok({ disabledSites: settings.disabledSites.filter((e) => e !== change.entry) });
    case 'exclude': {
      if (change.form.length > MAX_FORM_CHARS)
        return { ok: false, error: t('settingsChange.formTooLong', { max: MAX_FORM_CHARS }) };
      const excluded = withExclusion(settings.excludedForms, change.url, change.entity, change.form);
      if (excluded.length > MAX_EXCLUSIONS)
        return { ok: false, error: t('settingsChange.tooManyForms', { max: MAX_EXCLUSIONS }) };
      return ok({ excludedForms: excluded });
    }
    case 'include':
      return ok({
        excludedForms: settings.excludedForms.filter(
          (x) => !(x.site === change.site && x.entity === change.entity && x.form === change.form),
        ),
      });
  }
}
