/**
 * The reader page: one of the five articles in full, every entity marked,
 * the passage a card pointed to scrolled into view and highlighted. Clicking
 * a name opens its card beside the text.
 */
import { useEffect, useState } from 'preact/hooks';
import index from '../../data/generated/corpus-index.json';
import type { CorpusIndex } from '../../data/corpus-index';
import { cardFor } from '../../card/card-content';
import { inReaderLanguage } from '../../catalogue/entity-names';
import { Isolated } from '../../card/Isolated';
import { CardWithNotes } from '../../card/CardWithNotes';
import { Byline } from '../../card/Byline';
import { readerUrl } from '../../card/reader-url';
import { nameDocument, t } from '../../i18n/i18n';

const corpus = index as CorpusIndex;

function Paragraph({
  at,
  chosen,
  onEntity,
}: {
  at: number;
  chosen: boolean;
  onEntity: (id: string) => void;
}) {
  const passage = corpus.passages[at]!;
  const mentions = corpus.mentions.filter((m) => m.passage === at).sort((a, b) => a.textStart - b.textStart);
  const parts = [];
  let cursor = 0;
  for (const m of mentions) {
    parts.push(passage.text.slice(cursor, m.textStart));
    parts.push(
      <button type="button" class="entity" data-entity={m.entity} onClick={() => onEntity(m.entity)}>
        {passage.text.slice(m.textStart, m.textEnd)}
      </button>,
    );
    cursor = m.textEnd;
  }
  parts.push(passage.text.slice(cursor));
  return (
    <p id={`passage-${at}`} class={chosen ? 'chosen' : undefined} tabIndex={chosen ? -1 : undefined}>
      {parts}
    </p>
  );
}

export function Reader({ article: articleId, passage }: { article: string; passage?: number }) {
  const article = corpus.articles.find((a) => a.id === articleId);
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    const chosen = document.getElementById(`passage-${passage}`);
    chosen?.scrollIntoView({ block: 'center' });
    chosen?.focus({ preventScroll: true });
  }, [passage]);
  nameDocument(article ? t('reader.title', { article: article.title }) : t('extName'));
  if (!article)
    return (
      <main>
        <p role="alert">{t('reader.noArticle', { id: articleId })}</p>
      </main>
    );
  const paragraphs = corpus.passages.flatMap((p, i) => (p.article === article.id ? [i] : []));
  // Built here, not asked of the background as the card frame and popup do: this page holds the corpus
  // index already (it shows the whole article), so asking would only add a round trip.
  const found = selected ? cardFor(corpus, selected) : undefined;
  const card = found && inReaderLanguage(found);

  return (
    <div class="layout">
      <main>
        <article>
          <h1>
            {article.title}
            {article.titleIsDescriptive && <span class="note">{t('reader.noHeadline')}</span>}
          </h1>
          <Byline article={article} />
          {article.url && (
            <p class="meta">
              {t('reader.original')} <a href={article.url}>{article.url}</a>
            </p>
          )}
          {paragraphs.map((at) => (
            <Paragraph key={at} at={at} chosen={at === passage} onEntity={setSelected} />
          ))}
        </article>
      </main>
      <aside aria-label={t('reader.card')}>
        {card ? (
          <Isolated>
            <CardWithNotes
              card={card}
              page={{ url: location.href, title: document.title }}
              actions={{
                openEntity: setSelected,
                readInContext: (a, p) => location.assign(readerUrl(a, p)),
              }}
            />
          </Isolated>
        ) : (
          <p class="hint">{t('reader.hint')}</p>
        )}
      </aside>
    </div>
  );
}
