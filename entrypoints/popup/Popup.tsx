/**
 * The toolbar popup: the switch for this site, the global pause, what Gloss
 * found on the page (click to go to it), and a search that opens any
 * entity's card, found on the page or not.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { entityName, inReaderLanguage } from '../../catalogue/entity-names';
import type { EntityCard as Card } from '../../card/card-content';
import { hasSubdomains, isEnabledFor, siteOf, type Settings } from '../../settings/settings';
import { loadSettings, watchSettings } from '../../settings/settings-store';
import { ChangeMessageView, useSettingsChange } from '../../components/useSettingsChange';
import type { Reveal, TabState } from '../../messaging/contract';
import { ask } from '../../messaging/ask';
import { readerUrl } from '../../card/reader-url';
import { searchEntities } from '../../catalogue/entity-search';
import { Isolated } from '../../card/Isolated';
import { EntityCard } from '../../card/EntityCard';
import { Sentence } from '../../components/Sentence';
import { PageLink } from '../../components/PageLink';
import { formatNumber, t } from '../../i18n/i18n';

/** The tab the popup is about: the active one, or `?tab=` when opened as a page. */
async function targetTab(): Promise<{ id: number; url?: string } | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return { id: fromQuery };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export function Popup() {
  const [settings, setSettings] = useState<Settings>();
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [state, setState] = useState<TabState>();
  const [subdomains, setSubdomains] = useState(false);
  const [query, setQuery] = useState('');
  const [card, setCard] = useState<Card | null>();
  const show = (found: Card | null) => setCard(found && inReaderLanguage(found));
  const [message, change] = useSettingsChange();

  useEffect(() => {
    void loadSettings().then(setSettings);
    void targetTab().then(setTab);
    return watchSettings(setSettings);
  }, []);
  // What the tab's frames found, kept current while the popup is open: frames report as they finish.
  useEffect(() => {
    if (!tab) return;
    const refresh = () => void ask({ type: 'getTabState', tabId: tab.id }).then(setState);
    refresh();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && `tab:${tab.id}` in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [tab?.id]);

  const url = tab?.url ?? state?.url;
  const site = url ? siteOf(url) : undefined;
  if (!settings) return null;
  const on = url !== undefined && site !== undefined && isEnabledFor(url, { ...settings, paused: false });
  const found = Object.entries(state?.counts ?? {}).sort((a, b) => b[1] - a[1]);
  const results = searchEntities(query);

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <nav>
          <PageLink path="/notebook.html">{t('popup.notebook')}</PageLink>{' '}
          <PageLink path="/options.html">{t('popup.settings')}</PageLink>{' '}
          <PageLink path="/welcome.html">{t('popup.howItWorks')}</PageLink>
        </nav>
      </header>
      {site === undefined ? (
        <p class="muted">{t('popup.notHere')}</p>
      ) : (
        <section class="switches">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={on}
              onChange={() => void change({ type: 'toggleSite', url: url!, subdomains })}
            />
            <span>
              <Sentence
                message="popup.onFor"
                parts={{ site: <strong>{site === 'file:' ? t('popup.localFiles') : site}</strong> }}
              />
            </span>
          </label>
          {on && hasSubdomains(site) && (
            <label class="sub">
              <input type="checkbox" checked={subdomains} onChange={() => setSubdomains(!subdomains)} />
              {t('popup.subdomainsToo')}
            </label>
          )}
        </section>
      )}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={() => void change({ type: 'prefs', prefs: { paused: !settings.paused } })}
        />
        <span>{t('popup.pauseEverywhere')}</span>
      </label>
      <ChangeMessageView message={message} />

      {site !== undefined && on && !settings.paused && (
        <section>
          <h2>{t('popup.found')}</h2>
          {found.length === 0 ? (
            <p class="muted">{t('popup.nothingFound')}</p>
          ) : (
            <ul class="found" aria-label={t('popup.found')}>
              {found.map(([id, count]) => (
                <li key={id}>
                  <button
                    type="button"
                    onClick={() => {
                      const request: Reveal = { type: 'reveal', entity: id };
                      if (tab) void browser.tabs.sendMessage(tab.id, request);
                    }}
                  >
                    <span>{entityName(id)}</span> <span class="count">{formatNumber(count)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {state?.capped && <p class="muted">{t('popup.onlyFirstMentions')}</p>}
        </section>
      )}

      <section>
        <label class="search">
          <span>{t('popup.lookUp')}</span>
          <input
            type="search"
            placeholder={t('popup.lookUpExample')}
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setCard(undefined);
            }}
          />
        </label>
        {card ? (
          <Isolated>
            <EntityCard
              card={card}
              actions={{
                openEntity: (id) => void ask({ type: 'getCard', entity: id }).then(show),
                readInContext: (a, p) => void browser.tabs.create({ url: readerUrl(a, p) }),
              }}
            />
          </Isolated>
        ) : (
          <ul class="results" aria-label={t('popup.results')}>
            {results.map((e) => (
              <li key={e.id}>
                <button type="button" onClick={() => void ask({ type: 'getCard', entity: e.id }).then(show)}>
                  {entityName(e.id)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
