/**
 * The card frame: a Gloss page inside the web page, in the extension's own
 * origin, so the page cannot read the card, the reader's notes or typing,
 * nor send it events. The content script that made the frame hands it a
 * `MessagePort` once, with a single-use token the background issued to it
 * (background/card-tokens.ts): the frame serves nothing until the background
 * has vouched for the token, since any page that knows the card's address
 * can frame it and post to it. It then talks only over that port.
 * Everything that touches notes and settings happens here.
 */
import { render, type VNode } from 'preact';
import { browser } from 'wxt/browser';
import { CardWithNotes } from '../../card/CardWithNotes';
import { CertifiedVisible } from '../../components/CertifiedVisible';
import { entityCardSheet } from '../../card/entity-card.css';
import type { EntityCard as Card } from '../../card/card-content';
import { readerUrl } from '../../card/reader-url';
import { inReaderLanguage, loadEntityNames } from '../../catalogue/entity-names';
import { ask } from '../../messaging/ask';
import type { FromCard, ToCard } from '../../messaging/contract';
import { keepFocusIn } from './focus-loop';
import { nameDocument, prepareFormats, t } from '../../i18n/i18n';

nameDocument(t('card.frameTitle'));
prepareFormats();
/** The entities' names and descriptions in the reader's language, loaded while the frame waits for its port. */
const names = loadEntityNames();

/** The page around the frame may restyle or cover it: Delete and "Not this here" work only while the card is seen as it is. */
const renderCard = (card: VNode, root: HTMLElement) =>
  render(<CertifiedVisible target={root}>{card}</CertifiedVisible>, root);

/** How far down a finger drags the card's top to put the card away. */
const SWIPE_PX = 80;
/** Ports offered with tokens the background refused: past this many, a page is only guessing. */
const MAX_REFUSED = 20;
let refused = 0;
let served = false;

async function accept(event: MessageEvent): Promise<void> {
  const port = event.ports[0];
  const token = (event.data as { glossCard?: unknown } | null)?.glossCard;
  if (served || event.source !== window.parent || !port || typeof token !== 'string') return;
  const vouched = await ask({ type: 'redeemCardToken', token }).catch(() => false);
  if (served) return;
  if (!vouched) {
    console.warn('Gloss: a card port came without a token Gloss issued, and was refused');
    // Said on that port alone: Gloss's content script, if it was Gloss's, makes a new frame.
    port.postMessage({ type: 'refused' } satisfies FromCard);
    if (++refused >= MAX_REFUSED) window.removeEventListener('message', onMessage);
    return;
  }
  served = true;
  window.removeEventListener('message', onMessage);
  serve(port);
}
const onMessage = (event: MessageEvent) => void accept(event);
window.addEventListener('message', onMessage);

function serve(port: MessagePort): void {
  const post = (message: FromCard) => port.postMessage(message);
  const root = document.getElementById('app')!;
  document.adoptedStyleSheets = [entityCardSheet()];

  const cards = new Map<string, Promise<Card | null>>();
  const cardOf = (entity: string) => {
    let card = cards.get(entity);
    if (!card) {
      // A failed request (the extension was updated or reloaded) is not remembered.
      card = Promise.all([ask({ type: 'getCard', entity }), names])
        .then(([found]) => found && inReaderLanguage(found))
        .catch(() => {
          cards.delete(entity);
          return null;
        });
      cards.set(entity, card);
    }
    return card;
  };

  let latest = 0;
  /** Whether the page was told the reader used this card (see `pin`). */
  let pinned = false;
  const dialog = () => root.querySelector<HTMLElement>('[role="dialog"]');
  const height = () => Math.ceil(root.getBoundingClientRect().height);

  async function show(request: Extract<ToCard, { type: 'show' }>, entity = request.entity): Promise<void> {
    // The page notes keep, from the background: the embedding page could say anything.
    const [card, page] = await Promise.all([cardOf(entity), ask({ type: 'cardPage' }).catch(() => null)]);
    if (request.ticket !== latest) return;
    if (!card || !page) {
      render(null, root);
      post({ type: 'shown', ticket: request.ticket, height: 0 });
      return;
    }
    const own = entity === request.entity;
    renderCard(
      <CardWithNotes
        card={card}
        matched={own ? request.matched : undefined}
        page={page}
        actions={{
          notHere: own
            ? async () => {
                const result = await ask({
                  type: 'changeSettings',
                  change: { type: 'exclude', url: page.url, entity, form: request.matched },
                });
                if (result?.ok) post({ type: 'close' });
                return result?.ok ? undefined : (result?.error ?? t('settingsChange.refused'));
              }
            : undefined,
          readInContext: (article, passage) => void browser.tabs.create({ url: readerUrl(article, passage) }),
          openEntity: (id) => void show(request, id).then(() => dialog()?.focus()),
        }}
      />,
      root,
    );
    root.scrollTop = 0;
    post({ type: 'shown', ticket: request.ticket, height: height() });
  }

  port.onmessage = ({ data }: MessageEvent<ToCard>) => {
    switch (data.type) {
      case 'prefetch':
        void cardOf(data.entity);
        break;
      case 'show':
        latest = data.ticket;
        pinned = false;
        void show(data);
        break;
      case 'focus':
        dialog()?.focus();
        break;
      case 'hide':
        latest++;
        // Unmounting saves any note being written.
        render(null, root);
        break;
    }
  };

  new ResizeObserver(() => post({ type: 'size', height: height() })).observe(root);

  // The page hears nothing of the pointer over the frame: the frame says when it comes and goes.
  let over = false;
  document.addEventListener('pointerover', () => {
    if (!over) post({ type: 'pointer', over: (over = true) });
  });
  document.addEventListener('pointerout', (event) => {
    if (!event.relatedTarget) post({ type: 'pointer', over: (over = false) });
  });
  // Once per card: a message per key would tell the page the rhythm of the reader's typing.
  const pin = () => {
    if (pinned) return;
    pinned = true;
    post({ type: 'pin' });
  };
  document.addEventListener('pointerdown', pin);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') post({ type: 'escape' });
    else pin();
  });
  keepFocusIn(root);
  // On a phone the card is a sheet along the bottom: a swipe down on it, from its top, puts it away.
  let swipeFrom: number | undefined;
  document.addEventListener(
    'touchstart',
    (event) => {
      swipeFrom = root.scrollTop <= 0 && event.touches.length === 1 ? event.touches[0]!.clientY : undefined;
    },
    { passive: true },
  );
  document.addEventListener(
    'touchmove',
    (event) => {
      if (swipeFrom === undefined || event.touches[0]!.clientY - swipeFrom < SWIPE_PX) return;
      swipeFrom = undefined;
      post({ type: 'close' });
    },
    { passive: true },
  );
  // Leaving the page saves any note being written.
  window.addEventListener('pagehide', () => render(null, root));
}
