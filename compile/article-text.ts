/**
 * Reading the corpus files: where an article's body starts and ends, its
 * paragraphs, and their Markdown-ish markup turned into plain text.
 * Pure functions over strings; offsets are always into the raw file.
 */

export interface Block {
  start: number;
  end: number;
}

/**
 * Lines from which on everything is footer: reader notes, republishing
 * credits, copyright, disclaimers, author bios, "related article" links and
 * the original URL. Nothing at or after the first of them is what the article
 * said.
 */
const FOOTER = [
  /^\\?\*\s*$/m,
  /^Note to readers:/m,
  /^\*?This article was originally published/m,
  /^The original source of this article/m,
  /^\*The views expressed in opinion pieces/m,
  /^Oleksandr Khara is an expert/m,
  /^Original url:/m,
];

/** Single lines inside the body that are site furniture, not text. */
const FURNITURE = /^(\*\*Related article:\*\*|Featured image)/;

/** The header ends where the first real paragraph (a long one) begins. */
const FIRST_PARAGRAPH_MIN = 120;

export function bodyRange(raw: string): Block {
  let end = raw.length;
  for (const footer of FOOTER) {
    const found = footer.exec(raw);
    if (found && found.index < end) end = found.index;
  }
  const start = lines(raw, 0, end).find((l) => l.end - l.start >= FIRST_PARAGRAPH_MIN)?.start ?? 0;
  return { start, end };
}

function lines(raw: string, from: number, to: number): Block[] {
  const out: Block[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(raw); m && m.index < to; m = re.exec(raw)) {
    const text = m[0].trim();
    if (text) out.push({ start: m.index, end: Math.min(m.index + m[0].trimEnd().length, to) });
  }
  return out;
}

/**
 * The body's paragraphs. The exported texts break some paragraphs in two at
 * old page boundaries ("as soon as" / "possible."): a line that goes on in
 * lower case, or a long line that stops without punctuation, is joined to the
 * next one.
 */
export function paragraphs(raw: string): Block[] {
  const { start, end } = bodyRange(raw);
  const out: Block[] = [];
  for (const line of lines(raw, start, end)) {
    const text = raw.slice(line.start, line.end);
    if (FURNITURE.test(text)) continue;
    const prev = out.at(-1);
    if (prev && continues(raw.slice(prev.start, prev.end), text)) prev.end = line.end;
    else out.push({ ...line });
  }
  return out;
}

function continues(before: string, after: string): boolean {
  if (/^\p{Ll}/u.test(after)) return true;
  return before.length > 200 && /\p{L}$/u.test(before);
}

/**
 * Plain text of raw[start, end) without the Markdown-ish markup (links,
 * emphasis, escapes, headings, <sup>), and for each character of it the
 * offset in `raw` it came from, so mentions can be highlighted in it.
 */
export function plainText(raw: string, start: number, end: number): { text: string; from: number[] } {
  const skip = /\]\([^)]*\)|\*\*|\*|\[|<\/?sup>|^#+ |\\(?=[\\$*_[\]])/my;
  let text = '';
  const from: number[] = [];
  let i = start;
  while (i < end) {
    skip.lastIndex = i;
    const markup = skip.exec(raw);
    if (markup && markup.index === i && markup[0].length > 0) {
      i += markup[0].length;
      continue;
    }
    const c = raw[i]!;
    if (/\s/.test(c)) {
      if (!text.endsWith(' ')) {
        text += ' ';
        from.push(i);
      }
    } else {
      text += c;
      from.push(i);
    }
    i++;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
  }
  return { text, from };
}
