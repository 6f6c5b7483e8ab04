import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../data/articles';
import { CATALOGUE, ENTITY_KINDS } from '../data/catalogue';
import { bodyRange } from './article-text';
import { compileIndex } from './compile-index';
import { fold } from '../matching/fold';

const texts = Object.fromEntries(
  ARTICLES.map((a) => [a.file, readFileSync(new URL(`../data/corpus/${a.file}`, import.meta.url), 'utf8')]),
);
const index = compileIndex(texts);
const rawOf = (article: string) => texts[ARTICLES.find((a) => a.id === article)!.file]!;

describe('the corpus', () => {
  it('is the five texts exactly as received, by the SHA-256 recorded when they were received', () => {
    // data/corpus-sha256.txt is `sha256sum` of ../shared/corpus/*.txt, so this runs in every clone.
    const recorded = readFileSync(new URL('../data/corpus-sha256.txt', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/) as [string, string]);
    expect(recorded.map(([, file]) => file)).toEqual(ARTICLES.map((a) => a.file));
    for (const [sum, file] of recorded)
      expect(
        createHash('sha256')
          .update(readFileSync(new URL(`../data/corpus/${file}`, import.meta.url)))
          .digest('hex'),
      ).toBe(sum);
  });

  // The received copy sits beside the repository on the project's machines and in CI: checked too where it is.
  const received = new URL('../../shared/corpus/', import.meta.url);
  it.skipIf(!existsSync(received))('matches the received copy beside the repository', () => {
    for (const a of ARTICLES) expect(texts[a.file]).toBe(readFileSync(new URL(a.file, received), 'utf8'));
  });

  it("shows only metadata found in each article's own text", () => {
    for (const a of ARTICLES) {
      const raw = texts[a.file]!;
      const printed = [
        a.printedDate,
        a.author,
        // A descriptive title is ours, not the article's.
        a.titleIsDescriptive ? undefined : a.title,
        a.outlet,
        a.firstPublishedIn,
        a.url,
      ];
      for (const said of printed.filter((p) => p !== undefined)) expect(raw).toContain(said);
      expect(a.date.slice(0, 4)).toBe('2019');
    }
    // 002 has no headline and no outlet: nothing may pretend otherwise.
    const khara = ARTICLES.find((a) => a.id === '002')!;
    expect(khara.titleIsDescriptive).toBe(true);
    expect(khara.outlet).toBeUndefined();
  });
});

describe('the catalogue', () => {
  it('has at least 80 entities with unique ids, known kinds and a description', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
    for (const e of CATALOGUE) {
      expect(ENTITY_KINDS).toContain(e.kind);
      expect(e.description.length).toBeGreaterThan(10);
    }
  });

  it('lists each folded form once: no form shared by two entities, no variant that folding already covers', () => {
    const seen = new Set<string>();
    for (const e of CATALOGUE) {
      for (const f of [...e.forms, ...(e.translations ?? [])]) {
        const key = fold(typeof f === 'string' ? f : f.text);
        expect(seen.has(key), `${e.id}: ${key}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('finds every form in the texts, unless it is marked as not in them', () => {
    const matched = new Set(index.mentions.map((m) => fold(rawOf(m.article).slice(m.start, m.end))));
    for (const e of CATALOGUE) {
      for (const f of e.forms) {
        const form = typeof f === 'string' ? { text: f } : f;
        const found = matched.has(fold(form.text));
        expect(found, `${e.id}: "${form.text}"`).toBe(!form.notInTexts);
      }
    }
  });
});

describe('the compiled index', () => {
  it('points every mention at text that is one of its entity forms', () => {
    expect(index.mentions.length).toBeGreaterThan(400);
    const forms = new Map(
      CATALOGUE.map((e) => [e.id, new Set(e.forms.map((f) => fold(typeof f === 'string' ? f : f.text)))]),
    );
    for (const m of index.mentions) {
      const raw = rawOf(m.article);
      expect(forms.get(m.entity)!.has(fold(raw.slice(m.start, m.end)))).toBe(true);
      const passage = index.passages[m.passage]!;
      expect(passage.article).toBe(m.article);
      expect(m.start).toBeGreaterThanOrEqual(passage.start);
      expect(m.end).toBeLessThanOrEqual(passage.end);
      expect(fold(passage.text.slice(m.textStart, m.textEnd))).toBe(fold(raw.slice(m.start, m.end)));
    }
  });

  it('takes no passage from a header or footer', () => {
    for (const p of index.passages) {
      const { start, end } = bodyRange(rawOf(p.article));
      expect(p.start).toBeGreaterThanOrEqual(start);
      expect(p.end).toBeLessThanOrEqual(end);
      expect(p.text).not.toMatch(
        /original source of this article|Copyright ©|For media inquiries|Note to readers|Disclaimer|Original url|views expressed in opinion pieces|Featured image|Related article/i,
      );
    }
  });

  it('starts each article at its first paragraph and strips the markup', () => {
    const first = (id: string) => index.passages.find((p) => p.article === id)!.text;
    expect(first('000')).toMatch(/^Contrary to the Alt-Media Community’s/);
    expect(first('002')).toMatch(/^Russia sent two planes/);
    expect(first('003')).toMatch(/^The Foreign Ministry spokesperson Maria Zakharova acknowledged in Moscow/);
    expect(first('004')).toMatch(/^Russia's deployment of military personnel/);
    for (const p of index.passages) expect(p.text).not.toMatch(/\]\(|\*\*|\\\$|<sup>/);
    // Paragraphs broken at old page boundaries are joined; whole paragraphs are not.
    const texts = index.passages.map((p) => p.text);
    expect(texts.some((t) => t.includes('de-escalate this crisis as soon as possible.'))).toBe(true);
    expect(texts.some((t) => t.includes('world peace." Elliot Abrams'))).toBe(false);
  });

  it('round-trips through the generated file', () => {
    const generated = readFileSync(new URL('../data/generated/corpus-index.json', import.meta.url), 'utf8');
    expect(JSON.parse(generated)).toEqual(JSON.parse(JSON.stringify(index)));
  });
});
