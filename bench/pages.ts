/**
 * News-like pages for the benchmark, built from the corpus paragraphs: a
 * masthead, navigation, articles whose paragraphs are broken by links and
 * emphasis every few words (as real pages are), and link-heavy sidebars.
 */
import index from '../data/generated/corpus-index.json' with { type: 'json' };

const paragraphs = index.passages.map((p) => p.text);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function paragraph(text: string, seed: number): string {
  const words = text.split(' ');
  let out = '';
  for (let i = 0, k = seed; i < words.length; k++) {
    const n = 4 + (k % 7);
    const chunk = esc(words.slice(i, i + n).join(' ')) + ' ';
    out += k % 3 === 1 ? `<a href="#n${k}">${chunk}</a>` : k % 5 === 2 ? `<em>${chunk}</em>` : chunk;
    i += n;
  }
  return `<p>${out}</p>`;
}

/** A page of about `bytes` bytes of HTML. */
export function newsPage(bytes: number): string {
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench news</title></head><body>',
    '<header><h1>The Bench Herald</h1><nav>',
    ...['World', 'Americas', 'Europe', 'Opinion', 'Business', 'Culture'].map((s) => `<a href="#">${s}</a> `),
    '</nav></header><main>',
  ];
  let size = parts.join('').length;
  for (let k = 0; size < bytes; k++) {
    const article = [
      `<article><h2>${esc(index.articles[k % 5]!.title)}</h2><p class="byline">By a correspondent</p>`,
    ];
    for (let j = 0; j < 12; j++)
      article.push(paragraph(paragraphs[(k * 12 + j) % paragraphs.length]!, k + j));
    article.push(
      '<aside><ul>',
      ...Array.from({ length: 6 }, (_, j) => `<li><a href="#">Related story ${k}-${j}</a></li>`),
      '</ul></aside></article>',
    );
    const html = article.join('');
    parts.push(html);
    size += html.length;
  }
  parts.push('</main></body></html>');
  return parts.join('');
}
