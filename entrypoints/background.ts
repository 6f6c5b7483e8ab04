import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import index from '../data/generated/corpus-index.json';
import type { CorpusIndex } from '../data/compile-index';
import { cardFor } from '../data/cards';
import { parseRequest, type Request, type Responses } from '../data/messages';

const corpus = index as CorpusIndex;

function answer(request: Request): Responses[Request['type']] {
  switch (request.type) {
    case 'getCard':
      return cardFor(corpus, request.entity) ?? null;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const parsed = parseRequest(message, sender.id, browser.runtime.id);
    if (!parsed.ok) {
      console.warn('Gloss:', parsed.error);
      return false;
    }
    sendResponse(answer(parsed.request));
    return false;
  });
});
