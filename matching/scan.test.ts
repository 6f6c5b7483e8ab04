import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDictionary } from '../compile/dictionary';
import { matcherOf } from './terms';
import { NOT_AN_ENTITY, type Term } from './rules';
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
  const places = placesIn(text);
  return matcher
    .find(text)
    .filter((m) => !(m.term.flags & NOT_AN_ENTITY) && !places.get(m.start)?.includes(numberOf(m.term)))
    .map((m) => text.slice(m.start, m.end));
};

/** A term's number in the dictionary, which places name terms by. */
const numberOf = (term: Term) =>
  dictionary.terms.findIndex(
    ([form, entity, flags]) => form === term.form && entity === term.entity && flags === term.flags,
  );

/** The finding's places in `text`, whole: the numbers of the terms that may match at each. */
function placesIn(text: string): Map<number, number[]> {
  const [flat] = finding.places([{ text, from: 0, to: text.length }]);
  const places = new Map<number, number[]>();
  for (let k = 0; k < flat!.length; k += 2)
    places.set(flat![k]!, [...(places.get(flat![k]!) ?? []), flat![k + 1]!]);
  return places;
}

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

  it('gives places in order, each with the terms whose form is there in a case it allows, where blocks may run together', () => {
    const text = 'McDonald met Maduro; war in Syria, war in Syria. The dealTrump taps';
    const [flat] = finding.places([{ text, from: 0, to: text.length }]);
    const offsets = flat!.filter((_, k) => k % 2 === 0);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const places = placesIn(text);
    // A capital after a lower-case letter counts (blocks run together in a page's text), but no form is "Donald met".
    expect(places.has(text.indexOf('Donald'))).toBe(false);
    expect(places.has(text.indexOf('met'))).toBe(false);
    const entityAt = (at: number) => places.get(at)?.map((k) => dictionary.ids[dictionary.terms[k]![1]]);
    expect(entityAt(text.indexOf('Trump'))).toContain('donald-trump');
    expect(entityAt(text.indexOf('Maduro'))).toContain('nicolas-maduro');
    expect(entityAt(text.indexOf('war'))).toContain('syrian-civil-war');
  });

  it('gives no place where the letters are a form but the case or the word around them cannot be', () => {
    const named = (text: string, entity: string) =>
      [...placesIn(text)].filter(([, terms]) =>
        terms.some((k) => dictionary.ids[dictionary.terms[k]![1]] === entity),
      ).length;
    // Not the country: another case, or capitals inside a word of capitals.
    for (const text of ['Contact Us', 'Terms of Use', 'Users', 'EXCLUSIVE', 'JUSTICE', 'BUSINESS'])
      expect([text, named(text, 'united-states')]).toEqual([text, 0]);
    // The country, also as a block's last word before the next one's first.
    for (const text of [
      'US Edition',
      'in the U.S., more',
      'the USMaduro said',
      'the USA new day',
      'USby Reuters',
    ])
      expect([text, named(text, 'united-states')]).toEqual([text, 1]);
    // Names run into the block before or after, as a page's text has them (a <br>, a button, a table
    // cell, a tag list, a script with no space around): each has its place.
    const placed = (text: string, name: string, entity: string) =>
      placesIn(text)
        .get(text.indexOf(name))
        ?.some((k) => dictionary.ids[dictionary.terms[k]![1]] === entity) ?? false;
    for (const [text, name, entity] of [
      ['Photo: Nicolás Madurobby Reuters', 'Nicolás', 'nicolas-maduro'],
      ['Maduroshare', 'Maduro', 'nicolas-maduro'],
      ['Maduro52%', 'Maduro', 'nicolas-maduro'],
      ['VIDEOMaduro speaks', 'Maduro', 'nicolas-maduro'],
      ['Maduro3 hours ago', 'Maduro', 'nicolas-maduro'],
      ['LavrovNATO', 'Lavrov', 'sergey-lavrov'],
      ['LavrovNATO', 'NATO', 'nato'],
      ['Nicolás MaduroOPEC', 'Nicolás', 'nicolas-maduro'],
      ['the USTrump said', 'Trump', 'donald-trump'],
      ['the USTrump said', 'US', 'united-states'],
      ['LIVEPutin says', 'Putin', 'vladimir-putin'],
      ['LIVENATO summit opensBBCUS sanctions', 'NATO', 'nato'],
      ['LIVENATO summit opensBBCUS sanctions', 'US', 'united-states'],
      ['USNATO', 'US', 'united-states'],
      ['USNATO', 'NATO', 'nato'],
    ] as const)
      expect([text, name, placed(text, name, entity)]).toEqual([text, name, true]);
  });
});
