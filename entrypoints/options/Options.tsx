/** The settings page: where Gloss is off, what it marks, how fast cards open. */
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_KINDS } from '../../data/catalogue';
import { entityName } from '../../catalogue/entity-names';
import { MAX_HOVER_DELAY_MS, siteOf, type Settings } from '../../settings/settings';
import { loadSettings, watchSettings } from '../../settings/settings-store';
import { ChangeMessageView, useSettingsChange } from '../../components/useSettingsChange';
import { Sentence } from '../../components/Sentence';
import { kindName, t } from '../../i18n/i18n';
import { ask } from '../../messaging/ask';
import { SyncFailure, SyncSpace, useSyncStatus } from '../../components/NotesSync';

/** What the reader typed as a site, as a URL `siteOf` understands. */
function asUrl(input: string): string | undefined {
  const trimmed = input.trim().replace(/^\*?\./, '');
  if (!trimmed) return undefined;
  const url = /^[a-z]+:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return siteOf(url) === undefined ? undefined : url;
}

export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [site, setSite] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [error, setError] = useState('');
  const [pauseMessage, changePause] = useSettingsChange();
  const [sitesMessage, changeSites] = useSettingsChange();
  const [formsMessage, changeForms] = useSettingsChange();
  const [marksMessage, changeMarks] = useSettingsChange();
  const sync = useSyncStatus();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;

  const addSite = (event: Event) => {
    event.preventDefault();
    const url = asUrl(site);
    if (!url) {
      setError(t('options.notASite', { input: site }));
      return;
    }
    setError('');
    // Emptied once added, unless the reader has typed the next site meanwhile (the list may show
    // this one before its answer comes).
    const typed = site;
    void changeSites({ type: 'addSite', url, subdomains }).then(
      (ok) => ok && setSite((now) => (now === typed ? '' : now)),
    );
  };

  return (
    <main>
      <h1>{t('options.title')}</h1>
      <section>
        <label class="row">
          <input
            type="checkbox"
            checked={!settings.paused}
            onChange={() => void changePause({ type: 'prefs', prefs: { paused: !settings.paused } })}
          />
          {t('options.on')}
        </label>
        <ChangeMessageView message={pauseMessage} />
      </section>

      <section>
        <h2>{t('options.offSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('options.none')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((entry) => (
              <li key={entry}>
                <span>
                  {entry.startsWith('.')
                    ? t('options.withSubdomains', { domain: entry.slice(1) })
                    : entry === 'file:'
                      ? t('options.localFiles')
                      : entry}
                </span>
                <button
                  type="button"
                  aria-label={t('options.turnBackOn', { site: entry })}
                  onClick={() => void changeSites({ type: 'removeSite', entry })}
                >
                  {t('options.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addSite}>
          <label>
            <Sentence
              message="options.turnOffOn"
              parts={{
                site: (
                  <input
                    type="text"
                    value={site}
                    placeholder="example.com"
                    onInput={(e) => setSite(e.currentTarget.value)}
                  />
                ),
              }}
            />
          </label>
          <label class="row">
            <input type="checkbox" checked={subdomains} onChange={() => setSubdomains(!subdomains)} />
            {t('options.andSubdomains')}
          </label>
          <button type="submit">{t('options.add')}</button>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          <ChangeMessageView message={sitesMessage} />
        </form>
      </section>

      <section>
        <h2>{t('options.formsHeading')}</h2>
        {settings.excludedForms.length === 0 ? (
          <p class="muted">{t('options.noForms')}</p>
        ) : (
          <ul class="sites" aria-label={t('options.formsList')}>
            {settings.excludedForms.map((e) => (
              <li key={`${e.site} ${e.entity} ${e.form}`}>
                <span>{t('options.form', { form: e.form, entity: entityName(e.entity), site: e.site })}</span>
                <button
                  type="button"
                  aria-label={t('options.markAgain', { form: e.form, site: e.site })}
                  onClick={() =>
                    void changeForms({ type: 'include', site: e.site, entity: e.entity, form: e.form })
                  }
                >
                  {t('options.undo')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ChangeMessageView message={formsMessage} />
      </section>

      <section>
        <h2>{t('options.whatToMark')}</h2>
        <fieldset>
          <legend>{t('options.kinds')}</legend>
          {ENTITY_KINDS.map((kind) => (
            <label class="row" key={kind}>
              <input
                type="checkbox"
                checked={!settings.kindsOff.includes(kind)}
                onChange={() =>
                  void changeMarks({
                    type: 'prefs',
                    prefs: {
                      kindsOff: settings.kindsOff.includes(kind)
                        ? settings.kindsOff.filter((k) => k !== kind)
                        : [...settings.kindsOff, kind],
                    },
                  })
                }
              />
              {kindName(kind, 'list')}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('options.mentions')}</legend>
          {(['all', 'first'] as const).map((mode) => (
            <label class="row" key={mode}>
              <input
                type="radio"
                name="markMode"
                checked={settings.markMode === mode}
                onChange={() => void changeMarks({ type: 'prefs', prefs: { markMode: mode } })}
              />
              {t(mode === 'all' ? 'options.everyMention' : 'options.firstMention')}
            </label>
          ))}
        </fieldset>
      </section>

      <section>
        <h2>{t('options.cards')}</h2>
        <label>
          <Sentence
            message="options.hoverDelay"
            parts={{
              delay: (
                <input
                  type="number"
                  min={0}
                  max={MAX_HOVER_DELAY_MS}
                  step={50}
                  value={settings.hoverDelayMs}
                  onChange={(e) =>
                    void changeMarks({
                      type: 'prefs',
                      prefs: {
                        hoverDelayMs: Math.min(3000, Math.max(0, Math.round(Number(e.currentTarget.value)))),
                      },
                    })
                  }
                />
              ),
            }}
          />
        </label>
        <ChangeMessageView message={marksMessage} />
      </section>

      <section>
        <h2>{t('sync.heading')}</h2>
        <label class="row">
          <input
            type="checkbox"
            checked={sync?.on ?? true}
            onChange={() => void ask({ type: 'setNotesSync', on: !(sync?.on ?? true) })}
          />
          {t('sync.on')}
        </label>
        {sync && !sync.on && <p class="muted">{t('sync.off')}</p>}
        {sync?.on && <SyncSpace status={sync} />}
        {sync?.on && sync.localOnly.length > 0 && (
          <p>
            <a href="notebook.html" target="_blank">
              {t('sync.toNotebook')}
            </a>
          </p>
        )}
        <SyncFailure status={sync} />
      </section>
    </main>
  );
}
