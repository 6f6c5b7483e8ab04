/* eslint-disable max-lines -- the catalogue's names and descriptions in six languages: data, one line per entity and language */
/**
 * Names in other languages, by entity id: Gloss runs on news in Spanish,
 * Portuguese, French, German, Russian and Ukrainian too. Russian and
 * Ukrainian decline names: their case forms are derived from the nominative
 * (`declined`, data/declension.ts). Merged into the catalogue by
 * `withTranslations`.
 */
import { declined } from './declension';
import { formText, type EntityDef, type FormDef } from './entity-kinds';

const acronym = (text: string): FormDef => ({ text, exactCase: true });
const ru = (nominative: string, def?: Omit<FormDef, 'text'>) => declined(nominative, 'ru', 'noun', def);
const uk = (nominative: string, def?: Omit<FormDef, 'text'>) => declined(nominative, 'uk', 'noun', def);
/** Surnames in -ов/-ин/-ова decline like adjectives: "Лавровым", "Захаровой". */
const ruSurname = (nominative: string, def?: Omit<FormDef, 'text'>) =>
  declined(nominative, 'ru', 'surname', def);
const ukSurname = (nominative: string, def?: Omit<FormDef, 'text'>) =>
  declined(nominative, 'uk', 'surname', def);

const VENEZUELA_CONTEXT = ['venezuela', 'caracas', 'juan-guaido', 'nicolas-maduro'];

export const TRANSLATIONS: Record<string, (string | FormDef)[]> = {
  'juan-guaido': ['Хуан Гуайдо', 'Гуайдо'],
  'nicolas-maduro': ['Николас Мадуро', 'Мадуро', 'Ніколас Мадуро'],
  'vladimir-putin': [
    'Владимир Путин',
    ...ruSurname('Путин'),
    'Володимир Путін',
    ...ukSurname('Путін'),
    'Poutine',
  ],
  'dmitry-peskov': [
    'Dmitri Peskow',
    'Peskow',
    'Дмитрий Песков',
    ...ruSurname('Песков'),
    'Дмитро Пєсков',
    ...ukSurname('Пєсков'),
  ],
  'sergey-ryabkov': [
    'Riabkov',
    'Rjabkow',
    'Сергей Рябков',
    ...ruSurname('Рябков'),
    'Сергій Рябков',
    ...ukSurname('Рябков'),
  ],
  'sergey-lavrov': [
    'Serguéi Lavrov',
    'Sergej Lawrow',
    'Lawrow',
    'Сергей Лавров',
    ...ruSurname('Лавров'),
    'Сергій Лавров',
    ...ukSurname('Лавров'),
  ],
  'maria-zakharova': [
    'María Zajárova',
    { text: 'Zajárova', evidencedBy: ['russian-foreign-ministry'] },
    'Maria Sacharowa',
    { text: 'Sacharowa', evidencedBy: ['russian-foreign-ministry'] },
    'Мария Захарова',
    ...ruSurname('Захарова', { evidencedBy: ['russian-foreign-ministry'] }),
    'Марія Захарова',
    ...ukSurname('Захарова', { evidencedBy: ['russian-foreign-ministry'] }),
  ],
  'mike-pompeo': ['Майк Помпео', 'Помпео'],
  'john-bolton': ['Джон Болтон', ...ru('Болтон'), ...uk('Болтон')],
  'elliott-abrams': [
    'Эллиотт Абрамс',
    'Эллиот Абрамс',
    { text: 'Абрамс', ambiguous: 'the M1 Abrams tank', evidencedBy: ['venezuela'] },
  ],
  'donald-trump': ['Дональд Трамп', ...ru('Трамп'), ...uk('Трамп')],
  'mike-pence': ['Майк Пенс', ...ru('Пенс'), ...uk('Пенс')],
  'yuri-ushakov': [
    { text: 'Uschakow', evidencedBy: ['kremlin'] },
    'Юрий Ушаков',
    ...ruSurname('Ушаков', { evidencedBy: ['kremlin'] }),
    'Юрій Ушаков',
    ...ukSurname('Ушаков', { evidencedBy: ['kremlin'] }),
  ],
  'bashar-al-assad': [
    'Bashar al Asad',
    'al Asad',
    'Bachar el-Assad',
    'Baschar al-Assad',
    'Башар Асад',
    'Башар аль-Асад',
    ...ru('Асад'),
    ...uk('Асад'),
  ],
  'hugo-chavez': [
    'Уго Чавес',
    ...ru('Чавес', { evidencedBy: ['venezuela', 'nicolas-maduro'] }),
    ...uk('Чавес', { evidencedBy: ['venezuela', 'nicolas-maduro'] }),
  ],
  'barack-obama': ['Барак Обама', ...ru('Обама'), ...uk('Обама')],
  'viktor-yanukovych': [
    'Janukowitsch',
    'Виктор Янукович',
    ...ru('Янукович'),
    'Віктор Янукович',
    ...uk('Янукович'),
  ],
  'vasily-tonkoshkurov': ['Василий Тонкошкуров', ...ruSurname('Тонкошкуров')],
  venezuela: [...ru('Венесуэла'), ...uk('Венесуела')],
  russia: ['Rusia', 'Russie', 'Russland', ...ru('Россия'), ...uk('Росія')],
  'united-states': [
    'Estados Unidos',
    'EE. UU.',
    'EE.UU.',
    'EE UU',
    acronym('EEUU'),
    // "EUA" is also an Emergency Use Authorization in English health news: only near other names.
    {
      text: 'EUA',
      exactCase: true,
      generic: 'an Emergency Use Authorization in health news',
      evidencedBy: ['venezuela', 'russia', 'china', 'cuba', 'donald-trump', 'washington'],
    },
    'États-Unis',
    'Vereinigte Staaten',
    acronym('США'),
    'Соединённые Штаты',
    'Сполучені Штати',
  ],
  china: [...ru('Китай'), ...uk('Китай'), 'Chine'],
  syria: ['Siria', 'Syrie', 'Syrien', ...ru('Сирия'), ...uk('Сирія')],
  cuba: [...ru('Куба'), ...uk('Куба')],
  ukraine: ['Ucrania', ...ru('Украина'), ...uk('Україна')],
  'soviet-union': ['Unión Soviética', acronym('URSS'), acronym('СССР'), acronym('СРСР')],
  moscow: ['Moscú', 'Moscou', 'Moskau', ...ru('Москва'), ...uk('Москва')],
  washington: [
    ...ru('Вашингтон', { ambiguous: 'other places of that name', evidencedBy: ['united-states'] }),
    ...uk('Вашингтон', { ambiguous: 'other places of that name', evidencedBy: ['united-states'] }),
  ],
  caracas: [...ru('Каракас'), ...uk('Каракас')],
  kyiv: ['Kiew', ...ru('Киев'), 'Київ', 'Києва', 'Києву', 'Києві', 'Києвом'],
  kremlin: ['Kreml', ...ru('Кремль'), ...uk('Кремль')],
  maidan: [
    ...ru('Майдан', { ambiguous: 'the word for a square', evidencedBy: ['ukraine', 'kyiv'] }),
    ...uk('Майдан', { ambiguous: 'the word for a square', evidencedBy: ['ukraine', 'kyiv'] }),
  ],
  'lima-group': [
    'Groupe de Lima',
    'Lima-Gruppe',
    'Лимская группа',
    'Лимской группы',
    'Лимскую группу',
    'Лимской группой',
    'Лимской группе',
    'Группа Лима',
    'Группы Лима',
    'Группе Лима',
    'Лімська група',
    'Лімської групи',
    'Лімську групу',
    'Лімською групою',
    'Лімській групі',
  ],
  caricom: ['Comunidad del Caribe', 'Communauté caribéenne', 'КАРИКОМ', 'Карибское сообщество'],
  'european-union': [
    'Unión Europea',
    'União Europeia',
    'Union européenne',
    'Europäische Union',
    acronym('UE'),
    acronym('ЕС'),
    'Евросоюз',
    'Евросоюза',
    'Євросоюз',
  ],
  oas: [
    'Organización de los Estados Americanos',
    'Organización de Estados Americanos',
    'Organização dos Estados Americanos',
    acronym('OEA'),
    acronym('ОАГ'),
  ],
  nato: [acronym('OTAN'), acronym('НАТО')],
  pentagon: ['Pentágono', 'Пентагон', 'Пентагона'],
  'us-state-department': ['Departamento de Estado', 'Госдепартамент', 'Госдепартамента', 'Госдеп', 'Госдепа'],
  'russian-foreign-ministry': [
    'Ministerio de Asuntos Exteriores de Rusia',
    'Ministerio de Exteriores ruso',
    'Ministério das Relações Exteriores da Rússia',
    'ministère russe des Affaires étrangères',
    'russische Außenministerium',
    'russischen Außenministerium',
    'russischen Außenministeriums',
    'МИД России',
    'МИД РФ',
    'МЗС Росії',
  ],
  'national-assembly': [
    'Asamblea Nacional de Venezuela',
    ...['Asamblea Nacional', 'Национальное собрание', 'Национального собрания'].map((text): FormDef => ({
      text,
      generic: "other countries' parliaments",
      evidencedBy: VENEZUELA_CONTEXT,
    })),
  ],
  rosneft: [...ru('Роснефть'), 'Роснефтью'],
  petrocaribe: ['Петрокарибе'],
  'astana-format': [
    'formato de Astaná',
    'proceso de Astaná',
    'format d’Astana',
    'processus d’Astana',
    'Astana-Format',
    'астанинский формат',
    'астанинского формата',
    'астанинском формате',
    'астанинский процесс',
    'астанинского процесса',
  ],
  'minsk-agreements': [
    'acuerdos de Minsk',
    'accords de Minsk',
    'Minsker Abkommen',
    'Минские соглашения',
    'Минских соглашений',
    'Мінські угоди',
  ],
  'un-charter': ['Carta de la ONU', 'Carta de las Naciones Unidas', 'Charte des Nations unies', 'Устав ООН'],
  'monroe-doctrine': [
    'Doutrina Monroe',
    'doctrine Monroe',
    'Monroe-Doktrin',
    'доктрина Монро',
    'доктрины Монро',
    'доктрину Монро',
    'доктриной Монро',
    'доктрине Монро',
    'доктрина Монро',
  ],
  'hybrid-war': ['guerra híbrida', 'guerre hybride', 'гибридная война', 'гибридной войны', 'гибридную войну'],
  'color-revolution': [
    'revolución de colores',
    'révolution de couleur',
    'цветная революция',
    'цветной революции',
    'цветных революций',
  ],
  'regime-change': ['cambio de régimen', 'смена режима', 'смены режима'],
  'venezuelan-crisis': [
    'crisis venezolana',
    'crise vénézuélienne',
    'венесуэльский кризис',
    'венесуэльского кризиса',
  ],
  'cuban-missile-crisis': [
    'crisis de los misiles',
    'crise des missiles de Cuba',
    'Kubakrise',
    'Карибский кризис',
    'Карибского кризиса',
  ],
  'syrian-civil-war': ['guerra civil siria', 'guerre civile syrienne', 'гражданская война в Сирии'],
  'russo-ukrainian-war': ['guerra en Ucrania', 'guerre en Ukraine', 'война в Донбассе', 'війна на Донбасі'],
  'private-military-companies': ['Grupo Wagner', 'Wagner-Gruppe', 'ЧВК Вагнер', 'ЧВК «Вагнер»'],
};

/** The catalogue with each entity's translations added, each form once. */
export function withTranslations(catalogue: readonly EntityDef[]): EntityDef[] {
  return catalogue.map((e) => {
    const forms = TRANSLATIONS[e.id];
    if (!forms) return e;
    const seen = new Set<string>();
    const once = forms.filter((f) => {
      const text = formText(f);
      return !seen.has(text) && seen.add(text);
    });
    return { ...e, translations: once };
  });
}
