/**
 * The rule bits each form carries (set in the catalogue, compiled by
 * compile/dictionary.ts) and the shapes of a term and of a match: what every
 * part of matching, and the pages that judge evidence, share.
 */
/** Bits of `Term.flags`; see the catalogue for what each rule is for. */
export const EXACT_CASE = 1;
export const COMMON_WORD = 2;
export const ANY_CASE = 4;
export const AMBIGUOUS = 8;
/** A phrase that contains a form but names something else ("Washington Post"). */
export const NOT_AN_ENTITY = 16;
/** A person's surname on its own ("Bolton"): not theirs after another given name ("Michael Bolton"). */
export const SURNAME = 32;
/** The form starts with a capital, so the page's text must too (unless `ANY_CASE`). */
export const CAPITALISED = 64;
/**
 * A phrase any country or body may use ("Foreign Ministry", "Russian troops"):
 * it is this entity only with evidence near it, in the same paragraph, or when
 * the words around it name the owner ("Russia's Foreign Ministry").
 */
export const NEAR = 128;
/** A surname that is an everyday word too ("Pence"): at a sentence start it needs evidence near it. */
export const SENTENCE_WORD = 256;
/** Any form of a person's name: not theirs when a suffix follows ("Donald Trump Jr."). */
export const PERSON = 512;

export interface Term {
  /** Index of the entity in the dictionary. */
  entity: number;
  /** The form as written in the catalogue. */
  form: string;
  flags: number;
  /** For `AMBIGUOUS` forms: entities whose unambiguous presence confirms it. */
  evidence?: readonly number[];
}

export interface Match {
  start: number;
  end: number;
  term: Term;
  /** The words around it name the entity (a title that fits, its owner): as good as an unambiguous form. */
  confirmed?: true;
  /** Needs evidence near it, in the same paragraph, rather than anywhere on the page. */
  near?: true;
}
