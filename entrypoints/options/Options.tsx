/** The settings page: where Gloss is off, what it marks, how fast cards open. */
import { useEffect, useState } from 'preact/hooks';
import { CATALOGUE, ENTITY_KINDS } from '../../data/catalogue';
import { siteOf, toggledSites, type Settings } from '../../data/settings';
import { loadSettings, updateSettings, watchSettings } from '../../data/settings-store';

const KIND_NAMES: Record<(typeof ENTITY_KINDS)[number], string> = {
  person: 'People',
  organisation: 'Organisations',
  country: 'Countries',
  place: 'Cities, regions and other places',
  agreement: 'Agreements and formats',
  doctrine: 'Doctrines',
  event: 'Events',
  company: 'Companies',
  concept: 'Concepts',
};

const nameOf = (id: string) => CATALOGUE.find((e) => e.id === id)?.name ?? id;

/** What the reader typed as a site, as a URL `toggledSites` understands. */
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
    setSite('');
    void updateSettings((s) => ({
      disabledSites: s.disabledSites.includes(siteOf(url)!)
        ? s.disabledSites
        : toggledSites(s.disabledSites, url, subdomains),
    }));
  };

  return (
    <main>
      <h1>Gloss settings</h1>
      <section>
        <label class="row">
          <input
            type="checkbox"
            checked={!settings.paused}
            onChange={() => void updateSettings((s) => ({ paused: !s.paused }))}
          />
          Gloss is on (turn off to pause it everywhere)
        </label>
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
                  onClick={() =>
                    void updateSettings((s) => ({
                      disabledSites: s.disabledSites.filter((e) => e !== entry),
                    }))
                  }
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
                    void updateSettings((s) => ({
                      excludedForms: s.excludedForms.filter(
                        (x) => !(x.site === e.site && x.entity === e.entity && x.form === e.form),
                      ),
                    }))
                  }
                >
                  Undo
                </button>
              </li>
            ))}
          </ul>
        )}
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
                  void updateSettings((s) => ({
                    kindsOff: s.kindsOff.includes(kind)
                      ? s.kindsOff.filter((k) => k !== kind)
                      : [...s.kindsOff, kind],
                  }))
                }
              />
              {KIND_NAMES[kind]}
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
                onChange={() => void updateSettings(() => ({ markMode: mode }))}
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
            onChange={(e) => void updateSettings(() => ({ hoverDelayMs: Number(e.currentTarget.value) }))}
          />{' '}
          ms
        </label>
      </section>
    </main>
  );
}
