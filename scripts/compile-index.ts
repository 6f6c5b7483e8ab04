/** `npm run index`: writes data/generated/corpus-index.json, dictionary.json and page-terms.json. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ARTICLES } from '../data/articles';
import { compileIndex } from '../compile/compile-index';
import { buildDictionary, forShipping } from '../compile/dictionary';
import { pageTermsOf } from '../matching/terms';

const root = new URL('../data/', import.meta.url);
const texts = Object.fromEntries(
  ARTICLES.map((a) => [a.file, readFileSync(new URL(`corpus/${a.file}`, root), 'utf8')]),
);
const index = compileIndex(texts);
mkdirSync(new URL('generated/', root), { recursive: true });
writeFileSync(new URL('generated/corpus-index.json', root), JSON.stringify(index));
const dictionary = buildDictionary();
writeFileSync(new URL('generated/dictionary.json', root), JSON.stringify(forShipping(dictionary)));
writeFileSync(new URL('generated/page-terms.json', root), JSON.stringify(pageTermsOf(dictionary)));
console.log(
  `gloss index: ${index.entities.length} entities, ${index.mentions.length} mentions, ${index.passages.length} passages`,
);
