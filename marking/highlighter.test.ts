/* eslint-disable max-lines -- the highlighter's behaviours share one page and registry fixture; each describe is one behaviour */
// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDictionary } from '../compile/dictionary';
import { termsOf } from '../matching/terms';
import { findingOf, type Finder } from '../matching/finding';
import type { Match } from '../matching/rules';
import { Highlighter, type HighlighterOptions } from './highlighter';
import { fakeRegistry, type FakeHighlight } from './fake-highlights';

const dictionary = buildDictionary();
const terms = termsOf(dictionary);
// The background's finding, answered in the same context.
const finding = findingOf(dictionary);
const finderOf = (found: typeof finding): Finder => ({
  places: (...args) => Promise.resolve(found.places(...args)),
  matches: (...args) => Promise.resolve(found.matches(...args)),
});

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = fakeRegistry();
});

/** Each running highlighter's lifetime. */
const lives = new Map<Highlighter, AbortController>();
afterEach(() => {
  lives.forEach((life) => life.abort());
  lives.clear();
});
const stop = (h: Highlighter) => lives.get(h)!.abort();

/** Who waits for the highlighter's next pass to end. */
let waiting: (() => void)[] = [];
/** Whether the last pass said the cap left mentions unmarked. */
let capped = false;
/** Resolves when the pass that the page's last change caused has ended. */
const nextPass = () => new Promise<void>((done) => waiting.push(done));

/** Starts a highlighter on the document and resolves after its first pass. */
async function highlight(options: Partial<HighlighterOptions> = {}): Promise<Highlighter> {
  waiting = [];
  const highlighter = new Highlighter(document, {
    registry: registry as unknown as HighlightRegistry,
    finder: finderOf(finding),
    term: (k) => terms[k]!,
    ids: dictionary.ids,
    ...options,
    onPass: (_, cappedNow) => {
      capped = cappedNow;
      waiting.splice(0).forEach((done) => done());
    },
  });
  const life = new AbortController();
  lives.set(highlighter, life);
  const first = nextPass();
  highlighter.start(life.signal);
  await first;
  return highlighter;
}

/** What the registry says, as outside tools read it: [entity, text] in document order. */
function marks(): [string, string][] {
  const all = [...(registry.get('gloss') ?? [])] as Range[];
  const entityOf = (range: Range) =>
    [...registry].find(([name, h]) => name.startsWith('gloss-entity-') && h.has(range))?.[0].slice(13) ?? '?';
  return all
    .sort((a, b) =>
      a.startContainer === b.startContainer
        ? a.startOffset - b.startOffset
        : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1,
    )
    .map((r) => [entityOf(r), r.toString()]);
}

/** Every node of a tree with its type and text, to compare a tree before and after. */
function snapshot(root: Node): unknown[] {
  const out: unknown[] = [];
  const walk = (node: Node) => {
    out.push(node, node.nodeType, node.nodeType === Node.TEXT_NODE ? (node as Text).data : node.nodeName);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('highlighter', () => {
  it('puts one range per mention in the registry, holding exactly the page text, in gloss and its entity', async () => {
    document.body.innerHTML = '<p>The <b>Lima Group</b> met; Guaidó spoke to Maduro’s envoy.</p>';
    const h = await highlight();
    expect(marks()).toEqual([
      ['lima-group', 'Lima Group'],
      ['juan-guaido', 'Guaidó'],
      ['nicolas-maduro', 'Maduro'],
    ]);
    expect(registry.get('gloss')!.size).toBe(3);
    expect(Object.fromEntries(h.mentions.countsByEntity())).toEqual({
      'lima-group': 1,
      'juan-guaido': 1,
      'nicolas-maduro': 1,
    });
  });

  it('marks names whose text runs into the next block with no space between, as framework-built pages have it', async () => {
    document.body.innerHTML =
      '<p>Photo: Nicolás Maduro<br>by Reuters</p><h3>Lavrov<button>share</button></h3>' +
      '<table><tr><td>Rosneft</td><td>52%</td></tr></table><div>VIDEO</div><div>Guaidó speaks</div>' +
      '<p>Pompeo</p><script>window.x = 1</script>';
    await highlight();
    expect(marks()).toEqual([
      ['nicolas-maduro', 'Nicolás Maduro'],
      ['sergey-lavrov', 'Lavrov'],
      ['rosneft', 'Rosneft'],
      ['juan-guaido', 'Guaidó'],
      ['mike-pompeo', 'Pompeo'],
    ]);
  });

  it('marks acronyms that run into a block of capitals: a label, a byline, a list', async () => {
    document.body.innerHTML =
      '<div><span>LIVE</span></div><h2>NATO summit opens</h2><p>BBC</p><p>US sanctions</p><ul><li>US</li><li>NATO</li></ul>';
    await highlight();
    expect(marks()).toEqual([
      ['nato', 'NATO'],
      ['united-states', 'US'],
      ['united-states', 'US'],
      ['nato', 'NATO'],
    ]);
  });

  it('marks only the kinds the reader wants, and only first mentions when asked', async () => {
    document.body.innerHTML = '<p>Maduro in Caracas; Maduro and Guaidó.</p><p>Guaidó again, Venezuela.</p>';
    const people = (m: Match) => dictionary.kinds[m.term.entity] === 'person';
    await highlight({ wants: people, firstOnly: true });
    expect(marks()).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['juan-guaido', 'Guaidó'],
    ]);
  });

  it('in first-mention mode, marks the next mention when the page removes the first', async () => {
    document.body.innerHTML = '<p id="a">Maduro spoke.</p><p id="b">Later, Maduro left.</p>';
    const h = await highlight({ firstOnly: true });
    expect(marks()).toEqual([['nicolas-maduro', 'Maduro']]);
    document.getElementById('a')!.remove();
    await nextPass();
    expect(marks()).toEqual([['nicolas-maduro', 'Maduro']]);
    expect(h.mentions.in(document.getElementById('b')!.firstChild as Text)).toHaveLength(1);
  });

  it('leaves scripts, forms, code, editors, SVG, hidden text and its own UI alone', async () => {
    document.body.innerHTML = `
      <script>var Maduro = 1</script><style>.Maduro{}</style><textarea>Maduro</textarea>
      <input value="Maduro"><code>Maduro</code><div contenteditable="true"><p>Maduro</p></div>
      <div class="CodeMirror"><span>Maduro</span></div><svg><text>Maduro</text></svg>
      <p hidden>Maduro</p><div data-gloss-ui><p>Maduro</p></div><p id="seen">Maduro</p>`;
    await highlight();
    expect(marks()).toEqual([['nicolas-maduro', 'Maduro']]);
    expect((registry.get('gloss')!.values().next().value as Range).startContainer.parentElement!.id).toBe(
      'seen',
    );
  });

  it('marks text the page adds later', async () => {
    document.body.innerHTML = '<p>Maduro</p>';
    await highlight();
    const more = document.createElement('p');
    more.textContent = 'Then Lavrov spoke.';
    document.body.append(more);
    await nextPass();
    expect(marks()).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['sergey-lavrov', 'Lavrov'],
    ]);
  });

  it('marks a part read ahead whose earlier text the page shortened before the walk came to it', async () => {
    document.body.innerHTML = '<p>Maduro spoke.</p>';
    let hold = false;
    const held: (() => void)[] = [];
    let asked!: () => void;
    const sent = new Promise<void>((done) => (asked = done));
    const holding: Finder = {
      ...finderOf(finding),
      places: (pieces) => {
        if (!hold) return Promise.resolve(finding.places(pieces));
        asked();
        return new Promise((answer) => held.push(() => answer(finding.places(pieces))));
      },
    };
    await highlight({ finder: holding });
    hold = true;
    const first = document.createElement('p');
    first.textContent = 'Then Rosneft spoke.';
    const part = document.createElement('div');
    part.innerHTML =
      '<p id="status">Loading the latest news, please wait</p><p>Later, Lavrov met Guaidó.</p>';
    document.body.append(first, part);
    // Both parts are read and asked about; the page then shortens the status line (a live blog's "Done").
    await sent;
    (document.getElementById('status')!.firstChild as Text).data = 'Done';
    hold = false;
    const pass = nextPass();
    held.splice(0).forEach((answer) => answer());
    await pass;
    expect(marks().map(([id]) => id)).toEqual(['nicolas-maduro', 'rosneft', 'sergey-lavrov', 'juan-guaido']);
  });

  it('reads a huge page by its parts, never all of its text in one call, and marks it all', async () => {
    const filler = '<i></i>'.repeat(10_500);
    document.body.innerHTML = `<main><article><p>Maduro spoke.</p>${filler}</article><script>var Lavrov = 1;</script><article><p>Then Lavrov did.</p>${filler}</article></main>`;
    const pieces: string[] = [];
    const reading: Finder = {
      ...finderOf(finding),
      places: (asked) => {
        pieces.push(...asked.map((p) => p.text));
        return Promise.resolve(finding.places(asked));
      },
    };
    await highlight({ finder: reading });
    expect(marks()).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['sergey-lavrov', 'Lavrov'],
    ]);
    // Each article was read apart, and the script between them not at all.
    expect(pieces).toEqual(['Maduro spoke.', 'Then Lavrov did.']);
  });

  it('asks about the parts a page adds one by one in one question, not one each', async () => {
    document.body.innerHTML = '<p>Maduro</p>';
    const questions: number[] = [];
    const counting: Finder = {
      ...finderOf(finding),
      places: (pieces) => {
        questions.push(pieces.length);
        return Promise.resolve(finding.places(pieces));
      },
    };
    await highlight({ finder: counting });
    questions.length = 0;
    const names = ['Lavrov', 'Guaidó', 'Rosneft', 'Lima Group', 'Monroe Doctrine'];
    for (const name of names) {
      const part = document.createElement('section');
      part.innerHTML = `<p>Then the ${name} spoke.</p>`;
      document.body.append(part);
    }
    await nextPass();
    expect(marks().map(([, text]) => text)).toEqual(['Maduro', ...names]);
    // The first part is asked about, and the rest with it while the walk waits for its answer.
    expect(questions).toEqual([names.length]);
  });

  it('marks an ambiguous form seen before its evidence once the evidence arrives', async () => {
    document.body.innerHTML = '<p>Talks in Astana resumed.</p><p>Later: the Astana format.</p>';
    await highlight();
    expect(marks()).toEqual([
      ['astana-format', 'Astana'],
      ['astana-format', 'Astana format'],
    ]);
  });

  it('drops text that becomes hidden or editable at once, and reads it again when it is back', async () => {
    document.body.innerHTML = '<div id="box"><p>Maduro spoke.</p></div><p>Lavrov too.</p>';
    const h = await highlight();
    const box = document.getElementById('box')!;
    box.setAttribute('contenteditable', 'true');
    await Promise.resolve();
    expect(marks()).toEqual([['sergey-lavrov', 'Lavrov']]);
    expect(h.mentions.count('nicolas-maduro')).toBe(0);
    box.removeAttribute('contenteditable');
    await nextPass();
    expect(marks()).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['sergey-lavrov', 'Lavrov'],
    ]);
    box.hidden = true;
    await Promise.resolve();
    expect(marks()).toEqual([['sergey-lavrov', 'Lavrov']]);
  });

  it('takes every highlight out of the registry when stopped', async () => {
    document.body.innerHTML = '<p>Maduro and Lavrov.</p>';
    const h = await highlight();
    stop(h);
    expect([...registry.keys()]).toEqual([]);
  });

  it('never changes the page: no node is added, split, moved or rewritten', async () => {
    const words = fc.constantFrom(
      'Maduro',
      'Lima Group',
      'Guaidó',
      ' ',
      'the ',
      'US',
      'Astana',
      'Astana format',
      'x',
      '’s',
    );
    const text = fc.array(words, { maxLength: 8 }).map((w) => w.join(''));
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc
          .tuple(
            fc.constantFrom('p', 'b', 'i', 'span', 'a', 'div', 'code'),
            fc.array(tie('node'), { maxLength: 4 }),
          )
          .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 5 }), async (children) => {
        document.body.innerHTML = children.join('');
        const before = snapshot(document.body);
        const seen: MutationRecord[] = [];
        const pageObserver = new MutationObserver((records) => seen.push(...records));
        pageObserver.observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const h = await highlight();
        // Every mention's range holds a name the matcher finds in exactly that text.
        for (const m of h.mentions) expect(finding.matches([m.range.toString()])[0]).toHaveLength(1);
        stop(h);
        seen.push(...pageObserver.takeRecords());
        pageObserver.disconnect();
        expect(seen).toEqual([]);
        expect(snapshot(document.body)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('with kinds the reader turned off', () => {
  /** Countries and places off, as by default; the runs the highlighter asked to be matched. */
  const withCountriesOff = () => {
    const runs: string[] = [];
    const wanted = (entity: number) => !['country', 'place'].includes(dictionary.kinds[entity]!);
    return {
      runs,
      options: {
        wantsEntity: wanted,
        wants: (m: Match) => wanted(m.term.entity),
        finder: {
          ...finderOf(finding),
          matches: (texts: readonly string[]) => {
            runs.push(...texts);
            return Promise.resolve(finding.matches(texts));
          },
        },
      },
    };
  };

  it('reads no run where only names of those kinds may be', async () => {
    document.body.innerHTML = '<p>The U.S. and China met in Europe.</p><p>Venezuela, Russia.</p>';
    const { runs, options } = withCountriesOff();
    await highlight(options);
    expect([marks(), runs]).toEqual([[], []]);
  });

  it('reads them as evidence an ambiguous name the reader wants needs, after it or before', async () => {
    document.body.innerHTML = '<p>Chavez spoke.</p><p>Venezuela is in crisis.</p>';
    await highlight(withCountriesOff().options);
    expect(marks()).toEqual([['hugo-chavez', 'Chavez']]);
  });

  it('reads again a part read before whose evidence a name in text the page rewrote needs', async () => {
    document.body.innerHTML = '<p>Venezuela is in crisis.</p><p id="x">Nothing here.</p>';
    await highlight(withCountriesOff().options);
    const next = nextPass();
    (document.getElementById('x')!.firstChild as Text).data = 'Chavez spoke.';
    await next;
    expect(marks()).toEqual([['hugo-chavez', 'Chavez']]);
  });

  it('reads again, once, only the places of a part read before that a name in a part added later needs', async () => {
    document.body.innerHTML = '<p>Maduro spoke.</p><p>Venezuela is in crisis; Russia too.</p>';
    const { runs, options } = withCountriesOff();
    await highlight(options);
    expect(runs).toEqual(['Maduro spoke.']);
    const next = nextPass();
    document.body.insertAdjacentHTML('beforeend', '<p>Chavez met Maduro.</p>');
    await next;
    expect(marks()).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['hugo-chavez', 'Chavez'],
      ['nicolas-maduro', 'Maduro'],
    ]);
    expect(runs).toEqual(['Maduro spoke.', 'Chavez met Maduro.', 'Venezuela is in crisis; Russia too.']);
  });
});

describe('when the page rewrites marked text', () => {
  it('drops the stale range at once and matches the new text', async () => {
    document.body.innerHTML = '<p>Meeting Maduro today.</p>';
    await highlight();
    const text = document.querySelector('p')!.firstChild as Text;
    // A framework updates the text node it rendered, in place.
    text.data = 'Meeting Lavrov today.';
    await Promise.resolve();
    expect(marks()).toEqual([]);
    await nextPass();
    expect(marks()).toEqual([['sergey-lavrov', 'Lavrov']]);
  });
});

describe('on a page that changes while it is read', () => {
  it('reads the rest of the page even if one part changes every time it is read', async () => {
    document.body.innerHTML = '<p id="ticker">Tick: Lavrov spoke</p><p>Maduro and the Lima Group stay.</p>';
    const ticker = document.getElementById('ticker')!.firstChild as Text;
    let ticks = 0;
    // Each read of a subtree's text finds the ticker changed since (as a live ticker does).
    const changing: Finder = {
      ...finderOf(finding),
      places(pieces) {
        ticker.data = `Tick ${'+'.repeat(++ticks)}: Lavrov spoke`;
        return Promise.resolve(finding.places(pieces));
      },
    };
    await highlight({ finder: changing });
    expect(marks()).toContainEqual(['nicolas-maduro', 'Maduro']);
    expect(marks()).toContainEqual(['lima-group', 'Lima Group']);
  });
});

describe('while the matches of what was read are on their way', () => {
  /** A background that answers runs only once `release` is called; `asked` resolves when they are sent. */
  function heldFinder() {
    let release!: () => void;
    let asked!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const sent = new Promise<void>((r) => (asked = r));
    const finder: Finder = {
      ...finderOf(finding),
      matches: async (texts) => {
        asked();
        await held;
        return finding.matches(texts);
      },
    };
    return { finder, release, sent };
  }

  it('leaves a run unmarked that the page made editable in the meantime', async () => {
    document.body.innerHTML = '<p id="p">Maduro spoke.</p>';
    const { finder, release, sent } = heldFinder();
    const first = highlight({ finder });
    await sent;
    document.getElementById('p')!.setAttribute('contenteditable', 'true');
    await Promise.resolve();
    release();
    await first;
    expect(marks()).toEqual([]);
  });

  it('reads a run again whose inline part the page emptied in the meantime, and marks it', async () => {
    document.body.innerHTML = '<p>Maduro spoke <b id="b">x</b> more.</p>';
    const { finder, release, sent } = heldFinder();
    const first = highlight({ finder });
    await sent;
    document.getElementById('b')!.firstChild!.remove();
    await Promise.resolve();
    release();
    await first;
    expect(marks()).toEqual([['nicolas-maduro', 'Maduro']]);
  });
});

describe('on a page that drops content', () => {
  it('lets go of every range and waiting text of what was removed', async () => {
    document.body.innerHTML = '<div id="feed"></div><p id="kept">Maduro stays.</p>';
    const h = await highlight();
    const feed = document.getElementById('feed')!;
    for (let batch = 0; batch < 5; batch++) {
      for (let i = 0; i < 50; i++) {
        const item = document.createElement('p');
        item.textContent = `Item ${i}: Lavrov spoke in Astana.`;
        feed.append(item);
      }
      await nextPass();
      expect(h.mentions.count('sergey-lavrov')).toBe(50);
      feed.replaceChildren();
      await Promise.resolve();
      expect(h.mentions.count('sergey-lavrov')).toBe(0);
    }
    expect([...h.mentions].map((m) => m.text)).toEqual([document.getElementById('kept')!.firstChild]);
    expect(registry.get('gloss')!.size).toBe(1);
    expect(registry.get('gloss-entity-sergey-lavrov')!.size).toBe(0);
  });
});

describe('on a page with more mentions than the cap', () => {
  it('marks only first mentions past it, and says so until the page drops what it left unmarked', async () => {
    document.body.innerHTML = `<p id="a">Maduro, Maduro and Maduro.</p>
      <p id="b">Maduro met Guaidó; Guaidó left.</p><p id="c">Maduro again.</p>`;
    const h = await highlight({ maxMentions: 3 });
    expect(marks()).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['nicolas-maduro', 'Maduro'],
      ['nicolas-maduro', 'Maduro'],
      ['juan-guaido', 'Guaidó'],
    ]);
    expect(capped).toBe(true);
    // A text with no mark at all, as the cap left it.
    document.getElementById('c')!.remove();
    await nextPass();
    expect(capped).toBe(true);
    document.getElementById('b')!.remove();
    await nextPass();
    expect(capped).toBe(false);
    expect(h.mentions.count('nicolas-maduro')).toBe(3);
  });

  it('marks an entity again when its one marked mention goes while the cap left the others unmarked', async () => {
    document.body.innerHTML = `<p id="a">Maduro, Maduro and Maduro.</p>
      <p id="b">Guaidó spoke.</p><p id="c">Guaidó again.</p>`;
    const h = await highlight({ maxMentions: 3 });
    expect(h.mentions.count('juan-guaido')).toBe(1);
    expect(capped).toBe(true);
    document.getElementById('b')!.remove();
    await nextPass();
    expect(marks()).toContainEqual(['juan-guaido', 'Guaidó']);
    expect(h.mentions.count('juan-guaido')).toBe(1);
  });

  it('marks every mention under it, and says nothing', async () => {
    document.body.innerHTML = '<p>Maduro, Maduro and Guaidó.</p>';
    await highlight({ maxMentions: 3 });
    expect(marks()).toHaveLength(3);
    expect(capped).toBe(false);
  });
});

describe('open shadow roots', () => {
  it("of a page's web components are read, and let go with their host", async () => {
    document.body.innerHTML = '<p>Maduro.</p><div><news-widget id="host"></news-widget></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML =
      '<p>Lavrov in a shadow root.</p>';
    const h = await highlight();
    expect(h.mentions.count('sergey-lavrov')).toBe(1);
    expect(h.openShadowRoots.size).toBe(1);
    document.getElementById('host')!.remove();
    await nextPass();
    expect(h.mentions.count('sergey-lavrov')).toBe(0);
    expect(h.openShadowRoots.size).toBe(0);
    expect(marks()).toEqual([['nicolas-maduro', 'Maduro']]);
  });
});
