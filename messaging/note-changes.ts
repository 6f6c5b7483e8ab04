/**
 * Tells Gloss's own pages (notebook, reader, popup, card frames) that notes
 * on an entity changed, so open cards reload them. It goes through session
 * storage, which content scripts cannot read: web pages, and tabs that only
 * show marks, hear nothing of it.
 */
import { browser, type Browser } from 'wxt/browser';

const KEY = 'notesChanged';

interface Change {
  entities: string[];
  /** Makes every change a new value, so two saves of one note both fire. */
  at: string;
}

export async function announceNoteChanges(entities: readonly string[]): Promise<void> {
  const change: Change = { entities: [...entities], at: `${Date.now()}:${Math.random()}` };
  await browser.storage.session.set({ [KEY]: change });
}

/** Calls `onChange` with the entities whose notes changed; returns the unsubscribe. */
export function watchNoteChanges(onChange: (entities: readonly string[]) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[KEY]?.newValue as Change | undefined;
    if (area === 'session' && change) onChange(change.entities);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
