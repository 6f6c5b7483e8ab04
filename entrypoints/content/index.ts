import { defineContentScript } from 'wxt/utils/define-content-script';
import dictionaryJson from '../../data/generated/dictionary.json';
import { isEnabledFor } from '../../data/site-settings';
import { loadSiteSettings, watchSiteSettings } from '../../data/settings-store';
import { termsOf, type Dictionary } from './terms';
import { buildMatcher } from './matcher';
import { Annotator } from './annotator';
import { setupHoverCards } from './hover-card';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const dictionary = dictionaryJson as Dictionary;
    const annotator = new Annotator(document, {
      matcher: buildMatcher(termsOf(dictionary)),
      ids: dictionary.ids,
    });
    // A frame follows the site of the page the reader is on, not its own origin.
    const pageUrl = () => (window === window.top ? location.href : document.referrer || location.href);
    let teardownCards: (() => void) | undefined;
    const apply = (settings: Parameters<typeof isEnabledFor>[1]) => {
      if (isEnabledFor(pageUrl(), settings)) {
        annotator.start();
        teardownCards ??= setupHoverCards(document);
      } else {
        annotator.stop();
        teardownCards?.();
        teardownCards = undefined;
      }
    };
    apply(await loadSiteSettings());
    const unwatch = watchSiteSettings(apply);
    ctx.onInvalidated(() => {
      unwatch();
      annotator.stop();
      teardownCards?.();
    });
  },
});
