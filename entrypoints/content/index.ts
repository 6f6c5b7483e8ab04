import { defineContentScript } from 'wxt/utils/define-content-script';
import dictionaryJson from '../../data/generated/dictionary.json';
import type { Dictionary } from './terms';
import { termsOf } from './terms';
import { buildMatcher } from './matcher';
import { Annotator } from './annotator';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const dictionary = dictionaryJson as Dictionary;
    const annotator = new Annotator(document, {
      matcher: buildMatcher(termsOf(dictionary)),
      ids: dictionary.ids,
    });
    annotator.start();
    ctx.onInvalidated(() => annotator.stop());
  },
});
