import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import pageTermsJson from '../../data/generated/page-terms.json';
import { isEnabledOn, isExcluded, siteOf, type Settings } from '../../settings/settings';
import { loadSettings, watchSettings } from '../../settings/settings-store';
import { FINDER_PORT, parseReveal, type RequestOf } from '../../messaging/contract';
import { ask } from '../../messaging/ask';
import { pageTerm, type PageTerms } from '../../matching/terms';
import type { Term } from '../../matching/rules';
import { Highlighter } from '../../marking/highlighter';
import { portFinder } from '../../messaging/finder-port';
import { lazyCards } from '../../card/card-loader';
import { watchPointer } from '../../hit-testing/pointer';
import { watchKeyboard } from '../../hit-testing/keyboard';
import { revealer } from '../../hit-testing/reveal';
import './style.css';
import markCss from './style.css?inline';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const dictionary = pageTermsJson as unknown as PageTerms;
    // Made when a match names them: most of the dictionary's terms are never met on a page.
    const terms: Term[] = [];
    // The background finds; the page only reads its text and paints.
    const finder = portFinder(() => browser.runtime.connect({ name: FINDER_PORT }));
    // A frame follows the site the reader is on, which only the background knows for sure
    // (a frame's referrer may be withheld or be another frame's): asked once.
    const topSite = window === window.top ? undefined : await ask({ type: 'topSite' }).catch(() => undefined);
    const site = () =>
      window === window.top ? siteOf(location.href) : (topSite ?? siteOf(document.referrer || location.href));
    // Reported only when it changed: a page that mutates all the time must not flood the background.
    let reported = '';
    let last: RequestOf<'found'> | undefined;
    const report = (enabled: boolean, counts: ReadonlyMap<string, number>, capped: boolean) => {
      const request: RequestOf<'found'> = {
        type: 'found',
        enabled,
        counts: Object.fromEntries(counts),
        capped,
      };
      const key = JSON.stringify(request);
      if (key === reported) return;
      reported = key;
      last = request;
      finder.report(request);
    };
    // A page restored from the back-forward cache was forgotten when the tab loaded another: say it again.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted && last) finder.report(last);
    });

    /**
     * A lifetime within the content script's (WXT's `ctx.signal`, which ends
     * when Gloss is updated or removed under the page): everything made with
     * it goes when either ends.
     */
    const lifetime = () => {
      const life = new AbortController();
      // Gloss may have been stopped here while the settings were being read.
      if (ctx.signal.aborted) life.abort();
      else ctx.signal.addEventListener('abort', () => life.abort(), { once: true, signal: life.signal });
      return life;
    };

    /**
     * The marks, and the cards over them, each with the settings it was made
     * with and a lifetime of its own: a settings change ends only what it changes.
     */
    let marking:
      | {
          highlighter: Highlighter;
          reveal: (entity: string) => boolean;
          recipe: string;
          life: AbortController;
        }
      | undefined;
    let interaction: { recipe: string; life: AbortController } | undefined;

    /** Hover, click, keys and cards over the marks: a new hover delay remakes these and leaves the marks. */
    const interact = (marks: Highlighter, openDelayMs: number, signal: AbortSignal) => {
      const { mentions } = marks;
      const cards = lazyCards(
        document,
        { openDelayMs, mentions, onPointer: (over) => pointer.overCard(over) },
        signal,
      );
      const pointer = watchPointer(
        document,
        {
          mentions,
          shadowRoots: marks.openShadowRoots,
          onHover: (target) => cards.hover(target),
          onClick: (mention) => cards.open(mention, { focus: false }),
          onTapAway: () => cards.escape(),
        },
        signal,
      );
      watchKeyboard(
        document,
        {
          mentions,
          onMove: (mention, index, total) => cards.announce(mention, index, total),
          onEnter: (mention) => cards.open(mention, { focus: true }),
          onEscape: () => cards.escape(),
        },
        signal,
      );
    };

    const apply = (settings: Settings) => {
      const here = site();
      const enabled = isEnabledOn(here, settings);
      const marksRecipe = JSON.stringify([
        settings.kindsOff,
        settings.markMode,
        settings.excludedForms.filter((e) => e.site === here),
      ]);
      // New marks need new cards: they follow the marks' mentions.
      const cardsRecipe = `${marksRecipe} ${settings.hoverDelayMs}`;
      if (interaction && (!enabled || interaction.recipe !== cardsRecipe)) {
        interaction.life.abort();
        interaction = undefined;
      }
      if (marking && (!enabled || marking.recipe !== marksRecipe)) {
        marking.life.abort();
        marking = undefined;
      }
      if (!enabled) {
        report(false, new Map(), false);
        return;
      }
      if (!marking) {
        const kindsOff = new Set(settings.kindsOff);
        const wantsEntity = (entity: number) => !kindsOff.has(dictionary.kinds[entity]!);
        const excluded = isExcluded(settings, here);
        const shadowSheet = new CSSStyleSheet();
        shadowSheet.replaceSync(markCss);
        const highlighter = new Highlighter(document, {
          registry: CSS.highlights,
          shadowSheet,
          finder,
          term: (k) => (terms[k] ??= pageTerm(dictionary, k)),
          ids: dictionary.ids,
          wantsEntity,
          wants: (m, text) =>
            wantsEntity(m.term.entity) &&
            !excluded(dictionary.ids[m.term.entity]!, text.slice(m.start, m.end)),
          firstOnly: settings.markMode === 'first',
          onPass: (counts, capped) => report(true, counts, capped),
        });
        const life = lifetime();
        marking = {
          highlighter,
          reveal: revealer(highlighter.mentions, life.signal),
          recipe: marksRecipe,
          life,
        };
        highlighter.start(life.signal);
      }
      if (!interaction) {
        const life = lifetime();
        interact(marking.highlighter, settings.hoverDelayMs, life.signal);
        interaction = { recipe: cardsRecipe, life };
      }
    };

    apply(await loadSettings());
    ctx.onInvalidated(watchSettings(apply));

    const onTabRequest = (message: unknown, sender: { id?: string; url?: string }) => {
      // The popup's "reveal" is the only thing Gloss asks of a page.
      const parsed = parseReveal(message, sender, browser.runtime.id);
      if (parsed.ok && window === window.top) marking?.reveal(parsed.request.entity);
    };
    browser.runtime.onMessage.addListener(onTabRequest);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabRequest));
    // The marks and cards go with `ctx.signal`; the port last, once nothing asks any more.
    ctx.onInvalidated(() => finder.close());
  },
});
