import { browser } from 'wxt/browser';

/** The reader page on one article, scrolled to one of its passages. */
export function readerUrl(article: string, passage?: number): string {
  const query = new URLSearchParams({ article });
  if (passage !== undefined) query.set('passage', String(passage));
  return browser.runtime.getURL(`/reader.html?${query}`);
}
