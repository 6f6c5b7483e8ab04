/** Who wrote an article, where and when, as the card and the reader page print it. */
import type { ComponentChildren } from 'preact';
import type { Article } from '../data/articles';
import { formatDate, t } from '../i18n/i18n';

export function Byline({
  article,
  children,
}: {
  article: Pick<Article, 'author' | 'outlet' | 'date'> & { firstPublishedIn?: string };
  /** Printed after the date (the card adds the mention count). */
  children?: ComponentChildren;
}) {
  return (
    <p class="meta">
      {article.author}
      {article.outlet ? ` · ${article.outlet}` : ''}
      {article.firstPublishedIn
        ? t('card.firstPublishedIn', { outlet: article.firstPublishedIn })
        : ''} · <time dateTime={article.date}>{formatDate(article.date, 'day')}</time>
      {children}
    </p>
  );
}
