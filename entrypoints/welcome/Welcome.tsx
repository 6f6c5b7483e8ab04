/**
 * The welcome page, opened once when Gloss is installed and reachable from
 * the popup: what Gloss marks, how to open a card (hover, or Alt+Shift+J/K),
 * the notebook, turning it off, what it keeps and that it sends nothing; and
 * a paragraph to try a card on, marked by the same matcher pages get.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import dictionary from '../../data/generated/dictionary.json';
import { matcherOf, type Dictionary } from '../../matching/terms';
import { withEvidence, evidenceOf } from '../../matching/matcher';
import type { EntityCard as Card } from '../../cards/cards';
import { ask } from '../../messaging/ask';
import { EntityCard } from '../../components/EntityCard';
import { Isolated } from '../../components/Isolated';
import { readerUrl } from '../../cards/reader-url';

const dict = dictionary as unknown as Dictionary;
const EXAMPLE =
  'In January 2019 Juan Guaidó claimed Venezuela’s presidency, and most of the Lima Group recognised him. ' +
  'In Moscow, Foreign Ministry spokeswoman Maria Zakharova said the Monroe Doctrine was back, ' +
  'while Rosneft counted its loans to Caracas.';

/** The example cut into plain text and the mentions Gloss finds in it. */
function examplePieces(): { text: string; entity?: string }[] {
  const found = matcherOf(dict).find(EXAMPLE);
  const pieces: { text: string; entity?: string }[] = [];
  let at = 0;
  for (const m of withEvidence(found, evidenceOf(found))) {
    pieces.push(
      { text: EXAMPLE.slice(at, m.start) },
      { text: EXAMPLE.slice(m.start, m.end), entity: dict.ids[m.term.entity] },
    );
    at = m.end;
  }
  pieces.push({ text: EXAMPLE.slice(at) });
  return pieces;
}
const pieces = examplePieces();

export function Welcome() {
  const [open, setOpen] = useState<{ entity: string; card: Card }>();
  const show = (entity: string) =>
    void ask({ type: 'getCard', entity }).then((card) => card && setOpen({ entity, card }));

  return (
    <main>
      <h1>Welcome to Gloss</h1>
      <p>
        Gloss marks the people, places, groups and ideas that five 2019 articles on Venezuela, Russia and the
        Americas discuss, on any news page you read, and shows what each article said about them.
      </p>

      <h2>Try it</h2>
      <p class="muted">Point at a marked name, or focus it with Tab, to see its card.</p>
      <p class="example">
        {pieces.map((p, i) =>
          p.entity ? (
            <button
              key={i}
              type="button"
              class="mention"
              aria-expanded={open?.entity === p.entity}
              onMouseEnter={() => show(p.entity!)}
              onFocus={() => show(p.entity!)}
              onClick={() => show(p.entity!)}
            >
              {p.text}
            </button>
          ) : (
            p.text
          ),
        )}
      </p>
      {open && (
        <Isolated>
          <EntityCard
            card={open.card}
            actions={{
              openEntity: show,
              readInContext: (a, p) => void browser.tabs.create({ url: readerUrl(a, p) }),
            }}
          />
        </Isolated>
      )}

      <h2>On news pages</h2>
      <ul>
        <li>
          Marked names have a dotted underline. Rest the pointer on one to open its card: what each article
          said, with author, outlet and date, and your own notes.
        </li>
        <li>
          From the keyboard, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd> and <kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>K</kbd> move to the next and previous marked name; <kbd>Enter</kbd> opens its card,{' '}
          <kbd>Esc</kbd> closes it.
        </li>
        <li>
          Gloss marks a name only when the page means the same person or thing: “Michael Bolton” is not John
          Bolton, and “India’s Foreign Ministry” is not Russia’s. “Not this here” in a card unmarks a name on
          a site.
        </li>
      </ul>

      <h2>Your notes</h2>
      <p>
        Write notes in any card. The{' '}
        <a href={browser.runtime.getURL('/notebook.html')} target="_blank" rel="noopener">
          notebook
        </a>{' '}
        lists them by entity, searches them, and exports them as JSON, W3C Web Annotations or Markdown for
        Obsidian and Readwise.
      </p>

      <h2>Off here, or everywhere</h2>
      <p>
        The Gloss button in the toolbar turns Gloss off for the site you are on, or pauses it everywhere. The{' '}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          settings
        </a>{' '}
        list the sites where it is off and the kinds of names it marks.
      </p>

      <h2>What Gloss keeps</h2>
      <p>
        Your notes stay in this browser, in Gloss’s own storage; your settings too (the small ones follow your
        browser sync if you use it). Gloss sends nothing anywhere: it has no server, and the five articles
        ship with it. Web pages cannot read your notes or what you type in a card.
      </p>
    </main>
  );
}
