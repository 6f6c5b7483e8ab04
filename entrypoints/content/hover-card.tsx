/**
 * Opens an entity's card when the reader hovers a mark (with intent), focuses
 * it, or clicks it. Follows WCAG 2.1 SC 1.4.13: the pointer can move into the
 * card, which stays until the reader leaves it or presses Escape; a click
 * pins it. Keyboard readers move between marks with Alt+Shift+J / Alt+Shift+K
 * (announced: "Lima Group, 3 of 17"), open the card with Enter, and Escape
 * returns focus to where it was.
 *
 * The card lives in a shadow root so page styles cannot reach it, styled by
 * an adopted stylesheet, which a page's Content-Security-Policy does not block.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { browser } from 'wxt/browser';
import { CardWithNotes } from '../../components/CardWithNotes';
import { entityCardSheet } from '../../components/entity-card.css';
import type { EntityCard as Card } from '../../data/cards';
import type { Request } from '../../data/messages';
import { withExclusion } from '../../data/settings';
import { updateSettings } from '../../data/settings-store';
import { ENTITY_ATTR, MARK_TAG, UI_ATTR } from './annotator';
import { fold } from './matcher';
import { isMarkNavigation } from './card-loader';

/** Time allowed to move from the term into the card. */
const CLOSE_DELAY_MS = 300;

export interface HoverCardOptions {
  /** How long the pointer rests on a term before its card opens; fetching starts at once. */
  openDelayMs: number;
  nameOf: (entity: string) => string;
}

export interface HoverCards {
  /** Handles an event the way the cards' own listeners would (the one that caused them to load). */
  handle(event: Event): void;
  remove(): void;
}

export function setupHoverCards(doc: Document, { openDelayMs, nameOf }: HoverCardOptions): HoverCards {
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
  let current: Element | undefined;
  let pinned = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopFollowing: (() => void) | undefined;
  /** Where focus was before the reader started moving between marks. */
  let returnFocus: HTMLElement | undefined;

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

  /** Shows the card of `entity` (the mark's own unless a related one was picked) next to `mark`. */
  async function open(
    mark: Element,
    entity = mark.getAttribute(ENTITY_ATTR) ?? '',
  ): Promise<HTMLElement | undefined> {
    const started = performance.now();
    const card = await cardOf(entity);
    if (!card || !mark.isConnected) return undefined;
    const keepPinned = pinned;
    close();
    pinned = keepPinned;
    current = mark;
    if (!host.isConnected) doc.documentElement.append(host);
    const own = entity === mark.getAttribute(ENTITY_ATTR);
    render(
      <CardWithNotes
        card={card}
        matched={own ? (mark.textContent ?? undefined) : undefined}
        page={{ url: location.href, title: doc.title }}
        actions={{
          notHere: own
            ? () => {
                close();
                void updateSettings((s) => ({
                  excludedForms: withExclusion(
                    s.excludedForms,
                    location.href,
                    entity,
                    fold(mark.textContent ?? ''),
                  ),
                }));
              }
            : undefined,
          readInContext: (article, passage) => {
            const request: Request = { type: 'openReader', article, passage };
            void browser.runtime.sendMessage(request);
          },
          openEntity: (id) => {
            pinned = true;
            void open(mark, id).then((panel) => panel?.focus());
          },
        }}
      />,
      root,
    );
    const panel = root.firstElementChild as HTMLElement;
    stopFollowing = autoUpdate(mark, panel, () => {
      void computePosition(mark, panel, {
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
    // Observable like the annotation pass: from intent (or click) to the card painted.
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
  }

  /** A reader typing a note keeps the card, wherever the pointer wanders. */
  function closeUnlessWriting(): void {
    if (!shadow.activeElement) close();
  }

  const marks = () => [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[${ENTITY_ATTR}]`)];

  function moveFocus(step: 1 | -1): void {
    const all = marks();
    if (all.length === 0) return;
    const active = doc.activeElement;
    const at = active instanceof HTMLElement ? all.indexOf(active) : -1;
    if (at < 0 && active instanceof HTMLElement && active !== doc.body) returnFocus = active;
    const next = all[(at + step + all.length) % all.length]!;
    next.tabIndex = -1;
    next.focus();
    status.textContent = `${nameOf(next.getAttribute(ENTITY_ATTR)!)}, ${all.indexOf(next) + 1} of ${all.length}`;
  }

  // Keys typed in the card are the reader's, not the page's shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (e) => e.stopPropagation());
  // Leaving the page closes the card, which saves any note being written.
  const onPageHide = () => close();

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest(MARK_TAG) ?? undefined) : undefined;

  const intend = (mark: Element) => {
    clearTimeout(closeTimer);
    if (mark === current) return;
    clearTimeout(openTimer);
    void cardOf(mark.getAttribute(ENTITY_ATTR) ?? '');
    openTimer = setTimeout(() => void open(mark), openDelayMs);
  };
  const onOver = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (mark) intend(mark);
    else if (event.target === host) clearTimeout(closeTimer);
  };
  const onOut = (event: MouseEvent) => {
    const leaving = markOf(event.target) ?? (event.target === host ? host : undefined);
    if (!leaving) return;
    clearTimeout(openTimer);
    if (current && !pinned) closeTimer = setTimeout(closeUnlessWriting, CLOSE_DELAY_MS);
  };
  const onFocus = (event: FocusEvent) => {
    const mark = markOf(event.target);
    if (mark) intend(mark);
  };
  const onClick = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (!mark) return;
    clearTimeout(openTimer);
    void open(mark).then(() => (pinned = true));
  };
  const onKey = (event: KeyboardEvent) => {
    if (isMarkNavigation(event)) {
      event.preventDefault();
      moveFocus(event.code === 'KeyJ' ? 1 : -1);
      return;
    }
    const mark = markOf(event.target);
    if (event.key === 'Enter' && mark) {
      event.preventDefault();
      clearTimeout(openTimer);
      pinned = true;
      void open(mark).then((panel) => panel?.focus());
    } else if (event.key === 'Escape') {
      if (current) {
        const from = current as HTMLElement;
        const focusWasInCard = !!shadow.activeElement;
        close();
        if (focusWasInCard || doc.activeElement === from) from.focus();
      } else if (mark && returnFocus) {
        returnFocus.focus();
        returnFocus = undefined;
      }
    }
  };
  const listeners: Record<string, (event: Event) => void> = {
    mouseover: (e) => onOver(e as MouseEvent),
    mouseout: (e) => onOut(e as MouseEvent),
    focusin: (e) => onFocus(e as FocusEvent),
    click: (e) => onClick(e as MouseEvent),
    keydown: (e) => onKey(e as KeyboardEvent),
  };
  for (const [type, listener] of Object.entries(listeners)) doc.addEventListener(type, listener, true);
  window.addEventListener('pagehide', onPageHide);
  return {
    handle: (event) => listeners[event.type]?.(event),
    remove() {
      close();
      host.remove();
      for (const [type, listener] of Object.entries(listeners)) doc.removeEventListener(type, listener, true);
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}
