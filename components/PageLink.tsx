/** A link to another of Gloss's own pages, opened in a tab of its own. */
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';

export function PageLink({
  path,
  children,
}: {
  path: '/notebook.html' | '/options.html' | '/welcome.html';
  children: ComponentChildren;
}) {
  return (
    <a href={browser.runtime.getURL(path)} target="_blank" rel="noopener">
      {children}
    </a>
  );
}
