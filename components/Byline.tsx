/** Who wrote an article, where and when, as the card and the reader page print it. */
import type { ComponentChildren } from 'preact';
import type { Article } from '../data/articles';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An article's date as printed: day, month and year, whatever time the text gives. */
export const articleDate = (iso: string) => dateFormat.format(new Date(iso.slice(0, 10)));

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
      {article.firstPublishedIn ? ` (first published in ${article.firstPublishedIn})` : ''} ·{' '}
      <time dateTime={article.date}>{articleDate(article.date)}</time>
      {children}
    </p>
  );
}
