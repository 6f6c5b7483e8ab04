/** The page side of the drafts port (see `DRAFTS_PORT` in contract.ts). */
import { browser, type Browser } from 'wxt/browser';
import { DRAFTS_PORT, type DraftMessage } from './contract';

export interface Drafts {
  post(message: DraftMessage): void;
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
  return {
    post(message) {
      try {
        (port ?? connect()).postMessage(message);
      } catch {
        // Gloss was updated or reloaded: the editor's own save reports that to the reader.
        port = undefined;
      }
    },
    close() {
      port?.disconnect();
      port = undefined;
    },
  };
}
