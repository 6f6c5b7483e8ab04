import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDictionary } from '../compile/dictionary';
import { matcherOf } from './terms';
import { loadScan } from './scan';
import type { Match } from './matcher';

const dictionary = buildDictionary();
const matcher = matcherOf(dictionary);
const scan = loadScan(dictionary.scan, dictionary.trie);

/** What a match says, to compare two ways of finding it. */
const said = (m: Match) => [m.start, m.end, dictionary.ids[m.term.entity] ?? '-', !!m.confirmed, !!m.near];

/** The matches found only at the starts the scan gives. */
const viaScan = (text: string) => matcher.findAt(text, scan.starts(text)).map(said);

describe('the scan', () => {
  it('leaves no match out: matching at its starts finds what matching everywhere finds', () => {
    const forms = dictionary.terms.map((t) => t[0]);
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...forms) },
      fc.constantFrom(...forms).map((f) => f.toLowerCase()),
      fc.constantFrom(...forms).map((f) => f.toUpperCase()),
      // Written with an invisible character or a combining accent inside, as pages do.
      fc.constantFrom(...forms).map((f) => f.slice(0, 2) + '\u00ad' + f.slice(2)),
      fc.constantFrom(...forms).map((f) => f.normalize('NFD')),
      fc.constantFrom(
        ' ',
        '  ',
        '\u00a0',
        ', ',
        '. ',
        '\n',
        '-',
        '’s ',
        '"',
        'x',
        'the ',
        'said ',
        'de ',
        'Mr ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(viaScan(text)).toEqual(matcher.find(text).map(said));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same places read in pieces as read whole, as a long page is', () => {
    const piece = fc.constantFrom(...dictionary.terms.map((t) => t[0]), ' ', ', ', 'war in ', 'x', 'de ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.boolean(), (parts, cut, anywhere) => {
        const text = parts.join('');
        const at = text.length === 0 ? 0 : cut % text.length;
        const pieces = [
          ...scan.starts(text, anywhere, 0, at),
          ...scan.starts(text, anywhere, at, text.length),
        ];
        expect([...new Set(pieces)].sort((a, b) => a - b)).toEqual(scan.starts(text, anywhere));
      }),
    );
    // A piece that starts right at an anchor.
    const text = 'They spoke of regime change.';
    const at = text.indexOf('regime');
    expect(scan.starts(text, false, at, text.length)).toEqual([at]);
  });

  it('finds forms that start in lower case by their anchor, several words on', () => {
    for (const text of [
      'They spoke of regime change and of war in Syria.',
      'La doctrine Monroe, le format d’Astana, les accords de Minsk.',
      'Говорили про доктрину Монро и смену режима.',
      'REGIME CHANGE, said the headline; a re\u00adgime change too.',
      'Sanctions on Russia and the ministère russe des Affaires étrangères.',
    ])
      expect(viaScan(text)).toEqual(matcher.find(text).map(said));
  });

  it('gives only word starts, in order, each once', () => {
    const text = 'McDonald met Maduro; war in Syria, war in Syria.';
    const starts = scan.starts(text);
    expect(starts).toEqual([...new Set(starts)].sort((a, b) => a - b));
    for (const s of starts) expect(/[\p{L}\p{N}]/u.test(text[s - 1] ?? ' ')).toBe(false);
    expect(starts).not.toContain(text.indexOf('Donald'));
    expect(starts).toContain(text.indexOf('Maduro'));
    expect(starts).toContain(text.indexOf('war'));
  });
});
