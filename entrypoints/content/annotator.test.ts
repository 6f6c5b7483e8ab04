// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDictionary } from '../../data/dictionary';
import { termsOf } from './terms';
import { buildMatcher, type Match } from './matcher';
import { Annotator, ENTITY_ATTR, type AnnotatorOptions } from './annotator';

const dictionary = buildDictionary();
const matcher = buildMatcher(termsOf(dictionary));

const running: Annotator[] = [];
afterEach(() => running.splice(0).forEach((a) => a.stop()));

/** Starts an annotator on the document and resolves after its first pass. */
function annotate(body: HTMLElement, options: Partial<AnnotatorOptions> = {}): Promise<Annotator> {
  return new Promise((done) => {
    const annotator: Annotator = new Annotator(body.ownerDocument, {
      ...options,
      matcher,
      ids: dictionary.ids,
      onPass: () => done(annotator),
    });
    running.push(annotator);
    annotator.start();
  });
}

const marks = (root: Element) =>
  [...root.querySelectorAll(`[${ENTITY_ATTR}]`)].map((el) => [el.getAttribute(ENTITY_ATTR), el.textContent]);

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

describe('annotator', () => {
  it('wraps each mention in one element holding exactly the page text', async () => {
    document.body.innerHTML = '<p>The <b>Lima Group</b> met; Guaidó spoke to Maduro’s envoy.</p>';
    await annotate(document.body);
    expect(marks(document.body)).toEqual([
      ['lima-group', 'Lima Group'],
      ['juan-guaido', 'Guaidó'],
      ['nicolas-maduro', 'Maduro'],
    ]);
    expect(document.body.textContent).toBe('The Lima Group met; Guaidó spoke to Maduro’s envoy.');
  });

  it('marks only the kinds the reader wants, and only first mentions when asked', async () => {
    document.body.innerHTML = '<p>Maduro in Caracas; Maduro and Guaidó.</p><p>Guaidó again, Venezuela.</p>';
    const people = (m: Match) => dictionary.kinds[m.term.entity] === 'person';
    await annotate(document.body, { wants: people, firstOnly: true });
    expect(marks(document.body)).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['juan-guaido', 'Guaidó'],
    ]);
  });

  it('leaves scripts, forms, code, editors and SVG alone', async () => {
    document.body.innerHTML = `
      <script>var Maduro = 1</script><style>.Maduro{}</style><textarea>Maduro</textarea>
      <input value="Maduro"><code>Maduro</code><div contenteditable="true"><p>Maduro</p></div>
      <div class="CodeMirror"><span>Maduro</span></div><svg><text>Maduro</text></svg>
      <p hidden>Maduro</p><div data-gloss-ui><p>Maduro</p></div><p>Maduro</p>`;
    await annotate(document.body);
    expect(marks(document.body)).toEqual([['nicolas-maduro', 'Maduro']]);
  });

  it('marks text the page adds later, without re-marking its own marks', async () => {
    document.body.innerHTML = '<p>Maduro</p>';
    await annotate(document.body);
    const more = document.createElement('p');
    more.textContent = 'Then Lavrov spoke.';
    document.body.append(more);
    await new Promise((r) => setTimeout(r, 50));
    expect(marks(document.body)).toEqual([
      ['nicolas-maduro', 'Maduro'],
      ['sergey-lavrov', 'Lavrov'],
    ]);
  });

  it('marks an ambiguous form seen before its evidence once the evidence arrives', async () => {
    document.body.innerHTML = '<p>Talks in Astana resumed.</p><p>Later: the Astana format.</p>';
    await annotate(document.body);
    await new Promise((r) => setTimeout(r, 20));
    expect(marks(document.body)).toEqual([
      ['astana-format', 'Astana'],
      ['astana-format', 'Astana format'],
    ]);
  });

  it('restores the exact DOM, node for node, when turned off', async () => {
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
        const html = document.body.innerHTML;
        const annotator = await annotate(document.body);
        annotator.stop();
        expect(document.body.innerHTML).toBe(html);
        expect(snapshot(document.body)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('when the page rewrites marked text', () => {
  it('drops the stale mark and matches the new text, and still restores cleanly', async () => {
    document.body.innerHTML = '<p>Meeting Maduro today.</p>';
    const annotator = await annotate(document.body);
    const mark = document.querySelector(`[${ENTITY_ATTR}]`)!;
    // A framework updates the text node it rendered, now inside Gloss's mark.
    (mark.firstChild as Text).data = 'Lavrov';
    await new Promise((r) => setTimeout(r, 30));
    expect(marks(document.body)).toEqual([['sergey-lavrov', 'Lavrov']]);
    annotator.stop();
    expect(document.body.querySelector(`[${ENTITY_ATTR}]`)).toBeNull();
    expect(document.body.textContent).toBe('Meeting Lavrov today.');
  });
});

describe('on a page that drops content', () => {
  it('lets go of what was removed, and still restores what remains', async () => {
    document.body.innerHTML = '<div id="feed"></div><p id="kept">Maduro stays.</p>';
    const annotator = await annotate(document.body);
    const feed = document.getElementById('feed')!;
    for (let batch = 0; batch < 12; batch++) {
      for (let i = 0; i < 50; i++) {
        const item = document.createElement('p');
        item.textContent = `Item ${i}: Lavrov spoke.`;
        feed.append(item);
      }
      await new Promise((r) => setTimeout(r, 30));
      expect(feed.querySelectorAll(`[${ENTITY_ATTR}]`).length).toBe(50);
      feed.replaceChildren();
    }
    await new Promise((r) => setTimeout(r, 50));
    const records = (annotator as unknown as { splits: unknown[] }).splits.length;
    expect(records).toBeLessThan(600);
    annotator.stop();
    expect(document.getElementById('kept')!.childNodes.length).toBe(1);
    expect(document.body.querySelector(`[${ENTITY_ATTR}]`)).toBeNull();
  });
});
