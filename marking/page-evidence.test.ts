// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../compile/dictionary';
import { matcherOf } from '../matching/terms';
import { PageEvidence } from './page-evidence';

const dictionary = buildDictionary();
const matcher = matcherOf(dictionary);
/** The entities of the matches the page's evidence lets through, for a run of words in `node`. */
const confirmed = (evidence: PageEvidence, node: Text, reread: Text[] = []) =>
  evidence
    .confirm(node, matcher.find(node.data), (t) => reread.push(t))
    .map((m) => dictionary.ids[m.term.entity]);

describe("the page's evidence", () => {
  it('holds an ambiguous name back until the page names its entity without doubt, then has it read again', () => {
    const evidence = new PageEvidence();
    const early = new Text('Talks in Astana resumed.');
    expect(confirmed(evidence, early)).toEqual([]);
    const reread: Text[] = [];
    expect(confirmed(evidence, new Text('The Astana format met.'), reread)).toEqual(['astana-format']);
    expect(reread).toEqual([early]);
    expect(confirmed(evidence, early)).toEqual(['astana-format']);
  });

  it('has a forgotten text read again for nothing: the page took it away', () => {
    const evidence = new PageEvidence();
    const gone = new Text('Talks in Astana resumed.');
    confirmed(evidence, gone);
    evidence.forget(gone);
    const reread: Text[] = [];
    confirmed(evidence, new Text('The Astana format met.'), reread);
    expect(reread).toEqual([]);
  });
});
