/**
 * The page side of note drafts (see `DRAFTS_PORT` in contract.ts): every
 * change goes to the background over a port, which keeps it in Gloss's own
 * database at once (so it outlives the background itself: Gloss updated
 * mid-sentence) and, when the port ends because the page went, saves it. A
 * draft is forgotten once its save has landed. Nothing of it is put where a
 * web page's process can read it (`storage.local` is shared with content
 * scripts).
 */
import { browser, type Browser } from 'wxt/browser';
import { DRAFTS_PORT, type DraftMessage } from './contract';

export type DraftText = Omit<Extract<DraftMessage, { type: 'draft' }>, 'type' | 'at'>;

export interface Drafts {
  /** The reader changed the text of note `draft.id`. */
  write(draft: DraftText): void;
  /** Note `id` is saved as it stands. */
  settle(id: string): void;
  /** Note `id` was deleted. */
  forget(id: string): void;
  close(): void;
}

export function openDrafts(): Drafts {
  let port: Browser.runtime.Port | undefined;
  const connect = () => {
    const opened = browser.runtime.connect({ name: DRAFTS_PORT });
    // A restarted background closes the port: the next change opens a new one.
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
    });
    return (port = opened);
  };
  const post = (message: DraftMessage) => {
    try {
      (port ?? connect()).postMessage(message);
    } catch (error) {
      // Gloss was updated or reloaded under the page: this page is going too.
      port = undefined;
      console.warn('Gloss: draft not sent', error);
    }
  };
  return {
    write: (draft) => post({ type: 'draft', ...draft, at: new Date().toISOString() }),
    settle: (id) => post({ type: 'settle', id }),
    forget: (id) => post({ type: 'forget', id }),
    close() {
      port?.disconnect();
      port = undefined;
    },
  };
}
