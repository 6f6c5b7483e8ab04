import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDictionary } from '../compile/dictionary';
import { matcherOf } from './terms';
import { loadScan } from './scan';
import { findingOf } from './finding';

const dictionary = buildDictionary();
const matcher = matcherOf(dictionary);
const scan = loadScan(dictionary.scan);
const finding = findingOf(dictionary);

/**
 * The matches the finding would leave unread: those that start at none of
 * its places (where a page's run of words is read and matched whole).
 */
const missed = (text: string) => {
  const places = new Set(finding.places([{ text, from: 0, to: text.length }])[0]);
  return matcher
    .find(text)
    .filter((m) => !places.has(m.start))
    .map((m) => text.slice(m.start, m.end));
};

describe('the scan', () => {
  it('leaves no match out: every match starts at one of the places the finding gives', () => {
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
        expect(missed(parts.join(''))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same places read in pieces as read whole, as a long page is, each in its own piece', () => {
    const piece = fc.constantFrom(...dictionary.terms.map((t) => t[0]), ' ', ', ', 'war in ', 'x', 'de ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), (parts, cut) => {
        const text = parts.join('');
        const at = text.length === 0 ? 0 : cut % text.length;
        const first = scan.starts(text, 0, at);
        const second = scan.starts(text, at, text.length);
        const pieces = [...first, ...second];
        expect([...new Set(pieces)].sort((a, b) => a - b)).toEqual(scan.starts(text));
        // A page's walk takes the pieces' places in order: none may fall outside its piece.
        expect(first.filter((p) => p >= at)).toEqual([]);
        expect(second.filter((p) => p < at)).toEqual([]);
      }),
    );
    // "war" starts "war in Syria", whose anchor is past the cut: the first piece gives it.
    const war = 'They spoke of war in Syria.';
    const cut = war.indexOf('Syria');
    expect(scan.starts(war, 0, cut)).toContain(war.indexOf('war'));
    expect(scan.starts(war, cut, war.length)).toEqual([cut]);
    // A piece that starts right at an anchor.
    const text = 'They spoke of regime change.';
    const at = text.indexOf('regime');
    expect(scan.starts(text, at, text.length)[0]).toBe(at);
  });

  it('finds forms that start in lower case by their anchor, several words on', () => {
    for (const text of [
      'They spoke of regime change and of war in Syria.',
      'La doctrine Monroe, le format d’Astana, les accords de Minsk.',
      'Говорили про доктрину Монро и смену режима.',
      'REGIME CHANGE, said the headline; a re\u00adgime change too.',
      'Sanctions on Russia and the ministère russe des Affaires étrangères.',
    ])
      expect(missed(text)).toEqual([]);
  });

  it("gives places in order, each once, and only where some form's letters all are", () => {
    const text = 'McDonald met Maduro; war in Syria, war in Syria. The dealTrump taps';
    const [places] = finding.places([{ text, from: 0, to: text.length }]);
    expect(places).toEqual([...new Set(places)].sort((a, b) => a - b));
    // A capital inside a word counts (blocks run together in a page's text), but no form is "Donald met".
    expect(places).not.toContain(text.indexOf('Donald'));
    expect(places).toContain(text.indexOf('Trump'));
    expect(places).toContain(text.indexOf('Maduro'));
    expect(places).toContain(text.indexOf('war'));
    expect(places).not.toContain(text.indexOf('met'));
  });
});
