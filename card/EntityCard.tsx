/**
 * The card: what an entity is and what each of the five articles said about
 * it. Presentational only (props in, markup out), so the same card renders in
 * the page, in extension pages and in component tests; what its buttons do is
 * up to the host (`actions`).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CardArticle, CardPassage, EntityCard as Card } from './card-content';
import { formatDate, formatList, kindName, messagesLanguage, plural, t } from '../i18n/i18n';
import { Byline } from './Byline';
import { useCertifiedVisible } from '../components/CertifiedVisible';

export interface CardActions {
  /** Stops marking the matched form on this site; answers why it could not, if it could not. */
  notHere?: () => Promise<string | undefined>;
  /** Opens the article with this passage in the reader page. */
  readInContext?: (article: string, passage: number) => void;
  /** Opens another entity's card in place of this one. */
  openEntity?: (id: string) => void;
}

const day = (iso: string) => new Date(iso.slice(0, 10));

/** The timeline's months: from the first article's month to the last one's, whole. */
function timelineOf({ first, last }: Card['corpus']) {
  const start = new Date(first.slice(0, 7) + '-01');
  const end = new Date(last.slice(0, 7) + '-01');
  end.setUTCMonth(end.getUTCMonth() + 1);
  const months: Date[] = [];
  for (const m = new Date(start); m < end; m.setUTCMonth(m.getUTCMonth() + 1)) months.push(new Date(m));
  const at = (date: Date) =>
    `${((date.getTime() - start.getTime()) / (end.getTime() - start.getTime())) * 100}%`;
  return { months, at };
}

function Passage({
  passage,
  article,
  actions,
}: {
  passage: CardPassage;
  article: string;
  actions: CardActions;
}) {
  const parts = [];
  let at = 0;
  for (const [start, end] of passage.highlights) {
    parts.push(passage.text.slice(at, start), <mark>{passage.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(passage.text.slice(at));
  return (
    <blockquote class="passage">
      {/* The articles' words as written, in English: screen readers read them so. */}
      <span lang="en">{parts}</span>
      {actions.readInContext && (
        <>
          {' '}
          <button type="button" class="link" onClick={() => actions.readInContext!(article, passage.passage)}>
            {t('card.readInContext')}
          </button>
        </>
      )}
    </blockquote>
  );
}

function Meta({ article }: { article: CardArticle }) {
  return <Byline article={article}>{` · ${plural('card.mentions', article.mentions)}`}</Byline>;
}

function Title({ article }: { article: CardArticle }) {
  return (
    <div class="title">
      {article.url ? (
        <a href={article.url} target="_blank" rel="noopener noreferrer" lang="en">
          {article.title}
        </a>
      ) : (
        <span lang="en">{article.title}</span>
      )}
      {article.titleIsDescriptive && <span class="note">{t('card.noHeadline')}</span>}
    </div>
  );
}

function Article({ article, actions }: { article: CardArticle; actions: CardActions }) {
  const [more, setMore] = useState(false);
  const [first, ...rest] = article.passages;
  return (
    <li class="article">
      <Title article={article} />
      <Meta article={article} />
      {first && <Passage passage={first} article={article.id} actions={actions} />}
      {rest.length > 0 &&
        (more ? (
          rest.map((p) => <Passage key={p.passage} passage={p} article={article.id} actions={actions} />)
        ) : (
          <button type="button" class="more" onClick={() => setMore(true)}>
            {plural('card.morePassages', rest.length)}
          </button>
        ))}
    </li>
  );
}

/** The articles on a dated line spanning the corpus, and their passages side by side, oldest first. */
function Compare({ card, actions }: { card: Card; actions: CardActions }) {
  const oldestFirst = [...card.articles].reverse();
  const { months, at } = timelineOf(card.corpus);
  return (
    <div class="compare">
      <div
        class="timeline"
        role="img"
        aria-label={t('card.coverage', {
          dates: formatList(oldestFirst.map((a) => formatDate(a.date, 'day'))),
        })}
      >
        {months.map((m) => (
          <span key={m.toISOString()} class="month" style={{ left: at(m) }}>
            {formatDate(m, 'month')}
          </span>
        ))}
        {oldestFirst.map((a) => (
          <span
            key={a.id}
            class="dot"
            title={t('card.dot', { title: a.title, date: formatDate(a.date, 'day') })}
            style={{ left: at(day(a.date)) }}
          />
        ))}
      </div>
      <ol class="columns">
        {oldestFirst.map((a) => (
          <li key={a.id} class="column">
            <div class="when">{formatDate(a.date, 'dayMonth')}</div>
            <Title article={a} />
            <Meta article={a} />
            {a.passages[0] && <Passage passage={a.passages[0]} article={a.id} actions={actions} />}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function EntityCard({
  card,
  matched,
  actions = {},
  children,
}: {
  card: Card;
  matched?: string;
  actions?: CardActions;
  /** The reader's notes on the entity, where the host provides them. */
  children?: ComponentChildren;
}) {
  const [comparing, setComparing] = useState(false);
  const [notHereError, setNotHereError] = useState<string>();
  const [byMentions, setByMentions] = useState(false);
  // "Not this here" changes the reader's settings at once: a page would gain from tricking a click on it.
  const certified = useCertifiedVisible();
  const articles = byMentions ? [...card.articles].sort((a, b) => b.mentions - a.mentions) : card.articles;
  const titleId = `gloss-card-${card.id}`;
  return (
    <section class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1}>
      <div class="head">
        <h2 id={titleId}>{card.name}</h2>
        <span class="kind">{kindName(card.kind, 'name')}</span>
      </div>
      <p class="description">
        {card.description}{' '}
        <small class="checked">
          {t('card.checked', { month: formatDate(`${card.checked}-01`, 'month') })}
        </small>
      </p>
      {matched && (
        <p class="why">
          {t('card.markedBecause', { form: matched })}{' '}
          {actions.notHere && (
            <button
              type="button"
              class="link"
              disabled={!certified}
              onClick={() => void actions.notHere!().then(setNotHereError)}
            >
              {t('card.notHere')}
            </button>
          )}
        </p>
      )}
      {notHereError && (
        <p role="alert" class="error">
          {notHereError}
        </p>
      )}
      <div class="heading">
        <h3>
          {t('card.articlesSaid')}{' '}
          <span class="count">
            {t('card.shown', {
              shown: card.articles.length,
              total: card.corpus.articles,
              order: t(
                comparing ? 'card.order.oldest' : byMentions ? 'card.order.mentions' : 'card.order.newest',
              ),
            })}
          </span>
        </h3>
        {card.articles.length > 1 && !comparing && (
          <button type="button" class="link" onClick={() => setByMentions(!byMentions)}>
            {t(byMentions ? 'card.sortNewest' : 'card.sortMentions')}
          </button>
        )}
        {card.articles.length > 1 && (
          <button
            type="button"
            class="link"
            aria-pressed={comparing}
            onClick={() => setComparing(!comparing)}
          >
            {t(comparing ? 'card.list' : 'card.compare')}
          </button>
        )}
      </div>
      {messagesLanguage() !== 'en' && <p class="sources">{t('card.sourcesInEnglish')}</p>}
      {comparing ? (
        <Compare card={card} actions={actions} />
      ) : (
        <ol class="articles">
          {articles.map((a) => (
            <Article key={a.id} article={a} actions={actions} />
          ))}
        </ol>
      )}
      {card.related.length > 0 && (
        <>
          <h3>{t('card.oftenNamedWith')}</h3>
          <ul class="related">
            {card.related.map((r) => (
              <li key={r.id}>
                {actions.openEntity ? (
                  <button type="button" class="chip" onClick={() => actions.openEntity!(r.id)}>
                    {r.name}
                  </button>
                ) : (
                  <span class="chip">{r.name}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </section>
  );
}
