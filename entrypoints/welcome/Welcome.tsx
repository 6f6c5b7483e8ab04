/**
 * The welcome page, opened once when Gloss is installed and reachable from
 * the popup: what Gloss marks, how to open a card (hover, or Alt+Shift+J/K),
 * the notebook, turning it off, what it keeps and that it sends nothing; and
 * a paragraph in the reader's language to try a card on, marked by the
 * same matcher pages get.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { examplePieces } from './example';
import type { EntityCard as Card } from '../../card/card-content';
import { ask } from '../../messaging/ask';
import { EntityCard } from '../../card/EntityCard';
import { Isolated } from '../../card/Isolated';
import { readerUrl } from '../../card/reader-url';
import { inReaderLanguage } from '../../catalogue/entity-names';
import { Sentence } from '../../components/Sentence';
import { PageLink } from '../../components/PageLink';
import { t } from '../../i18n/i18n';

const pieces = examplePieces(t('welcome.example'));

/** A shortcut as keys to press together: Alt+Shift+J. */
function Keys({ keys }: { keys: string[] }) {
  return <>{keys.map((key, i) => [i > 0 && '+', <kbd key={key}>{key}</kbd>])}</>;
}

export function Welcome() {
  const [open, setOpen] = useState<{ entity: string; card: Card }>();
  const show = (entity: string) =>
    void ask({ type: 'getCard', entity }).then(
      (card) => card && setOpen({ entity, card: inReaderLanguage(card) }),
    );

  return (
    <main>
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>

      <h2>{t('welcome.tryIt')}</h2>
      <p class="muted">{t('welcome.tryHint')}</p>
      <p class="example">
        {pieces.map((p, i) =>
          p.entity ? (
            <button
              key={i}
              type="button"
              class="mention"
              aria-expanded={open?.entity === p.entity}
              onMouseEnter={() => show(p.entity!)}
              onFocus={() => show(p.entity!)}
              onClick={() => show(p.entity!)}
            >
              {p.text}
            </button>
          ) : (
            p.text
          ),
        )}
      </p>
      {open && (
        <Isolated>
          <EntityCard
            card={open.card}
            actions={{
              openEntity: show,
              readInContext: (a, p) => void browser.tabs.create({ url: readerUrl(a, p) }),
            }}
          />
        </Isolated>
      )}

      <h2>{t('welcome.onPages')}</h2>
      <ul>
        <li>{t('welcome.hover')}</li>
        <li>
          <Sentence
            message="welcome.keys"
            parts={{
              next: <Keys keys={['Alt', 'Shift', 'J']} />,
              previous: <Keys keys={['Alt', 'Shift', 'K']} />,
              enter: <kbd>Enter</kbd>,
              escape: <kbd>Esc</kbd>,
            }}
          />
        </li>
        <li>{t('welcome.meaning')}</li>
      </ul>

      <h2>{t('welcome.notesHeading')}</h2>
      <p>
        <Sentence
          message="welcome.notes"
          parts={{
            notebook: <PageLink path="/notebook.html">{t('welcome.notebookLink')}</PageLink>,
          }}
        />
      </p>

      <h2>{t('welcome.offHeading')}</h2>
      <p>
        <Sentence
          message="welcome.off"
          parts={{
            settings: <PageLink path="/options.html">{t('welcome.settingsLink')}</PageLink>,
          }}
        />
      </p>

      <h2>{t('welcome.keepsHeading')}</h2>
      <p>{t('welcome.keeps')}</p>
    </main>
  );
}
