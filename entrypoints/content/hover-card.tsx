/**
 * Opens an entity's card when the reader rests the pointer on a mention (with
 * intent), clicks it, or presses Enter on the mention keyboard navigation
 * reached. Follows WCAG 2.1 SC 1.4.13: the pointer can move into the card,
 * which stays until the reader leaves it or presses Escape; a click pins it.
 *
 * The card lives in a shadow root so page styles cannot reach it, styled by
 * an adopted stylesheet, which a page's Content-Security-Policy does not
 * block. Its host is in the page only while a card or an announcement is
 * shown. The card is anchored to the mention's `Range`: there is no element.
 */
import { render } from 'preact';
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { browser } from 'wxt/browser';
import { CardWithNotes } from '../../components/CardWithNotes';
import { entityCardSheet } from '../../components/entity-card.css';
import type { EntityCard as Card } from '../../data/cards';
import type { Request } from '../../data/messages';
import { withExclusion } from '../../data/settings';
import { updateSettings } from '../../data/settings-store';
import type { CardHost } from './card-host';
import type { Mention, Mentions } from './mentions';
import { fold } from '../../matching/matcher';
import { UI_ATTR } from './skip-rules';

/** Time allowed to move from the term into the card. */
const CLOSE_DELAY_MS = 300;
/** How long the live region stays after the last announcement when no card is shown. */
const ANNOUNCE_MS = 5000;

export interface CardOptions {
  /** How long the pointer rests on a term before its card opens; fetching starts at once. */
  openDelayMs: number;
  mentions: Mentions;
}

export function setupCards(doc: Document, { openDelayMs, mentions }: CardOptions): CardHost {
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
  const root = doc.createElement('div');
  const status = doc.createElement('div');
  status.setAttribute('role', 'status');
  status.className = 'sr-only';
  shadow.append(root, status);

  const cards = new Map<string, Promise<Card | null>>();
  let current: Mention | undefined;
  let pinned = false;
  /** Only the latest open counts: a slow fetch for an earlier card is dropped. */
  let opening = 0;
  /** Likewise for announcements. */
  let announcing = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let detachTimer: ReturnType<typeof setTimeout> | undefined;
  let stopFollowing: (() => void) | undefined;
  /** Where focus was before it moved into the card. */
  let returnFocus: HTMLElement | undefined;

  const attach = () => {
    clearTimeout(detachTimer);
    if (!host.isConnected) doc.documentElement.append(host);
  };

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

  /** The mention as floating-ui sees it: its boxes, scrolled with the element around it. */
  const anchorOf = (mention: Mention): VirtualElement => ({
    getBoundingClientRect: () => mention.range.getBoundingClientRect(),
    getClientRects: () => mention.range.getClientRects(),
    contextElement: mention.text.parentElement ?? undefined,
  });

  /**
   * Shows the card of `entity` (the mention's own unless a related one was
   * picked) at `mention`; a pinned card stays when the pointer leaves.
   */
  async function show(
    mention: Mention,
    pin: boolean,
    entity = mention.entity,
  ): Promise<HTMLElement | undefined> {
    const started = performance.now();
    const ticket = ++opening;
    const card = await cardOf(entity);
    if (!card || ticket !== opening || !mentions.has(mention)) return undefined;
    close();
    pinned = pin;
    current = mention;
    attach();
    const own = entity === mention.entity;
    const matched = mention.range.toString();
    render(
      <CardWithNotes
        card={card}
        matched={own ? matched : undefined}
        page={{ url: location.href, title: doc.title }}
        actions={{
          notHere: own
            ? () => {
                close();
                void updateSettings((s) => ({
                  excludedForms: withExclusion(s.excludedForms, location.href, entity, fold(matched)),
                }));
              }
            : undefined,
          readInContext: (article, passage) => {
            const request: Request = { type: 'openReader', article, passage };
            void browser.runtime.sendMessage(request);
          },
          openEntity: (id) => {
            void show(mention, true, id).then((panel) => panel?.focus());
          },
        }}
      />,
      root,
    );
    const panel = root.firstElementChild as HTMLElement;
    const anchor = anchorOf(mention);
    stopFollowing = autoUpdate(anchor, panel, () => {
      // The page rewrote or removed the text under the card: the card goes with it.
      if (!mentions.has(mention)) {
        queueMicrotask(closeUnlessWriting);
        return;
      }
      void computePosition(anchor, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip(),
          shift({ padding: 8 }),
          // At high zoom the viewport is small: the card scrolls rather than run off screen.
          size({
            padding: 8,
            apply: ({ availableHeight }) =>
              panel.style.setProperty('max-height', `${Math.max(120, Math.min(460, availableHeight))}px`),
          }),
        ],
      }).then(({ x, y }) => {
        panel.style.setProperty('position', 'fixed');
        panel.style.setProperty('left', `${x}px`);
        panel.style.setProperty('top', `${y}px`);
      });
    });
    // Observable like the marking pass: from intent (or click) to the card painted.
    requestAnimationFrame(() =>
      performance.measure('gloss:card', { start: started, end: performance.now() }),
    );
    return panel;
  }

  function close(): void {
    clearTimeout(closeTimer);
    stopFollowing?.();
    stopFollowing = undefined;
    render(null, root);
    current = undefined;
    pinned = false;
    if (status.textContent) detachTimer = setTimeout(() => host.remove(), ANNOUNCE_MS);
    else host.remove();
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
  window.addEventListener('pagehide', onPageHide);

  return {
    hover(target) {
      if (target === 'card') {
        clearTimeout(closeTimer);
      } else if (target) {
        clearTimeout(closeTimer);
        if (target === current) return;
        clearTimeout(openTimer);
        void cardOf(target.entity);
        openTimer = setTimeout(() => void show(target, false), openDelayMs);
      } else {
        clearTimeout(openTimer);
        if (current && !pinned) closeTimer = setTimeout(closeUnlessWriting, CLOSE_DELAY_MS);
      }
    },
    open(mention, { focus }) {
      clearTimeout(openTimer);
      if (focus && doc.activeElement instanceof HTMLElement) returnFocus = doc.activeElement;
      void show(mention, true).then((panel) => {
        if (focus) panel?.focus();
      });
    },
    announce(mention, index, total) {
      // The entity's name comes with its card, which Enter would open next anyway.
      const ticket = ++announcing;
      void cardOf(mention.entity).then((card) => {
        // A reader moving fast hears only where they are now.
        if (ticket !== announcing) return;
        attach();
        status.textContent = `${card?.name ?? mention.entity}, ${index} of ${total}`;
        if (!current) detachTimer = setTimeout(() => host.remove(), ANNOUNCE_MS);
      });
    },
    escape() {
      if (!current) return false;
      const focusWasInCard = !!shadow.activeElement;
      close();
      if (focusWasInCard) returnFocus?.focus();
      returnFocus = undefined;
      return true;
    },
    remove() {
      close();
      clearTimeout(openTimer);
      clearTimeout(detachTimer);
      host.remove();
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}
