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
const TITLES =
  'president presidents vice minister ministers secretary senator sen rep representative ambassador envoy ' +
  'spokeswoman spokesman spokesperson adviser advisor general gen mr mrs ms dr sir lord lady leader chancellor ' +
  'governor gov prime premier deputy foreign commander colonel col admiral adm judge justice king queen prince ' +
  'pope chief director chairman chairwoman chair official officials comrade candidate opposition interim acting ' +
  'former ex dictator strongman autocrat rival rivals ally allies team ' +
  'presidente presidenta canciller ministro ministra senador senadora secretario secretaria embajador enviado ' +
  'enviada senor senora sr sra don dona lider mandatario diputado diputada jefe jefa asesor portavoz vocero vocera ' +
  'opositor chanceler senhor senhora embaixador conselheiro porta-voz ' +
  'ministre monsieur madame mme chef ambassadeur conseiller secretaire porte-parole ' +
  'prasident aussenminister herr frau kanzler kanzlerin sprecher sprecherin botschafter berater ' +
  'президент министр глава госсекретарь посол советник спикер лидер господин ' +
  'міністр речник лідер пан пані';
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

export const NAME_PREFIXES: ReadonlySet<string> = new Set(`${TITLES} ${OPENERS}`.split(' '));

/** Verb and adverb endings no given name has: "Meeting Lavrov", "Reportedly Maduro", "Hablando Guaidó". */
export const NOT_NAME_ENDINGS = /^.{3,}(?:ing|ed|ly|mente|ando|endo|iendo)$/;
