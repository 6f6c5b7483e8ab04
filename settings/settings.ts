/**
 * The reader's settings and where Gloss runs. Pure (but for the words of its
 * messages, read from the reader's language), so every rule (hosts,
 * subdomains, ports, IP addresses, file pages, internationalised names) is
 * unit-tested; storage lives in settings-store.ts, changes in
 * settings-change.ts.
 *
 * What a setting may hold (each limit) is stated once here, as valibot
 * schemas: what is read back from storage is held to them, and so are the
 * messages that carry settings.
 */
import { MAX_ID_CHARS } from '../messaging/limits';
import * as v from 'valibot';
import { ENTITY_KINDS, type EntityKind } from '../data/entity-kinds';
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

/** The small preferences that follow the reader across browsers (synced). */
export type Prefs = Pick<Settings, 'paused' | 'markMode' | 'kindsOff' | 'hoverDelayMs'>;

/** Most sites and "Not this here" forms kept; far beyond any reader's list, small in local storage. */
export const MAX_SITES = 10_000;
export const MAX_EXCLUSIONS = 10_000;
/** Longer than this, a reader would think hovering does nothing. */
export const MAX_HOVER_DELAY_MS = 3000;
/** A matched form is a name of a few words. */
export const MAX_FORM_CHARS = 100;
/** A host name is at most 253 characters; a leading dot marks its subdomains. */
const MAX_SITE_CHARS = 254;

export const SiteEntrySchema = v.pipe(v.string(), v.maxLength(MAX_SITE_CHARS));
export const MarkModeSchema = v.picklist(['all', 'first']);
export const EntityKindSchema = v.picklist(ENTITY_KINDS);
export const HoverDelaySchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(MAX_HOVER_DELAY_MS),
);
export const ExcludedFormSchema = v.object({
  site: SiteEntrySchema,
  entity: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)),
  form: v.pipe(v.string(), v.maxLength(MAX_FORM_CHARS)),
});

/** A stored list keeps its good entries, the first `max` of them: one bad entry never costs the others. */
function goodEntries<T>(entry: v.GenericSchema<unknown, T>, max: number) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((entries) =>
      // Each once: a repeated entry would take the room of a good one after it.
      [
        ...new Set(
          entries
            .map((e) => v.safeParse(entry, e))
            .filter((r) => r.success)
            .map((r) => r.output),
        ),
      ].slice(0, max),
    ),
  );
}

/** A field that is missing or unusable is the default; a fresh copy, so no caller shares the defaults' lists. */
const orDefault = <K extends keyof Settings>(key: K, schema: v.GenericSchema<unknown, Settings[K]>) =>
  v.fallback(schema, () => structuredClone(DEFAULT_SETTINGS[key]));

/**
 * Settings as read back from storage, from any version of Gloss. Content
 * scripts can write where they are stored (a compromised page's renderer
 * could): what is read back is held to what Gloss itself would have written,
 * field by field and entry by entry, and never fails as a whole.
 */
const StoredSettingsSchema = v.fallback(
  v.object({
    paused: orDefault('paused', v.boolean()),
    disabledSites: orDefault('disabledSites', goodEntries(SiteEntrySchema, MAX_SITES)),
    markMode: orDefault('markMode', MarkModeSchema),
    kindsOff: orDefault('kindsOff', goodEntries(EntityKindSchema, ENTITY_KINDS.length)),
    hoverDelayMs: orDefault('hoverDelayMs', HoverDelaySchema),
    excludedForms: orDefault('excludedForms', goodEntries(ExcludedFormSchema, MAX_EXCLUSIONS)),
  }),
  () => structuredClone(DEFAULT_SETTINGS),
) satisfies v.GenericSchema<unknown, Settings>;

/** Whatever was stored, as settings: defaults where it lacks a field or holds a bad one. */
export function completeSettings(stored: unknown): Settings {
  return v.parse(StoredSettingsSchema, stored);
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
export function entryFor(site: string, disabledSites: readonly string[]): string | undefined {
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
