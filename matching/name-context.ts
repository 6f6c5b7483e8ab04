/**
 * Words that may stand right before a surname without making it someone
 * else's: titles ("President Maduro", "Canciller Lavrov") and the words a
 * sentence starts with ("Yesterday Maduro…", "Según Guaidó…"). Any other
 * capitalised word there is taken as another given name: "Julio César
 * Chávez" is not Hugo Chávez, "Michael Bolton" not John Bolton. Folded
 * (lower case, no accents), in the languages Gloss reads. Without a list of
 * every given name, a sentence opening on another capitalised word before a
 * surname ("Слова Путина") is taken as a name too: a missed mark rather than
 * a wrong card.
 */

import { ROLES, type Role } from '../data/entity-kinds';

/**
 * Titles by the role they name. "Admiral Ushakov" is not the adviser Yuri
 * Ushakov: a title of a role the person never had means someone else, and one
 * they had confirms them as surely as their full name.
 */
const TITLES_BY_ROLE: Record<Role | 'other', string> = {
  head:
    'president presidents presidente presidenta president-elect mandatario prasident президент президента ' +
    'президентом президенту',
  vice: 'vice vice-president vicepresidente vizeprasident вице-президент віцепрезидент',
  minister:
    'minister ministers foreign ministro ministra ministre aussenminister canciller chanceler министр ' +
    'министра міністр',
  secretary: 'secretary secretario secretaria secretaire state госсекретарь держсекретар',
  spokesperson:
    'spokeswoman spokesman spokesperson portavoz vocero vocera porta-voz porte-parole sprecher sprecherin ' +
    'пресс-секретарь спикер представитель представителя речник речниця',
  diplomat: 'ambassador envoy embajador enviado enviada embaixador ambassadeur botschafter посол посла',
  adviser: 'adviser advisor aide asesor conselheiro conseiller berater советник помощник радник',
  military:
    'general gen commander colonel col lieutenant lt comandante coronel teniente генерал командующий генерала',
  legislator: 'senator sen rep representative congressman senador senadora diputado diputada депутат',
  // Roles none of the catalogue's people had: before their surname, someone else.
  other:
    'admiral adm judge justice king queen prince princess pope prime premier chancellor kanzler ' +
    'kanzlerin mayor bishop archbishop saint st captain capt sergeant sgt coach archduke tsar czar',
};

/** Words that fit before anyone's surname: courtesy titles and descriptions, not offices. */
const NEUTRAL_TITLES =
  'mr mrs ms dr sir lord lady leader deputy chief director chairman chairwoman chair official officials ' +
  'comrade candidate opposition interim acting former ex dictator strongman autocrat rival rivals ally allies ' +
  'team governor gov senor senora sr sra don dona lider jefe jefa opositor senhor senhora monsieur madame mme chef herr frau ' +
  'господин глава лидер лідер пан пані';

const OPENERS =
  'the a an and but or so yet then now today yesterday tomorrow tonight meanwhile however also still even only ' +
  'when while after before as if though although because since until under in on at for with by from to of about ' +
  'against without between this that these those here there why how what who whom whose where both neither either ' +
  'said says asked told like unlike did does do has have had is was will would could should can may might must ' +
  'not no yes per via vs versus let ' +
  'el la los las un una y e o pero hoy ayer manana segun para por con sin en de del al que cuando mientras aunque ' +
  'tras ante entre sobre como tambien os as mas hoje ontem segundo com sem em no na do da quando ' +
  'le les une et mais ou selon pour avec sans dans du des au aux quand hier ' +
  'der die das ein eine und aber oder heute gestern laut fur mit ohne im am an auf von vom zu zum zur dass wenn als auch ' +
  'и а но в во на с со по к о об от до из за для при как что когда сегодня вчера также однако ' +
  'і й та але у із від для як що коли сьогодні вчора також';

/** Each title's roles as bits of `ROLES` (0: fits anyone). */
export const TITLE_ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  for (const word of NEUTRAL_TITLES.split(' ')) roles.set(word, 0);
  for (const [role, words] of Object.entries(TITLES_BY_ROLE)) {
    const bit = role === 'other' ? 1 << ROLES.length : roleBits([role as Role]);
    for (const word of words.split(' ')) roles.set(word, (roles.get(word) ?? 0) | bit);
  }
  return roles;
})();

/** A person's roles as the bits `TITLE_ROLES` uses. */
export function roleBits(roles: readonly Role[]): number {
  return roles.reduce((bits, role) => bits | (1 << ROLES.indexOf(role)), 0);
}

export const NAME_PREFIXES: ReadonlySet<string> = new Set([...TITLE_ROLES.keys(), ...OPENERS.split(' ')]);

/** Verb and adverb endings no given name has: "Meeting Lavrov", "Reportedly Maduro", "Hablando Guaidó". */
export const NOT_NAME_ENDINGS = /^.{3,}(?:ing|ed|ly|mente|ando|endo|iendo)$/;

/** Particles inside Arabic names ("Hafez al-Assad"): the given name is the word before them. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'bin',
  'ibn',
  'ben',
]);

/**
 * After a name, it is someone else's: "Donald Trump Jr.", "John Bolton III".
 * Sticky: tried where a name ends (`lastIndex`), in the page's own text.
 */
export const NAME_SUFFIX = /,?\s+(?:Jr|Sr|Jnr|Snr)\b\.?|\s+(?:II|III|IV)\b/y;
