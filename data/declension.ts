/**
 * Russian and Ukrainian decline names: "Песков" is "Пескова", "Пескову",
 * "Песковым" and "Пескове" in a sentence, "Венесуела" is "Венесуелі". The
 * catalogue gives each name once, in the nominative, and these rules derive
 * the case forms news uses from its ending (genitive, dative, accusative,
 * instrumental, prepositional or locative; duplicates removed). Names ending
 * in -о, -е, -и, -у ("Мадуро", "Гуайдо", "Помпео") do not decline.
 */
import type { FormDef } from './entity-kinds';

export type Language = 'ru' | 'uk';
/** Surnames in -ов/-ев/-ин and -ова/-ева/-ина decline as adjectives do; other names as nouns. */
export type NameKind = 'surname' | 'noun';

const SIBILANT_OR_VELAR = /[гкхжшчщ]$/;
const SIBILANT = /[жшчщц]$/;

/** The endings each language adds to a stem, by the nominative's ending. */
function endings(word: string, language: Language, kind: NameKind): [stem: string, endings: string[]] {
  const ru = language === 'ru';
  const cut = (n: number) => word.slice(0, word.length - n);
  if (/[иі]я$/.test(word)) return [cut(1), ru ? ['и', 'ю', 'ей'] : ['ї', 'ю', 'єю']];
  if (kind === 'surname' && /(ов|ев|єв|ин|ін|ын)а$/.test(word))
    return [cut(1), ru ? ['ой', 'у'] : ['ої', 'ій', 'у', 'ою']];
  if (word.endsWith('а')) {
    const stem = cut(1);
    const genitive = ru && SIBILANT_OR_VELAR.test(stem) ? 'и' : ru ? 'ы' : 'и';
    return [stem, ru ? [genitive, 'е', 'у', 'ой'] : [genitive, 'і', 'у', 'ою']];
  }
  if (word.endsWith('й')) return [cut(1), ru ? ['я', 'ю', 'ем', 'е'] : ['ю', 'єм', 'ї']];
  // "Кремлём": folding reads ё as е, so one spelling covers both.
  if (word.endsWith('ь')) return [cut(1), ru ? ['я', 'ю', 'ем', 'е'] : ['я', 'ю', 'ем', 'і']];
  if (/[оеиуіэ]$/.test(word)) return [word, []];
  if (kind === 'surname' && /(ов|ев|єв|ин|ін|ын)$/.test(word))
    return [word, ru ? ['а', 'у', 'ым', 'е'] : ['а', 'у', 'им', 'і']];
  return [word, ['а', 'у', SIBILANT.test(word) ? 'ем' : 'ом', ru ? 'е' : 'і']];
}

/**
 * A one-word name and its case forms. Full names are listed in the
 * nominative only: in other cases the surname's forms mark them, and the
 * given name before it ("Владимира Путина") confirms whose it is.
 */
export function caseForms(nominative: string, language: Language, kind: NameKind): string[] {
  const [stem, added] = endings(nominative, language, kind);
  return [...new Set([nominative, ...added.map((ending) => stem + ending)])];
}

/** `caseForms` as catalogue forms, each with the same rules (`def`) as the nominative. */
export function declined(
  nominative: string,
  language: Language,
  kind: NameKind,
  def: Omit<FormDef, 'text'> = {},
): (string | FormDef)[] {
  return caseForms(nominative, language, kind).map((text) =>
    Object.keys(def).length ? { ...def, text } : text,
  );
}
