/**
 * One change the reader makes to the settings: what the popup, the options
 * page, cards and the keyboard command may ask (the message's schema, held
 * to the settings' own limits), and the settings after it. Pure; applied in
 * one place, the background (entrypoints/background/settings-service.ts).
 */
import { MAX_URL_CHARS } from '../messaging/limits';
import * as v from 'valibot';
import { ENTITY_KINDS } from '../data/entity-kinds';
import { t } from '../i18n/i18n';
import {
  completeSettings,
  entryFor,
  EntityKindSchema,
  ExcludedFormSchema,
  HoverDelaySchema,
  MarkModeSchema,
  MAX_EXCLUSIONS,
  MAX_FORM_CHARS,
  MAX_SITES,
  siteOf,
  SiteEntrySchema,
  toggledSites,
  withExclusion,
  type Prefs,
  type Settings,
} from './settings';

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

const Url = v.pipe(v.string(), v.maxLength(MAX_URL_CHARS));
/** A form as the page wrote it: longer than `MAX_FORM_CHARS` is refused with words by `applyChange`, not here. */
const WrittenForm = v.pipe(v.string(), v.maxLength(1000));

/** A change as a message carries it: unlike what is read back from storage, anything bad refuses it whole. */
export const SettingsChangeSchema = v.variant('type', [
  v.object({
    type: v.literal('prefs'),
    prefs: v.strictObject({
      paused: v.optional(v.boolean()),
      markMode: v.optional(MarkModeSchema),
      kindsOff: v.optional(v.pipe(v.array(EntityKindSchema), v.maxLength(ENTITY_KINDS.length))),
      hoverDelayMs: v.optional(HoverDelaySchema),
    }),
  }),
  v.object({ type: v.literal('toggleSite'), url: Url, subdomains: v.boolean() }),
  v.object({ type: v.literal('addSite'), url: Url, subdomains: v.boolean() }),
  v.object({ type: v.literal('removeSite'), entry: SiteEntrySchema }),
  v.object({
    type: v.literal('exclude'),
    url: Url,
    entity: ExcludedFormSchema.entries.entity,
    form: WrittenForm,
  }),
  v.object({ type: v.literal('include'), ...ExcludedFormSchema.entries }),
]) satisfies v.GenericSchema<unknown, SettingsChange>;

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
