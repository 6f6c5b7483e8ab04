import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import index from '../../data/generated/corpus-index.json';
import type { CorpusIndex } from '../../data/compile-index';
import { cardFor } from '../../data/cards';
import { readerUrl } from '../../data/reader-url';
import { allowedFrom, parseRequest, type Request, type Responses } from '../../data/messages';
import { toggledSites } from '../../data/settings';
import { updateSettings } from '../../data/settings-store';
import { forgetTab, getTabState, recordFound } from './tab-state';
import { allNotes, deleteNote, importNotes, listNotes, saveNote } from './notes-service';

const corpus = index as CorpusIndex;
const TOGGLE_SITE = 'toggle-site';

async function answer(
  request: Request,
  sender: Browser.runtime.MessageSender,
): Promise<Responses[Request['type']]> {
  switch (request.type) {
    case 'getCard':
      return cardFor(corpus, request.entity) ?? null;
    case 'found':
      if (sender.tab?.id !== undefined) {
        await recordFound(sender.tab.id, sender.frameId ?? 0, sender.url, request.enabled, request.counts);
      }
      return null;
    case 'getTabState':
      return getTabState(request.tabId);
    case 'listNotes':
      return listNotes(request.entity);
    case 'saveNote':
      return saveNote({
        id: request.id,
        entity: request.entity,
        text: request.text,
        pageUrl: request.pageUrl,
        pageTitle: request.pageTitle,
      });
    case 'deleteNote':
      return deleteNote(request.id);
    case 'allNotes':
      return allNotes();
    case 'importNotes':
      return importNotes(request.notes);
    case 'loadCardUi':
      if (sender.tab?.id !== undefined) {
        await browser.scripting.executeScript({
          target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
          files: ['/card-ui.js'],
        });
      }
      return null;
    case 'openReader':
      await browser.tabs.create({ url: readerUrl(request.article, request.passage) });
      return null;
  }
}

/** The keyboard command and the context-menu item: flip Gloss for the page's site. */
async function toggleSite(url: string | undefined): Promise<void> {
  if (url) await updateSettings((s) => ({ disabledSites: toggledSites(s.disabledSites, url) }));
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const parsed = parseRequest(message, sender.id, browser.runtime.id);
    if (!parsed.ok) {
      console.warn('Gloss:', parsed.error);
      return false;
    }
    if (!allowedFrom(parsed.request, sender.url, browser.runtime.getURL('/'))) {
      console.warn('Gloss: refused', parsed.request.type, 'from', sender.url);
      return false;
    }
    answer(parsed.request, sender).then(sendResponse, (error: unknown) => {
      console.error('Gloss:', error);
      sendResponse(null);
    });
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_SITE) void toggleSite(tab?.url);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: TOGGLE_SITE,
      title: 'Turn Gloss on or off for this site',
      contexts: ['page', 'selection', 'link'],
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === TOGGLE_SITE) void toggleSite(info.pageUrl);
  });
});
