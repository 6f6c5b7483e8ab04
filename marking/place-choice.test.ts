// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS, NEAR, type Term } from '../matching/rules';
import { PlaceChoice } from './place-choice';

// Entity 0 is of a kind the reader wants; 1 and 2 are not (countries, places).
const terms: Term[] = [
  { form: 'Maidan', entity: 0, flags: AMBIGUOUS, evidence: [1, 2] },
  { form: 'Ukraine', entity: 1, flags: 0 },
  { form: 'Kyiv', entity: 2, flags: 0 },
  { form: 'National Assembly', entity: 0, flags: AMBIGUOUS | NEAR, evidence: [1] },
  { form: 'Maduro', entity: 0, flags: 0 },
];
const choice = () =>
  new PlaceChoice(
    (k) => terms[k]!,
    (entity) => entity === 0,
  );
const root = (html: string) => {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  return el;
};

describe('choosing the places worth reading', () => {
  it('reads places of wanted names, and of others only once an ambiguous name needs them', () => {
    const places = choice();
    expect([places.worth(4), places.worth(1), places.worth(2)]).toEqual([true, false, false]);
    places.notice([10, 0]);
    expect([places.worth(1), places.worth(2)]).toEqual([true, true]);
    expect(places.takeRereads()).toEqual([]);
  });

  it('reads a root again once, for the names now needed, however many of them it holds', () => {
    const places = choice();
    const a = root('Ukraine, Kyiv');
    const b = root('Kyiv');
    places.leftUnread(1, a);
    places.leftUnread(2, a);
    places.leftUnread(2, a);
    places.leftUnread(2, b);
    places.notice([3, 0, 40, 0]);
    places.need(terms[0]!);
    expect(places.takeRereads()).toEqual([
      [a, new Set([1, 2])],
      [b, new Set([2])],
    ]);
    // Needed once: not read again for it.
    places.notice([3, 0]);
    expect(places.takeRereads()).toEqual([]);
  });

  it('needs nothing page-wide for a phrase that finds its evidence in its own run, nor for a name not wanted', () => {
    const places = choice();
    places.leftUnread(1, root('Ukraine'));
    places.need(terms[3]!);
    places.need(terms[1]!);
    expect(places.takeRereads()).toEqual([]);
    expect(places.worth(1)).toBe(false);
  });

  it('forgets the roots the page let go, and stands the body for very many', () => {
    const places = choice();
    const gone = root('Ukraine');
    places.leftUnread(1, gone);
    gone.remove();
    const many = Array.from({ length: 70 }, () => root('Ukraine'));
    many.forEach((r) => places.leftUnread(1, r));
    const shadow = root('').attachShadow({ mode: 'open' });
    places.leftUnread(1, shadow);
    // An element in a shadow tree, which a walk of the body does not enter.
    shadow.innerHTML = '<section>Ukraine</section>';
    const inShadow = shadow.firstElementChild!;
    places.leftUnread(1, inShadow);
    places.need(terms[0]!);
    expect(places.takeRereads().map(([r]) => r)).toEqual([document.body, shadow, inShadow]);
  });
});
