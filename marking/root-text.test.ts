// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildDictionary } from '../compile/dictionary';
import { findingOf } from '../matching/finding';
import { readRootText, toRead, type RootReading } from './root-text';

const finding = findingOf(buildDictionary());

/**
 * Reads the body to the end, no deadline, waiting for each answer; the
 * texts whose runs were visited, and how it ended. `worth` chooses among
 * the places by their terms' numbers (all, unless given).
 */
async function readBody(
  visit: (node: Text) => void,
  worth: (term: number) => boolean = () => true,
): Promise<{ visited: string[]; ended: string }> {
  const visited: string[] = [];
  const asked: string[] = [];
  let answers = Promise.resolve();
  const how: RootReading = {
    doc: document,
    places: (text, from, to) => {
      asked.push(text.slice(from, to));
      const found = Promise.resolve(finding.places([{ text, from, to }])[0]!);
      answers = answers.then(() => found.then(() => undefined));
      return found;
    },
    noticed: () => undefined,
    worth,
    leftUnread: () => undefined,
    visit: (node) => {
      visited.push(node.data);
      visit(node);
      return true;
    },
  };
  const work = toRead(document.body);
  let ended = readRootText(work, Infinity, how);
  for (; ended === 'more' || ended === 'wait'; ended = readRootText(work, Infinity, how)) await answers;
  expect(asked.join('')).not.toContain('a long inline script');
  return { visited, ended };
}

describe("reading a root's text", () => {
  it('visits the node at each place, scripts and styles left out of what is asked', async () => {
    document.body.innerHTML = `<p>Maduro spoke.</p><script>var Maduro = "Lima Group"; ${'/* a long inline script, as pages have */ '.repeat(5)}</script><p>Then Lavrov.</p>`;
    const { visited, ended } = await readBody(() => {});
    expect(ended).toBe('done');
    expect(visited).toEqual(['Maduro spoke.', 'Then Lavrov.']);
  });

  it('finds each place past several long scripts and styles, their text never asked about', async () => {
    const code = '/* a long inline script, as pages have */ '.repeat(5);
    document.body.innerHTML = `<script>var Maduro;${code}</script><p>Guaidó spoke.</p><style>.Lima{}${code}</style><div><script>Lavrov${code}</script><b>Zakharova</b> too</div><script>x</script><p>Then Lavrov.</p>`;
    const { visited, ended } = await readBody(() => {});
    expect(ended).toBe('done');
    expect(visited).toEqual(['Guaidó spoke.', 'Zakharova', 'Then Lavrov.']);
  });

  it('walks only to the places worth it, and not at all when none is', async () => {
    const dictionary = buildDictionary();
    const lavrov = dictionary.ids.indexOf('sergey-lavrov');
    const ofLavrov = (k: number) => dictionary.terms[k]![1] === lavrov;
    document.body.innerHTML = '<p>Maduro spoke.</p><p>Then Lavrov.</p><p>And Maduro again.</p>';
    expect((await readBody(() => {}, ofLavrov)).visited).toEqual(['Then Lavrov.']);
    const walks = vi.spyOn(document, 'createTreeWalker');
    const { visited, ended } = await readBody(
      () => {},
      () => false,
    );
    expect([visited, ended]).toEqual([[], 'done']);
    expect(walks).not.toHaveBeenCalled();
    walks.mockRestore();
  });

  it('says the text changed when the page takes away the node it is on, so the rest is not left unread', async () => {
    document.body.innerHTML = '<p id="ticker">Maduro ticks</p><p>The Lima Group stays.</p>';
    const { visited, ended } = await readBody((node) => {
      if (node.parentElement?.id === 'ticker') node.remove();
    });
    expect(visited).toEqual(['Maduro ticks']);
    expect(ended).toBe('changed');
  });
});
