/** The settings page: where Gloss is off, what it marks, how fast cards open. */
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_KINDS, nameOf } from '../../data/catalogue';
import { KIND_LABELS } from '../../data/entity-kinds';
import { siteOf, type Settings } from '../../settings/settings';
import { loadSettings, watchSettings } from '../../settings/settings-store';
import { ChangeMessageView, useSettingsChange } from '../../components/useSettingsChange';

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
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;

  const addSite = (event: Event) => {
    event.preventDefault();
    const url = asUrl(site);
    if (!url) {
      setError(`“${site}” is not a site name such as example.com`);
      return;
    }
    setError('');
    void changeSites({ type: 'addSite', url, subdomains }).then((ok) => ok && setSite(''));
  };

  return (
    <main>
      <h1>Gloss settings</h1>
      <section>
        <label class="row">
          <input
            type="checkbox"
            checked={!settings.paused}
            onChange={() => void changePause({ type: 'prefs', prefs: { paused: !settings.paused } })}
          />
          Gloss is on (turn off to pause it everywhere)
        </label>
        <ChangeMessageView message={pauseMessage} />
      </section>

      <section>
        <h2>Sites where Gloss is off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((entry) => (
              <li key={entry}>
                <span>
                  {entry.startsWith('.')
                    ? `${entry.slice(1)} and its subdomains`
                    : entry === 'file:'
                      ? 'Local files'
                      : entry}
                </span>
                <button
                  type="button"
                  aria-label={`Turn Gloss back on for ${entry}`}
                  onClick={() => void changeSites({ type: 'removeSite', entry })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addSite}>
          <label>
            Turn off on{' '}
            <input
              type="text"
              value={site}
              placeholder="example.com"
              onInput={(e) => setSite(e.currentTarget.value)}
            />
          </label>
          <label>
            <input type="checkbox" checked={subdomains} onChange={() => setSubdomains(!subdomains)} /> and its
            subdomains
          </label>
          <button type="submit">Add</button>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          <ChangeMessageView message={sitesMessage} />
        </form>
      </section>

      <section>
        <h2>Forms you said are “Not this here”</h2>
        {settings.excludedForms.length === 0 ? (
          <p class="muted">None. Use “Not this here” in a card to stop marking a name on one site.</p>
        ) : (
          <ul class="sites" aria-label="Forms not marked on a site">
            {settings.excludedForms.map((e) => (
              <li key={`${e.site} ${e.entity} ${e.form}`}>
                <span>
                  “{e.form}” ({nameOf(e.entity)}) on {e.site}
                </span>
                <button
                  type="button"
                  aria-label={`Mark “${e.form}” on ${e.site} again`}
                  onClick={() =>
                    void changeForms({ type: 'include', site: e.site, entity: e.entity, form: e.form })
                  }
                >
                  Undo
                </button>
              </li>
            ))}
          </ul>
        )}
        <ChangeMessageView message={formsMessage} />
      </section>

      <section>
        <h2>What to mark</h2>
        <fieldset>
          <legend>Kinds of entity</legend>
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
              {KIND_LABELS[kind].many}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Mentions</legend>
          {(['all', 'first'] as const).map((mode) => (
            <label class="row" key={mode}>
              <input
                type="radio"
                name="markMode"
                checked={settings.markMode === mode}
                onChange={() => void changeMarks({ type: 'prefs', prefs: { markMode: mode } })}
              />
              {mode === 'all' ? 'Every mention' : 'Only the first mention of each on a page'}
            </label>
          ))}
        </fieldset>
      </section>

      <section>
        <h2>Cards</h2>
        <label>
          Open a card after the pointer rests on a term for{' '}
          <input
            type="number"
            min={0}
            max={3000}
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
          />{' '}
          ms
        </label>
        <ChangeMessageView message={marksMessage} />
      </section>
    </main>
  );
}
