import { afterEach, describe, expect, it } from 'vitest';
import index from '../data/generated/corpus-index.json';
import type { CorpusIndex } from '../data/corpus-index';
import es from '../data/catalogue.es.json';
import { cardFor } from '../card/card-content';
import { entityDescription, entityName, inReaderLanguage, loadEntityNames } from './entity-names';
import { searchEntities } from './entity-search';

const corpus = index as CorpusIndex;
afterEach(() => loadEntityNames('en'));

describe("the catalogue in the reader's language", () => {
  it('names entities and describes them in the language loaded, with a capital to head a card or a list', async () => {
    await loadEntityNames('es');
    expect(entityName('lima-group')).toBe('Grupo de Lima');
    expect(entityName('astana-format')).toBe('Formato de Astaná');
    expect(entityDescription('nicolas-maduro')).toBe(es['nicolas-maduro'].description);
    expect(entityName('no-such-entity')).toBe('no-such-entity');
  });

  it("turns a card's own words into the language, and leaves the articles' as written", async () => {
    const english = cardFor(corpus, 'monroe-doctrine')!;
    await loadEntityNames('ru');
    const card = inReaderLanguage(english);
    expect(card.name).toBe('Доктрина Монро');
    expect(card.description).not.toBe(english.description);
    expect(card.checked).toBe('2026-12');
    expect(card.related.map((r) => r.name)).toEqual(card.related.map((r) => entityName(r.id)));
    expect(card.related.map((r) => r.name)).not.toEqual(english.related.map((r) => r.name));
    expect(card.articles).toEqual(english.articles);
  });

  it('stays English where Gloss has no other language', async () => {
    await loadEntityNames('en');
    expect(entityName('lima-group')).toBe('Lima Group');
    const english = cardFor(corpus, 'lima-group')!;
    expect(inReaderLanguage(english)).toEqual(english);
  });

  it('is found by its name in the language and in English', async () => {
    await loadEntityNames('de');
    expect(searchEntities('Lima-Gruppe')[0]?.id).toBe('lima-group');
    expect(searchEntities('Lima Group')[0]?.id).toBe('lima-group');
  });
});
