// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../compile/dictionary';
import { loadScan } from '../../matching/scan';
import { readRootText, toRead, type RootReading } from './root-text';

const dictionary = buildDictionary();
const scan = loadScan(dictionary.scan, dictionary.trie);

/** Reads the body to the end, no deadline; the texts whose runs were visited, and how it ended. */
function readBody(visit: (node: Text) => void): { visited: string[]; ended: string } {
  const visited: string[] = [];
  const how: RootReading = {
    doc: document,
    placesIn: (text, from, to) => scan.starts(text, true, from, to),
    visit: (node) => {
      visited.push(node.data);
      visit(node);
      return true;
    },
  };
  const work = toRead(document.body);
  let ended = readRootText(work, Infinity, how);
  while (ended === 'more') ended = readRootText(work, Infinity, how);
  return { visited, ended };
}

describe("reading a root's text", () => {
  it('visits the node at each place, scripts and styles left out', () => {
    document.body.innerHTML = `<p>Maduro spoke.</p><script>var Maduro = "Lima Group"; ${'/* a long inline script, as pages have */ '.repeat(5)}</script><p>Then Lavrov.</p>`;
    const { visited, ended } = readBody(() => {});
    expect(ended).toBe('done');
    expect(visited).toEqual(['Maduro spoke.', 'Then Lavrov.']);
  });

  it('says the text changed when the page takes away the node it is on, so the rest is not left unread', () => {
    document.body.innerHTML = '<p id="ticker">Maduro ticks</p><p>The Lima Group stays.</p>';
    const { visited, ended } = readBody((node) => {
      if (node.parentElement?.id === 'ticker') node.remove();
    });
    expect(visited).toEqual(['Maduro ticks']);
    expect(ended).toBe('changed');
  });
});
