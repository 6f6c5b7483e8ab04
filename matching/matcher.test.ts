/* eslint-disable max-lines -- the matcher's rules, each with its fixed examples and its property test, against one compiled dictionary */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDictionary, forShipping } from '../compile/dictionary';
import { CATALOGUE } from '../data/catalogue';
import type { Role } from '../data/entity-kinds';
import { NAME_PREFIXES, NOT_NAME_ENDINGS } from './name-context';
import { matcherOf, termsOf } from './terms';
import { buildMatcher, loadMatcher } from './matcher';
import { evidenceOf, withEvidence } from './evidence';
import { fold } from './fold';
import type { Match } from './rules';

const dictionary = buildDictionary();
const matcher = matcherOf(dictionary);

/** What a reader would see marked in `text`, after the page-wide evidence rule. */
function marked(text: string): [string, string][] {
  const found = matcher.find(text);
  return withEvidence(found, evidenceOf(found)).map((m) => [
    text.slice(m.start, m.end),
    dictionary.ids[m.term.entity]!,
  ]);
}

describe('matcher', () => {
  it('finds every spelling variant of the corpus', () => {
    expect(marked('Guaidó, Guaido, Juan Guaido and Juan Guaidó')).toEqual([
      ['Guaidó', 'juan-guaido'],
      ['Guaido', 'juan-guaido'],
      ['Juan Guaido', 'juan-guaido'],
      ['Juan Guaidó', 'juan-guaido'],
    ]);
    expect(marked('the Munroe Doctrine, the Monroe Doctrine')).toEqual([
      ['Munroe Doctrine', 'monroe-doctrine'],
      ['Monroe Doctrine', 'monroe-doctrine'],
    ]);
    expect(marked('Maria Zakharova: Zakharaova and Zakharova')).toEqual([
      ['Maria Zakharova', 'maria-zakharova'],
      ['Zakharaova', 'maria-zakharova'],
      ['Zakharova', 'maria-zakharova'],
    ]);
    expect(marked('Elliot Abrams')).toEqual([['Elliot Abrams', 'elliott-abrams']]);
  });

  it('folds typography: apostrophes, non-breaking spaces, line breaks, soft hyphens', () => {
    expect(marked("Maduro’s and Maduro's")).toEqual([
      ['Maduro', 'nicolas-maduro'],
      ['Maduro', 'nicolas-maduro'],
    ]);
    expect(marked('the Lima\u00a0Group met')).toEqual([['Lima\u00a0Group', 'lima-group']]);
    expect(marked('the Monroe\n   Doctrine')).toEqual([['Monroe\n   Doctrine', 'monroe-doctrine']]);
    expect(marked('Gua\u00adidó spoke')).toEqual([['Gua\u00adidó', 'juan-guaido']]);
    expect(marked('Guaido\u0301 spoke')).toEqual([['Guaido\u0301', 'juan-guaido']]);
    expect(marked('NATO’s bombing of Yugoslavia')).toEqual([
      ['NATO’s bombing of Yugoslavia', 'nato-bombing-of-yugoslavia'],
    ]);
  });

  it('matches whole words only, in any script', () => {
    expect(marked('Limassol, USB, Putinism, Russianness, Caracasbased')).toEqual([]);
    expect(marked('ÜberRussia Russiaé')).toEqual([]);
    expect(marked('«Russia»')).toEqual([['Russia', 'russia']]);
    expect(marked('US-backed')).toEqual([['US', 'united-states']]);
  });

  it('prefers the longest form at the leftmost position', () => {
    expect(marked('the Lima Group and Lima')).toEqual([['Lima Group', 'lima-group']]);
    expect(marked('President Nicolas Maduro')).toEqual([['Nicolas Maduro', 'nicolas-maduro']]);
    expect(marked('the Monroe Doctrine')).toEqual([['Monroe Doctrine', 'monroe-doctrine']]);
  });

  it('keeps acronyms and common words to sensible cases', () => {
    expect(marked('let us go, Us and us')).toEqual([]);
    expect(marked('the US said')).toEqual([['US', 'united-states']]);
    expect(marked('WHAT THE US SAID ABOUT IT')).toEqual([]);
    expect(marked('es un país, eu acho')).toEqual([]);
    expect(marked('la fruta madura, un plátano maduro')).toEqual([]);
    expect(marked('MADURO DEFIES SANCTIONS')).toEqual([['MADURO', 'nicolas-maduro']]);
    expect(marked('the state department said')).toEqual([['state department', 'us-state-department']]);
    expect(marked('votó contra la ley')).toEqual([]);
  });

  it('needs evidence for ambiguous short forms', () => {
    expect(marked('Astana is the capital of Kazakhstan.')).toEqual([]);
    expect(marked('The Astana format met again in Astana.')).toEqual([
      ['Astana format', 'astana-format'],
      ['Astana', 'astana-format'],
    ]);
    expect(marked('Abrams tanks rolled in. Abrams said no.')).toEqual([]);
    expect(marked('Elliot Abrams went. Abrams said no.')).toEqual([
      ['Elliot Abrams', 'elliott-abrams'],
      ['Abrams', 'elliott-abrams'],
    ]);
    expect(marked('Abrams, envoy for Venezuela')).toEqual([
      ['Abrams', 'elliott-abrams'],
      ['Venezuela', 'venezuela'],
    ]);
    expect(marked('Rain in Washington State. Washington is wet.')).toEqual([]);
    expect(marked('The United States: Washington said')).toEqual([
      ['United States', 'united-states'],
      ['Washington', 'washington'],
    ]);
    expect(marked('the Washington Post reported')).toEqual([]);
    expect(marked('The Moscow Times')).toEqual([]);
  });

  it('reads news in other languages, Russian case endings included', () => {
    expect(
      marked(
        'Nicolás Maduro y Juan Guaidó; el Grupo de Lima, la OEA y la Doctrina Monroe. EE.UU. y Rosneft.',
      ),
    ).toEqual([
      ['Nicolás Maduro', 'nicolas-maduro'],
      ['Juan Guaidó', 'juan-guaido'],
      ['Grupo de Lima', 'lima-group'],
      ['OEA', 'oas'],
      ['Doctrina Monroe', 'monroe-doctrine'],
      ['EE.UU.', 'united-states'],
      ['Rosneft', 'rosneft'],
    ]);
    expect(
      marked(
        'Мария Захарова ответила Помпео: доктрина Монро, Лимская группа и «Роснефть». По словам Путина и Лаврова.',
      ),
    ).toEqual([
      ['Мария Захарова', 'maria-zakharova'],
      ['Помпео', 'mike-pompeo'],
      ['доктрина Монро', 'monroe-doctrine'],
      ['Лимская группа', 'lima-group'],
      ['Роснефть', 'rosneft'],
      ['Путина', 'vladimir-putin'],
      ['Лаврова', 'sergey-lavrov'],
    ]);
    expect(marked('la doctrine Monroe ; die Monroe-Doktrin')).toEqual([
      ['doctrine Monroe', 'monroe-doctrine'],
      ['Monroe-Doktrin', 'monroe-doctrine'],
    ]);
    // The city alone is still not the format, in any language.
    expect(marked('Llegó a Astaná el lunes. Прилетел в Астану.')).toEqual([]);
  });

  it('returns ordered, non-overlapping matches whose text folds to their form, for any text', () => {
    const pieces = fc.constantFrom(
      ...dictionary.terms.slice(0, 60).map((t) => t[0]),
      ' ',
      '\u00a0',
      'x',
      'é',
      '-',
      '’s ',
      '\n',
      'Ü',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const found: Match[] = matcher.find(text);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(fold(text.slice(m.start, m.end))).toBe(fold(m.term.form));
          last = m.end;
        }
      }),
    );
  });

  it('gives the same answers with 10,000 more terms in the dictionary', () => {
    const many = [...termsOf(dictionary)];
    for (let i = 0; i < 10_000; i++) many.push({ form: `Zzq${i} Term`, entity: 0, flags: 0 });
    const big = buildMatcher(many);
    const text = 'Maduro met Lavrov in Caracas; Zzq42 Term too.';
    expect(big.find(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'Maduro',
      'Lavrov',
      'Caracas',
      'Zzq42 Term',
    ]);
  });
});

describe('a surname after another given name is someone else', () => {
  const dictionary = buildDictionary();
  const matcher = matcherOf(dictionary);
  const found = (text: string) => matcher.find(text).map((m) => [dictionary.ids[m.term.entity], m.term.form]);
  const people = CATALOGUE.filter((e) => e.kind === 'person');
  /** Each person's surname forms: single words among its English forms. */
  const surnames = people.flatMap((e) =>
    e.forms
      .map((f) => (typeof f === 'string' ? f : f.text))
      .filter((f) => !/\s/.test(f) && !/^[A-Z]+$/.test(f))
      .map((surname) => [e.id, surname] as const),
  );

  it('covers every person the catalogue names by surname alone', () => {
    expect(new Set(surnames.map(([id]) => id)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(surnames)('%s: "%s" after another given name is not marked', (_id, surname) => {
    for (const text of [
      `Julio César ${surname} won the fight.`,
      `Yesterday Michael ${surname} sang.`,
      `Michael ${surname} sang.`,
      `A concert by Anna-Lena ${surname}.`,
    ])
      expect(found(text), text).toEqual([]);
  });

  /** A title for each role, as news writes it before a surname. */
  const TITLE: Record<Role, string> = {
    head: 'President',
    vice: 'Vice President',
    minister: 'Foreign Minister',
    secretary: 'Secretary of State',
    spokesperson: 'Kremlin spokesman',
    diplomat: 'Ambassador',
    adviser: 'National Security Adviser',
    military: 'General',
    legislator: 'Senator',
  };
  const rolesOf = (id: string) => CATALOGUE.find((e) => e.id === id)!.roles!;

  it.each(surnames)(
    '%s: "%s" alone, after a title they held or opening a sentence, is found',
    (id, surname) => {
      for (const text of [
        `${surname} said so.`,
        `Yesterday ${surname} said so.`,
        ...rolesOf(id).map((role) => `${TITLE[role]} ${surname} said so.`),
        `It was, said ${surname}, over.`,
        `Según ${surname}, no.`,
      ]) {
        const ids = found(text).map(([e]) => e);
        expect(ids, text).toContain(id);
      }
    },
  );

  it('keeps the entity when its own given name or a patronymic comes first', () => {
    expect(found('Nicolas Maduro spoke.')).toEqual([['nicolas-maduro', 'Nicolas Maduro']]);
    expect(found('Vladimir Vladimirovich Putin spoke.')).toEqual([['vladimir-putin', 'Putin']]);
    expect(found('MICHAEL BOLTON SPEAKS')).toEqual([]);
    expect(found('PRESIDENT MADURO SPEAKS')).toEqual([['nicolas-maduro', 'Maduro']]);
    expect(found('Venezuela’s Maduro spoke.')).toContainEqual(['nicolas-maduro', 'Maduro']);
  });
});

describe('meaning before marking', () => {
  const people = CATALOGUE.filter((e) => e.kind === 'person');
  const surnameOf = (id: string) =>
    people
      .find((e) => e.id === id)!
      .forms.map((f) => (typeof f === 'string' ? f : f.text))
      .find((f) => !/\s/.test(f))!;
  const withSurname = people.filter((e) =>
    e.forms.some((f) => !/\s/.test(typeof f === 'string' ? f : f.text)),
  );
  const ownGivenNames = new Set(
    people.flatMap((e) =>
      e.forms.flatMap((f) =>
        fold(typeof f === 'string' ? f : f.text)
          .split(' ')
          .slice(0, -1),
      ),
    ),
  );
  /** Capitalised words that are no title, no sentence opener and no given name of the catalogue's people. */
  const otherName = fc
    .stringMatching(/^[A-Z][a-z]{2,9}$/)
    .filter(
      (w) => !NAME_PREFIXES.has(fold(w)) && !NOT_NAME_ENDINGS.test(fold(w)) && !ownGivenNames.has(fold(w)),
    );
  const person = fc.constantFrom(...withSurname.map((e) => e.id));

  it('a surname after another given name, before a suffix or in a double-barrelled name is someone else', () => {
    fc.assert(
      fc.property(person, otherName, (id, name) => {
        const surname = surnameOf(id);
        for (const text of [
          `${name} ${surname} spoke.`,
          `${surname} Jr. spoke.`,
          `${surname}, Jr., spoke.`,
          `${surname}\u00a0Jr. spoke.`,
          `${surname}-${name} spoke.`,
          `${name}-${surname} spoke.`,
        ])
          expect(marked(text), text).toEqual([]);
      }),
    );
  });

  // A case a property failed on once is kept as a fixed example, tried on every run whatever the
  // seed: "Alaa" failed the property above on CI (`FC_SEED=1465833323`, path "89:7:6:6").
  it.each(['Alaa Assad spoke.', 'Ali Assad spoke.', 'Alan Assad spoke.', 'Al Alaa Assad spoke.'])(
    "%s: a given name that starts like a particle is not Bashar al-Assad's",
    (text) => {
      const ids = matcher.find(text).map((m) => dictionary.ids[m.term.entity]);
      expect(ids).not.toContain('bashar-al-assad');
      expect(marked(text)).toEqual([]);
    },
  );

  it('a declined given name is his own only in Cyrillic', () => {
    expect(marked('Слова Владимира Путина.')).toEqual([['Путина', 'vladimir-putin']]);
    expect(marked('Слова Володимира Путіна.')).toEqual([['Путіна', 'vladimir-putin']]);
    expect(marked('Vladimira Putin spoke.')).toEqual([]);
  });

  it('a title they never held means someone else; one they held names them as surely as their full name', () => {
    for (const e of withSurname) {
      const surname = surnameOf(e.id);
      expect(marked(`Admiral ${surname} sailed.`), e.id).toEqual([]);
      expect(marked(`Pope ${surname} prayed.`), e.id).toEqual([]);
    }
    expect(marked('Foreign Minister Lavrov and Kremlin spokesman Peskov')).toEqual([
      ['Lavrov', 'sergey-lavrov'],
      ['Kremlin', 'kremlin'],
      ['Peskov', 'dmitry-peskov'],
    ]);
    const found = matcher.find('National Security Adviser Bolton spoke; Bolton left.');
    expect(found.map((m) => m.confirmed ?? false)).toEqual([true, false]);
    expect(withEvidence(found, evidenceOf(found))).toHaveLength(2);
  });

  it('a common surname alone needs the page to name its person; a rare one does not', () => {
    const common = people.filter((e) => !e.rareSurname && withSurname.includes(e));
    expect(common.map((e) => e.id)).toEqual(
      expect.arrayContaining(['john-bolton', 'mike-pence', 'maria-zakharova', 'yuri-ushakov', 'hugo-chavez']),
    );
    for (const e of common) {
      const surname = surnameOf(e.id);
      expect(marked(`Then ${surname} said no.`), e.id).toEqual([]);
      expect(marked(`${surname} Wanderers won.`), e.id).toEqual([]);
      expect(
        marked(`${e.name} spoke. Then ${surname} said no.`).map(([, id]) => id),
        e.id,
      ).toEqual([e.id, e.id]);
    }
    for (const e of withSurname.filter((e) => e.rareSurname))
      expect(marked(`Then ${surnameOf(e.id)} said no.`), e.id).toEqual([[surnameOf(e.id), e.id]]);
  });

  it("a phrase any country uses is this entity's only with its owner named around it or evidence near it", () => {
    fc.assert(
      fc.property(otherName, (owner) => {
        for (const text of [
          `${owner}'s Foreign Ministry said.`,
          `The ${owner} National Assembly voted.`,
          `The ${owner} Defense Contact Group met.`,
          `La Asamblea Nacional de ${owner} votó.`,
        ])
          expect(marked(text), text).toEqual([]);
      }),
    );
    expect(marked("Russia's Foreign Ministry said.")).toEqual([
      ['Russia', 'russia'],
      ['Foreign Ministry', 'russian-foreign-ministry'],
    ]);
    expect(marked('La Asamblea Nacional de Venezuela votó.')).toEqual([
      ['Asamblea Nacional de Venezuela', 'national-assembly'],
    ]);
    const alone = matcher.find('The Foreign Ministry said so.');
    expect(alone.map((m) => m.near)).toEqual([true]);
  });
});

describe('the dictionary as the content script ships it', () => {
  it('finds exactly what the full dictionary finds, though most form texts are left out', () => {
    const full = buildDictionary();
    const shipped = forShipping(full);
    expect(shipped.terms.filter(([form]) => form === '').length).toBeGreaterThan(full.terms.length / 2);
    const a = loadMatcher(termsOf(full), full.trie);
    const b = loadMatcher(termsOf(shipped), shipped.trie);
    const forms = full.terms.map(([form]) => form);
    const word = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((f) => f.toLowerCase()),
      fc.constantFrom(...forms).map((f) => f.toUpperCase()),
      fc.constantFrom('the', 'US', 'us', 'Michael', 'President', 'said', ',', '.', 'Según', 'и'),
    );
    const seen = (m: ReturnType<typeof a.find>) =>
      m.map((x) => [x.start, x.end, x.term.entity, x.term.flags]);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect(seen(b.find(text))).toEqual(seen(a.find(text)));
      }),
      { numRuns: 500 },
    );
  });
});
