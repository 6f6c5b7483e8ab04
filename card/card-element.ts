/**
 * The one element Gloss adds to a page, while a card is near: a host with a
 * closed shadow root around a frame whose document is Gloss's card page
 * (entrypoints/card), in the extension's origin, and a live region that
 * tells screen readers where keyboard navigation is. The page can tell that
 * a frame exists, nothing more: not its text, its events or its focus.
 *
 * The frame serves only after it redeems a single-use token with the
 * background (entrypoints/background/card-tokens.ts); the port it talks on
 * is handed to Gloss's origin alone.
 */
import { browser } from 'wxt/browser';
import { ask } from '../messaging/ask';
import type { FromCard, ToCard } from '../messaging/contract';
import { UI_ATTR } from '../marking/skip-rules';
import { t } from '../i18n/i18n';

const FRAME_CSS = `
iframe { position: fixed; top: 0; left: 0; width: 380px; height: 0; margin: 0; padding: 0; border: 0;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); background: transparent;
  color-scheme: normal; display: block; visibility: hidden; }
iframe.shown { visibility: visible; }
iframe.sheet { width: 100vw; border-radius: 12px 12px 0 0; box-shadow: 0 -6px 24px rgba(0,0,0,.2); }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export interface CardElement {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  /** Said to screen readers. */
  status: HTMLElement;
  post(message: ToCard): void;
}

/**
 * Adds the host, hidden, to the page. `heard` hears what the card says;
 * `unusable` is called when the frame cannot serve (no token, navigated
 * away, Gloss updated under the page): it should go, and the next card
 * makes another.
 */
export function addCardElement(
  doc: Document,
  heard: (report: FromCard) => void,
  unusable: () => void,
): CardElement {
  const host = doc.createElement('gloss-card');
  host.setAttribute(UI_ATTR, '');
  // Through the CSSOM: allowed under any CSP, and inline !important beats the page's rules.
  for (const [prop, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['z-index', '2147483647'],
    ['display', 'block'],
  ] as const) {
    host.style.setProperty(prop, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FRAME_CSS);
  shadow.adoptedStyleSheets = [sheet];
  // What the frame redeems with the background before it serves the port it comes with.
  const token = ask({ type: 'cardToken' });
  const iframe = doc.createElement('iframe');
  iframe.title = t('card.frameTitle');
  iframe.src = browser.runtime.getURL('/card.html');
  const status = doc.createElement('div');
  status.setAttribute('role', 'status');
  status.className = 'sr-only';
  shadow.append(iframe, status);

  const channel = new MessageChannel();
  channel.port1.onmessage = ({ data }: MessageEvent<FromCard>) => heard(data);
  let loads = 0;
  iframe.addEventListener('load', () => {
    // A second load means something navigated the frame away: it is not Gloss's card any more.
    if (++loads > 1) return unusable();
    // Only a document of Gloss's own origin can receive it (Chromium serves the dynamic URL from there).
    token.then(
      (glossCard) =>
        typeof glossCard === 'string'
          ? iframe.contentWindow?.postMessage({ glossCard }, new URL(browser.runtime.getURL('/')).origin, [
              channel.port2,
            ])
          : unusable(),
      () => unusable(),
    );
  });
  doc.documentElement.append(host);
  return { host, iframe, status, post: (message) => channel.port1.postMessage(message) };
}
