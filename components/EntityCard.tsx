/**
 * The card: what an entity is and what each of the five articles said about
 * it. Presentational only (props in, markup out), so the same card renders in
 * the page, in extension pages and in component tests.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CardArticle, CardPassage, EntityCard as Card } from '../data/cards';

const KIND_LABEL: Record<Card['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  country: 'Country',
  place: 'Place',
  agreement: 'Agreement or format',
  doctrine: 'Doctrine',
  event: 'Event',
  company: 'Company',
  concept: 'Concept',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function Passage({ passage }: { passage: CardPassage }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of passage.highlights) {
    parts.push(passage.text.slice(at, start), <mark>{passage.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(passage.text.slice(at));
  return <blockquote class="passage">{parts}</blockquote>;
}

function Article({ article }: { article: CardArticle }) {
  const [more, setMore] = useState(false);
  const [first, ...rest] = article.passages;
  return (
    <li class="article">
      <div class="title">
        {article.url ? (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        ) : (
          article.title
        )}
        {article.titleIsDescriptive && <span class="note"> (no headline; our description)</span>}
      </div>
      <div class="meta">
        {article.author}
        {article.outlet ? ` · ${article.outlet}` : ''} ·{' '}
        <time dateTime={article.date}>{dateFormat.format(new Date(article.date.slice(0, 10)))}</time>
        {` · ${article.mentions} ${article.mentions === 1 ? 'mention' : 'mentions'}`}
      </div>
      {first && <Passage passage={first} />}
      {rest.length > 0 &&
        (more ? (
          rest.map((p, i) => <Passage key={i} passage={p} />)
        ) : (
          <button type="button" class="more" onClick={() => setMore(true)}>
            {rest.length} more {rest.length === 1 ? 'passage' : 'passages'}
          </button>
        ))}
    </li>
  );
}

export function EntityCard({
  card,
  matched,
  children,
  onNotHere,
}: {
  card: Card;
  matched?: string;
  /** The reader's notes on the entity, where the host page provides them. */
  children?: ComponentChildren;
  /** Stops marking the matched form on this site. */
  onNotHere?: () => void;
}) {
  const titleId = `gloss-card-${card.id}`;
  return (
    <section class="card" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>{card.name}</h2>
        <span class="kind">{KIND_LABEL[card.kind]}</span>
      </header>
      <p class="description">{card.description}</p>
      {matched && (
        <p class="why">
          Marked because the page says “{matched}”.{' '}
          {onNotHere && (
            <button type="button" class="link" onClick={onNotHere}>
              Not this here
            </button>
          )}
        </p>
      )}
      <h3>
        What the articles said <span class="count">({card.articles.length} of 5, newest first)</span>
      </h3>
      <ol class="articles">
        {card.articles.map((a) => (
          <Article key={a.id} article={a} />
        ))}
      </ol>
      {children}
    </section>
  );
}
