/** The welcome page's example paragraph, marked by the same matcher pages get. */
import dictionary from '../../data/generated/dictionary.json';
import { matcherOf, type Dictionary } from '../../matching/terms';
import { withEvidence, evidenceOf } from '../../matching/evidence';

const dict = dictionary as unknown as Dictionary;

/** `text` cut into plain text and the mentions Gloss finds in it. */
export function examplePieces(text: string): { text: string; entity?: string }[] {
  const found = matcherOf(dict).find(text);
  const pieces: { text: string; entity?: string }[] = [];
  let at = 0;
  for (const m of withEvidence(found, evidenceOf(found))) {
    pieces.push(
      { text: text.slice(at, m.start) },
      { text: text.slice(m.start, m.end), entity: dict.ids[m.term.entity] },
    );
    at = m.end;
  }
  pieces.push({ text: text.slice(at) });
  return pieces;
}
