/**
 * The page side of note drafts (see `DRAFTS_PORT` in contract.ts): every
 * change goes to the background over a port, whose end tells the background
 * the page went, and into local storage, which outlives the background
 * itself (Gloss updated mid-sentence). A draft is forgotten once its save
 * has landed.
 */
import { browser, type Browser } from 'wxt/browser';
import { DRAFT_PREFIX, DRAFTS_PORT, type DraftMessage } from './contract';

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
    } catch {
      // Gloss was updated or reloaded: the copy in storage is what the background will find.
      port = undefined;
    }
  };
  const ignore = (error: unknown) => console.warn('Gloss: draft storage', error);
  return {
    write(draft) {
      const message: DraftMessage = { type: 'draft', ...draft, at: new Date().toISOString() };
      post(message);
      browser.storage.local.set({ [`${DRAFT_PREFIX}${draft.id}`]: message }).catch(ignore);
    },
    settle(id) {
      browser.storage.local.remove(`${DRAFT_PREFIX}${id}`).catch(ignore);
    },
    forget(id) {
      post({ type: 'forget', id });
      browser.storage.local.remove(`${DRAFT_PREFIX}${id}`).catch(ignore);
    },
    close() {
      port?.disconnect();
      port = undefined;
    },
  };
}
