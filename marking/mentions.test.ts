// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { Mentions } from './mentions';
import { fakeRegistry, type FakeHighlight } from './fake-highlights';

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = fakeRegistry();
});

const textOf = (html: string) => {
  document.body.innerHTML = html;
  return document.body.querySelector('p')!.firstChild as Text;
};

describe('Mentions, the ranges Gloss keeps', () => {
  it('puts one live range per mention in gloss and in its entity highlight, and takes them out again', () => {
    const text = textOf('<p>Maduro met Lavrov.</p>');
    const mentions = new Mentions(registry as unknown as HighlightRegistry);
    mentions.add([
      { nodes: [text], start: 0, end: 6, entity: 'nicolas-maduro' },
      { nodes: [text], start: 11, end: 17, entity: 'sergey-lavrov' },
    ]);
    mentions.paint();
    const all = [...registry.get('gloss')!] as Range[];
    expect(all.map((r) => r.toString())).toEqual(['Maduro', 'Lavrov']);
    expect([...registry.get('gloss-entity-sergey-lavrov')!]).toEqual([all[1]]);
    expect(Object.fromEntries(mentions.countsByEntity())).toEqual({
      'nicolas-maduro': 1,
      'sergey-lavrov': 1,
    });

    // The page rewrote the text: its mentions go, from the index and the registry.
    expect(mentions.drop(text).sort()).toEqual(['nicolas-maduro', 'sergey-lavrov']);
    expect(registry.get('gloss')!.size).toBe(0);
    expect(registry.get('gloss-entity-sergey-lavrov')?.size ?? 0).toBe(0);
    expect(mentions.size).toBe(0);
  });

  it('keeps a name split by markup as one range across its nodes, gone when any of them changes', () => {
    document.body.innerHTML = '<p>the <b>Lima</b> Group met</p>';
    const lima = document.querySelector('b')!.firstChild as Text;
    const group = document.querySelector('b')!.nextSibling as Text;
    const mentions = new Mentions(registry as unknown as HighlightRegistry);
    mentions.add([{ nodes: [lima, group], start: 0, end: 6, entity: 'lima-group' }]);
    mentions.paint();
    const [range] = [...registry.get('gloss')!] as Range[];
    expect(range!.toString()).toBe('Lima Group');
    expect(mentions.in(lima)).toEqual(mentions.in(group));
    expect([...mentions]).toHaveLength(1);
    expect(mentions.drop(group)).toEqual(['lima-group']);
    expect(mentions.in(lima)).toEqual([]);
    expect(registry.get('gloss')!.size).toBe(0);
  });

  it('paints a state on one mention at a time, and clears every highlight it made', () => {
    const text = textOf('<p>Maduro met Lavrov.</p>');
    const mentions = new Mentions(registry as unknown as HighlightRegistry);
    mentions.add([{ nodes: [text], start: 0, end: 6, entity: 'nicolas-maduro' }]);
    mentions.paint();
    const [maduro] = mentions.in(text);
    mentions.show('hover', maduro);
    expect([...registry.get('gloss-hover')!]).toEqual([maduro!.range]);
    mentions.show('hover', undefined);
    expect(registry.get('gloss-hover')!.size).toBe(0);
    mentions.clear();
    expect([...registry.keys()].filter((name) => (registry.get(name)?.size ?? 0) > 0)).toEqual([]);
  });
});
