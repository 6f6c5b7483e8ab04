import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import index from '../../data/generated/corpus-index.json';
import type { CorpusIndex } from '../../data/corpus-index';
import { cardFor } from '../../card/card-content';
import { finding } from './finding-service';
import { answerPort } from '../../messaging/finder-port';
import {
  DRAFTS_PORT,
  FINDER_PORT,
  isGlossPage,
  parseRequest,
  type Request,
  type RequestOf,
  type RequestType,
  type ResponseOf,
} from '../../messaging/contract';
import { changeSettings, keepPrefsCopy, migrateSettings } from './settings-service';
import { listenForSiteToggle } from './site-toggle';
import { forgetTab, getTabState, recordFound, tabLoading } from './tab-state';
import { issueCardToken, redeemCardToken } from './card-tokens';
import { siteOf } from '../../settings/settings';
import { pageAddress } from '../../notes/notes';
import {
  allNotes,
  announce,
  deleteNote,
  importNotes,
  keepStoredDrafts,
  listNotes,
  notesDb,
  receiveDrafts,
  restoreNote,
  saveNote,
  whenNotesChangeHere,
} from './notes-service';
import { browserSyncAlarm, browserSyncArea, NotesSync, SYNC_ALARM } from './notes-sync';
import { publishSyncStatus } from '../../messaging/sync-status';

const corpus = index as CorpusIndex;
const notesSync = new NotesSync(
  notesDb,
  browserSyncArea,
  {
    announce,
    publish: (status) => publishSyncStatus(status).catch((e: unknown) => console.warn('Gloss notes:', e)),
  },
  browserSyncAlarm,
);
const known = new Set(corpus.entities.map((e) => e.id));
/** Set in local storage once the welcome page has been shown. */
const WELCOMED = 'welcomed';

type Sender = Browser.runtime.MessageSender;

/** One handler per request, each checked against its own answer's type. */
const handlers: {
  [K in RequestType]: (request: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;
} = {
  found: async ({ enabled, counts, capped }, sender) => {
    // Only entities Gloss knows: a compromised page could report made-up ones to fill session storage.
    const kept = Object.fromEntries(Object.entries(counts).filter(([id]) => known.has(id)));
    // `parseRequest` let this in only from a content script, which is in a tab.
    await recordFound(sender.tab!.id!, sender.frameId ?? 0, sender.url, enabled, kept, capped);
    return null;
  },
  // Asked over the finder port (messaging/finder-port.ts), where a message costs a page less.
  places: ({ pieces }) => finding.places(pieces),
  matches: ({ texts }) => finding.matches(texts),
  // `parseRequest` let these in only from a content script, or a Gloss page, in a tab.
  cardToken: (_, sender) => issueCardToken(sender.tab!.id!),
  redeemCardToken: ({ token }, sender) => redeemCardToken(token, sender.tab?.id),
  topSite: (_, sender) => siteOf(sender.tab?.url ?? '') ?? null,
  // The page as notes keep it (origin and path), with its title: the frame's tab is the reader's.
  cardPage: (_, sender) =>
    sender.tab?.url ? { url: pageAddress(sender.tab.url), title: sender.tab.title ?? '' } : null,
  cardFrame: async (_, sender) => {
    // The document that asked, not whatever the frame holds by now.
    const target =
      sender.documentId !== undefined
        ? { tabId: sender.tab!.id!, documentIds: [sender.documentId] }
        : { tabId: sender.tab!.id!, frameIds: [sender.frameId ?? 0] };
    await browser.scripting.executeScript({ target, files: ['/card-ui.js'] });
    return null;
  },
  changeSettings: ({ change }) => changeSettings(change),
  getCard: ({ entity }) => cardFor(corpus, entity) ?? null,
  getTabState: ({ tabId }) => getTabState(tabId),
  listNotes: ({ entity }) => listNotes(entity),
  saveNote: ({ id, base, entity, text, pageUrl, pageTitle }) =>
    saveNote({ id, base, entity, text, pageUrl, pageTitle }),
  deleteNote: ({ id }) => deleteNote(id),
  restoreNote: ({ note }) => restoreNote(note),
  allNotes: () => allNotes(),
  importNotes: ({ notes }) => importNotes(notes),
  setNotesSync: async ({ on }) => {
    await notesSync.setOn(on);
    return null;
  },
  notesSyncTold: async () => {
    await notesSync.markTold();
    return null;
  },
};

function handle(request: Request, sender: Sender): Promise<unknown> {
  // The request's type picks its handler; TypeScript cannot follow that link through a union.
  const handler = handlers[request.type] as (request: Request, sender: Sender) => unknown;
  return Promise.resolve(handler(request, sender));
}

export default defineBackground(() => {
  keepPrefsCopy();
  void migrateSettings();
  // Drafts left by pages that went before their save landed (a tab closed, Gloss updated).
  void keepStoredDrafts();
  // Notes on every device: mirrored to the browser's synced storage, merged back from it.
  whenNotesChangeHere(() => notesSync.changedHere());
  void notesSync.start();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') notesSync.changedThere(Object.keys(changes));
  });
  // A retry or a wait for the write rate, past the life of an idle service worker.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) notesSync.woken();
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const parsed = parseRequest(message, sender, browser.runtime.id);
    if (!parsed.ok) {
      console.warn('Gloss:', parsed.error);
      return false;
    }
    handle(parsed.request, sender).then(sendResponse, (error: unknown) => {
      console.error('Gloss:', error);
      sendResponse(null);
    });
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    // Only Gloss's own pages write notes.
    if (port.name === DRAFTS_PORT && isGlossPage(port.sender ?? {}, browser.runtime.id)) receiveDrafts(port);
    // Each question on it is checked and answered as a message is: only a content script may ask.
    else if (port.name === FINDER_PORT)
      answerPort(port, (request) => handle(request, port.sender!), browser.runtime.id);
    else port.disconnect();
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabLoading(tabId);
  });

  listenForSiteToggle();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void welcomeOnce();
  });
});

/**
 * Opens the welcome page the first time Gloss is installed in a profile:
 * not on updates, and not when a browser re-registers an extension it
 * loads from a folder on every start (which it reports as an install).
 */
async function welcomeOnce(): Promise<void> {
  const { welcomed } = await browser.storage.local.get(WELCOMED);
  if (welcomed) return;
  await browser.storage.local.set({ [WELCOMED]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
