/**
 * Opens an entity's card when the reader hovers (with intent) or clicks a
 * mark. Follows WCAG 2.1 SC 1.4.13: the pointer can move into the card, which
 * stays until the reader leaves it or presses Escape; a click pins it. The
 * card lives in a shadow root so page styles cannot reach it, styled by an
 * adopted stylesheet, which a page's Content-Security-Policy does not block.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { browser } from 'wxt/browser';
import { CardWithNotes } from '../../components/CardWithNotes';
import { entityCardSheet } from '../../components/entity-card.css';
import type { EntityCard as Card } from '../../data/cards';
import type { Request } from '../../data/messages';
import { ENTITY_ATTR, MARK_TAG, UI_ATTR } from './annotator';
import { fold } from './matcher';
import { withExclusion } from '../../data/settings';
import { updateSettings } from '../../data/settings-store';

/** Time allowed to move from the term into the card. */
const CLOSE_DELAY_MS = 300;

/**
 * `openDelayMs`: how long the pointer must rest on a term. Fetching starts at
 * once, so the card shows the moment the delay is over.
 */
export function setupHoverCards(doc: Document, openDelayMs: number): () => void {
  const host = doc.createElement('gloss-card');
  host.setAttribute(UI_ATTR, '');
  // Set through the CSSOM: allowed under any CSP, and !important beats page rules.
  for (const [prop, value] of [
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['z-index', '2147483647'],
    ['display', 'block'],
  ]) {
    host.style.setProperty(prop!, value!, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [entityCardSheet()];
  const cards = new Map<string, Promise<Card | null>>();
  let current: Element | undefined;
  let pinned = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopFollowing: (() => void) | undefined;

  const cardOf = (entity: string) => {
    let card = cards.get(entity);
    if (!card) {
      const request: Request = { type: 'getCard', entity };
      // A failed request (the extension was updated or reloaded) is not remembered.
      card = browser.runtime.sendMessage(request).then(
        (c: Card | null) => c,
        () => {
          cards.delete(entity);
          return null;
        },
      );
      cards.set(entity, card);
    }
    return card;
  };

  async function open(mark: Element): Promise<void> {
    const entity = mark.getAttribute(ENTITY_ATTR);
    if (!entity) return;
    const card = await cardOf(entity);
    if (!card || !mark.isConnected) return;
    close();
    current = mark;
    if (!host.isConnected) doc.documentElement.append(host);
    render(
      <CardWithNotes
        card={card}
        matched={mark.textContent ?? undefined}
        page={{ url: location.href, title: doc.title }}
        onNotHere={() => {
          close();
          void updateSettings((s) => ({
            excludedForms: withExclusion(
              s.excludedForms,
              location.href,
              entity,
              fold(mark.textContent ?? ''),
            ),
          }));
        }}
      />,
      shadow,
    );
    const panel = shadow.firstElementChild as HTMLElement;
    stopFollowing = autoUpdate(mark, panel, () => {
      void computePosition(mark, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        panel.style.setProperty('position', 'fixed');
        panel.style.setProperty('left', `${x}px`);
        panel.style.setProperty('top', `${y}px`);
      });
    });
  }

  function close(): void {
    clearTimeout(closeTimer);
    stopFollowing?.();
    stopFollowing = undefined;
    render(null, shadow);
    current = undefined;
    pinned = false;
  }

  /** A reader typing a note keeps the card, wherever the pointer wanders. */
  function closeUnlessWriting(): void {
    if (!shadow.activeElement) close();
  }

  // Keys typed in the card are the reader's, not the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (e) => e.stopPropagation());
  // Leaving the page closes the card, which saves any note being written.
  const onPageHide = () => close();

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest(MARK_TAG) ?? undefined) : undefined;

  const onOver = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (!mark && event.target !== host) return;
    clearTimeout(closeTimer);
    if (!mark || mark === current) return;
    clearTimeout(openTimer);
    void cardOf(mark.getAttribute(ENTITY_ATTR) ?? '');
    openTimer = setTimeout(() => void open(mark), openDelayMs);
  };
  const onOut = (event: MouseEvent) => {
    const leaving = markOf(event.target) ?? (event.target === host ? host : undefined);
    if (!leaving) return;
    clearTimeout(openTimer);
    if (current && !pinned) closeTimer = setTimeout(closeUnlessWriting, CLOSE_DELAY_MS);
  };
  const onClick = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (!mark) return;
    clearTimeout(openTimer);
    void open(mark).then(() => (pinned = true));
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) close();
  };
  doc.addEventListener('mouseover', onOver, true);
  doc.addEventListener('mouseout', onOut, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    close();
    host.remove();
    doc.removeEventListener('mouseover', onOver, true);
    doc.removeEventListener('mouseout', onOut, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pagehide', onPageHide);
  };
}
