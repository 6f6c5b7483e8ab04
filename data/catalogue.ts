/* eslint-disable max-lines -- the hand-written catalogue: one entry per entity, read as data, not code */
/**
 * The entity catalogue: who and what the five articles discuss.
 *
 * Only the names, kinds, surface forms and descriptions are written by hand.
 * Where each form occurs in the articles (mentions, offsets, passages) is
 * derived from the texts by `compileIndex`, never typed here. A test fails when
 * a form is in neither the texts nor marked `notInTexts`.
 *
 * Form rules (see `FormDef`):
 * - default: matched without regard to accents or case, except that a name
 *   written with a capital must start with a capital on the page too, so the
 *   Spanish adjective "maduro" or the fruit "lima" are not marked;
 * - `exactCase`: acronyms whose letters mean something else in lower case;
 * - `commonWord`: an acronym that is also an everyday word in capitals ("US"
 *   the pronoun in a shouted headline): skipped where the text around it is
 *   all capitals;
 * - `ambiguous`: a short form that often means something else on other pages;
 *   it is marked only when the same page (or article) also uses an
 *   unambiguous form of the same entity (or of one listed in `evidencedBy`).
 */

import { withTranslations } from './translations';

import type { EntityDef } from './entity-kinds';
export { ENTITY_KINDS, type EntityDef, type EntityKind, type FormDef } from './entity-kinds';

/** When the descriptions below were last checked against the sources cited beside them. */
const CHECKED = '2026-11';

const ENGLISH: EntityDef[] = [
  // People
  {
    id: 'juan-guaido',
    name: 'Juan Guaidó',
    kind: 'person',
    // Dissolution: https://warsawpoint.com/news/45737-venezuelas-opposition-votes-down-interim-president-guaido.html
    // and https://content.jwplatform.com/previews/H8MZlDqB-buQgiLVC (in force from 5 January 2023).
    description:
      'Venezuelan opposition politician (born 1983). In January 2019, as president of the opposition-led National Assembly, he claimed the interim presidency and was recognised by the US and some fifty other states. At the end of December 2022 the opposition assembly voted to dissolve his interim government from 5 January 2023.',
    checked: CHECKED,
    roles: ['head', 'legislator'],
    rareSurname: 'No one else of that name is in the news.',
    forms: ['Juan Guaidó', 'Guaidó'],
  },
  {
    id: 'nicolas-maduro',
    name: 'Nicolás Maduro',
    kind: 'person',
    // 2024 election: https://app.justthenews.com/world/maduro-sworn-venezuela-president-while-us-and-other-nations-recognize-gonzalez-leader
    // Capture and plea: https://thedaily247.com/?p=3080 and https://www.tag24.com/world/venezuelas-maduro-arrives-in-new-york-after-capture-by-us-3455021
    description:
      "Venezuelan politician (born 1962), Hugo Chávez's foreign minister and then successor as president from 2013. Many states did not recognise his re-election in 2018 or the declared result of July 2024; in 2019 Russia and China backed him against Guaidó. On 3 January 2026 US forces captured him in Caracas and flew him to New York, where on 5 January he pleaded not guilty to narco-terrorism and drug-trafficking charges.",
    checked: CHECKED,
    roles: ['head', 'vice', 'minister'],
    rareSurname:
      'The Spanish adjective "maduro" is written in lower case; no other Maduro is often in the news.',
    forms: ['Nicolas Maduro', 'Maduro'],
  },
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    description:
      'Russian politician (born 1952): president of Russia from 2000 to 2008 and again from 2012, prime minister in between.',
    checked: CHECKED,
    roles: ['head', 'minister'],
    rareSurname: 'No one else of that name is in the news.',
    forms: [{ text: 'Vladimir Putin', notInTexts: true }, 'President Putin', 'Putin'],
  },
  {
    id: 'dmitry-peskov',
    name: 'Dmitry Peskov',
    kind: 'person',
    description:
      "Russian official (born 1967), the Kremlin's press secretary, speaking for President Putin, from 2012.",
    checked: CHECKED,
    roles: ['spokesperson', 'secretary'],
    rareSurname: 'Rare as a surname in the news; the press secretary is the Peskov news pages quote.',
    forms: ['Dmitry Peskov', { text: 'Peskov', notInTexts: true }],
  },
  {
    id: 'sergey-ryabkov',
    name: 'Sergey Ryabkov',
    kind: 'person',
    description:
      'Russian diplomat (born 1960), a deputy foreign minister from 2008; in 2019 he spoke for Moscow on Venezuela and on relations with the United States.',
    checked: CHECKED,
    roles: ['minister', 'diplomat'],
    rareSurname: 'No one else of that name is in the news.',
    forms: ['Sergey Ryabkov', { text: 'Ryabkov', notInTexts: true }],
  },
  {
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    kind: 'person',
    description:
      "Russian diplomat (born 1950), Russia's ambassador to the UN from 1994 and its foreign minister from 2004.",
    checked: CHECKED,
    roles: ['minister', 'diplomat'],
    rareSurname: 'No one else of that name is in the news.',
    forms: ['Sergey Lavrov', 'Sergei Lavrov', 'Lavrov'],
  },
  {
    id: 'maria-zakharova',
    name: 'Maria Zakharova',
    kind: 'person',
    description:
      "Russian diplomat (born 1975), head of the Foreign Ministry's information and press department, its spokeswoman, from 2015.",
    checked: CHECKED,
    roles: ['spokesperson', 'diplomat'],
    // Not rare: a common Russian surname, and the ballerina Svetlana Zakharova's.
    forms: [
      'Maria Zakharova',
      { text: 'Zakharova', evidencedBy: ['russian-foreign-ministry'] },
      'Zakharaova',
    ],
  },
  {
    id: 'mike-pompeo',
    name: 'Mike Pompeo',
    kind: 'person',
    description:
      'American politician (born 1963): CIA director from 2017 and US secretary of state from April 2018 to January 2021.',
    checked: CHECKED,
    roles: ['secretary', 'legislator'],
    rareSurname: 'No one else of that name is often in the news.',
    forms: ['Mike Pompeo', 'Pompeo'],
  },
  {
    id: 'john-bolton',
    name: 'John Bolton',
    kind: 'person',
    description:
      'American official (born 1948): US ambassador to the UN in 2005–2006 and national security adviser from April 2018 to September 2019.',
    checked: CHECKED,
    roles: ['adviser', 'diplomat'],
    // Not rare: the singer Michael Bolton, the town of Bolton and its football club.
    forms: ['John Bolton', { text: 'Bolton', notInTexts: true }],
  },
  {
    id: 'elliott-abrams',
    name: 'Elliott Abrams',
    kind: 'person',
    // https://www.cbsnews.com/news/elliott-abrams-iran-contra-named-special-representative-iran/ and
    // http://articles.chicagotribune.com/1991-10-08/news/9104010015_1_iran-contra-scandal-iran-contra-case-contra-supply-plane
    description:
      'American official (born 1948). As assistant secretary of state under Reagan he pleaded guilty in 1991 to two misdemeanour counts of withholding information from Congress about secret aid to the Contras, and was pardoned in 1992. US special representative for Venezuela from January 2019 to January 2021, and for Iran too from 2020.',
    checked: CHECKED,
    roles: ['diplomat', 'secretary'],
    forms: [
      { text: 'Elliott Abrams', notInTexts: true },
      'Elliot Abrams',
      {
        text: 'Abrams',
        ambiguous: 'the M1 Abrams tank, or other people named Abrams',
        evidencedBy: ['venezuela'],
      },
    ],
  },
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    kind: 'person',
    // Second term: https://www.livemint.com/news/us-news/donald-trump-sworn-in-as-47th-president-of-the-united-states-11737392664990.html
    description:
      'American businessman and politician (born 1946): president of the United States from 2017 to 2021 and again from 20 January 2025.',
    checked: CHECKED,
    roles: ['head'],
    rareSurname:
      'On news pages "Trump" alone means Donald Trump; his relatives are named in full, and the given-name rule sets them apart.',
    forms: ['Donald Trump', 'Trump'],
  },
  {
    id: 'mike-pence',
    name: 'Mike Pence',
    kind: 'person',
    description:
      'American politician (born 1959): governor of Indiana from 2013 and vice president of the United States from 2017 to 2021.',
    checked: CHECKED,
    roles: ['vice', 'legislator'],
    // Not rare: "pence" is a word, capitalised at a sentence start.
    forms: ['Mike Pence', { text: 'Pence', notInTexts: true, sentenceWord: true }],
  },
  {
    id: 'yuri-ushakov',
    name: 'Yuri Ushakov',
    kind: 'person',
    description:
      'Russian diplomat (born 1947): ambassador to the United States from 1999 to 2008 and foreign-policy aide to President Putin from 2012.',
    checked: CHECKED,
    roles: ['adviser', 'diplomat'],
    // Not rare: Admiral Fyodor Ushakov, and a common Russian surname.
    forms: ['Yuri Ushakov', { text: 'Ushakov', notInTexts: true, evidencedBy: ['kremlin'] }],
  },
  {
    id: 'bashar-al-assad',
    name: 'Bashar al-Assad',
    kind: 'person',
    // Fall of his government: https://news.az/news/tehran-says-continuation-of-astana-process-on-syria-depends-on-iran-russia-turkiye
    description:
      'Syrian politician (born 1965), president of Syria from 2000, backed militarily by Russia from 2015 in the civil war. On 8 December 2024 rebels led by Hayat Tahrir al-Sham took Damascus and his government fell; he fled to Russia.',
    checked: CHECKED,
    roles: ['head'],
    rareSurname:
      'In the news since 2000 "Assad" alone means Bashar al-Assad; his father Hafez and other relatives are named in full.',
    forms: ['Bashar al-Assad', 'Bashar al Assad', 'Assad'],
  },
  {
    id: 'hugo-chavez',
    name: 'Hugo Chávez',
    kind: 'person',
    description:
      'Venezuelan army officer and politician (1954–2013), president from 1999 until his death in 2013, founder of the Bolivarian movement; Maduro succeeded him.',
    checked: CHECKED,
    roles: ['head', 'military'],
    // Not rare: a common Spanish surname (César Chávez, Julio César Chávez, Lori Chavez-DeRemer).
    forms: ['Hugo Chavez', { text: 'Chavez', evidencedBy: ['venezuela', 'nicolas-maduro'] }],
  },
  {
    id: 'barack-obama',
    name: 'Barack Obama',
    kind: 'person',
    description: 'American politician (born 1961), president of the United States from 2009 to 2017.',
    checked: CHECKED,
    roles: ['head', 'legislator'],
    rareSurname: 'On news pages "Obama" alone means Barack Obama; Michelle Obama is named in full.',
    forms: [{ text: 'Barack Obama', notInTexts: true }, 'Obama'],
  },
  {
    id: 'viktor-yanukovych',
    name: 'Viktor Yanukovych',
    kind: 'person',
    description:
      'Ukrainian politician (born 1950), president of Ukraine from 2010 until February 2014, when he fled to Russia during the Maidan protests and parliament removed him.',
    checked: CHECKED,
    roles: ['head', 'minister'],
    rareSurname: 'No one else of that name is in the news.',
    forms: [{ text: 'Viktor Yanukovych', notInTexts: true }, 'Yanukovych'],
  },
  {
    id: 'vasily-tonkoshkurov',
    name: 'Vasily Tonkoshkurov',
    kind: 'person',
    description:
      'Russian general, chief of the Main Staff of the Ground Forces in 2019, reported to have led the Russian military personnel flown to Caracas in March 2019.',
    checked: CHECKED,
    roles: ['military'],
    rareSurname: 'No one else of that name is in the news.',
    forms: ['Vasily Tonkoshkurov', { text: 'Tonkoshkurov', notInTexts: true }],
  },
  // Countries
  {
    id: 'venezuela',
    name: 'Venezuela',
    kind: 'country',
    // https://jang.com.pk/en/56493-us-to-run-venezuela-as-blindfolded-captured-maduro-arrives-in-new-york-news
    description:
      'Country on the northern coast of South America, with the largest proven oil reserves in the world. In 2019 its presidency was contested between Maduro and Guaidó. On 3 January 2026 US forces struck Caracas and captured Maduro.',
    checked: CHECKED,
    forms: ['Venezuela', 'Bolivarian Republic'],
  },
  {
    id: 'russia',
    name: 'Russia',
    kind: 'country',
    description:
      "Country spanning Eastern Europe and northern Asia, the Soviet Union's successor state. In 2019 it was Maduro's main military partner and a large lender to and investor in Venezuela. In February 2022 it launched a full-scale invasion of Ukraine.",
    checked: CHECKED,
    forms: ['Russia', 'Russian Federation'],
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'country',
    description:
      'Federal republic in North America. In January 2019 it recognised Guaidó as interim president and led the pressure on Maduro, sanctions on Venezuelan oil included; on 3 January 2026 its forces captured Maduro in Caracas.',
    checked: CHECKED,
    forms: [
      'United States',
      'U.S.',
      { text: 'US', exactCase: true, commonWord: true },
      { text: 'USA', exactCase: true, notInTexts: true },
    ],
  },
  {
    id: 'china',
    name: 'China',
    kind: 'country',
    description:
      "The People's Republic of China, in East Asia. By 2019 it was Venezuela's largest creditor, with tens of billions of dollars in loans repaid in oil.",
    checked: CHECKED,
    forms: ['China'],
  },
  {
    id: 'syria',
    name: 'Syria',
    kind: 'country',
    description:
      "Middle Eastern country at war with itself from 2011. Russia intervened militarily from September 2015 in support of Bashar al-Assad's government, which fell in December 2024.",
    checked: CHECKED,
    forms: ['Syria'],
  },
  {
    id: 'cuba',
    name: 'Cuba',
    kind: 'country',
    description:
      "Caribbean island state, governed by its Communist Party since the 1959 revolution; a close ally of Venezuela's government since Chávez, and in 1962 the site of the Soviet missiles that set off the Cuban Missile Crisis.",
    checked: CHECKED,
    forms: ['Cuba'],
  },
  {
    id: 'ukraine',
    name: 'Ukraine',
    kind: 'country',
    description:
      'Eastern European country, independent since 1991. Russia annexed its Crimea in 2014 and backed the separatist war in Donbas; in February 2022 Russia launched a full-scale invasion.',
    checked: CHECKED,
    forms: ['Ukraine'],
  },
  {
    id: 'nicaragua',
    name: 'Nicaragua',
    kind: 'country',
    description:
      'Central American country where, in the 1980s, the Soviet Union backed the Sandinista government against the US-backed Contras.',
    checked: CHECKED,
    forms: ['Nicaragua'],
  },
  {
    id: 'uruguay',
    name: 'Uruguay',
    kind: 'country',
    description:
      "South American country that, with Mexico, proposed in early 2019 mediation between Venezuela's government and opposition.",
    checked: CHECKED,
    forms: ['Uruguay'],
  },
  {
    id: 'mexico',
    name: 'Mexico',
    kind: 'country',
    description:
      "North American country that, with Uruguay, proposed in early 2019 mediation between Venezuela's government and opposition.",
    checked: CHECKED,
    forms: ['Mexico'],
  },
  {
    id: 'israel',
    name: 'Israel',
    kind: 'country',
    description:
      'Middle Eastern state. In March 2019 the United States recognised its sovereignty over the Golan Heights, which it took from Syria in 1967.',
    checked: CHECKED,
    forms: ['Israel'],
  },
  {
    id: 'iraq',
    name: 'Iraq',
    kind: 'country',
    description:
      "Middle Eastern country invaded in 2003 by a US-led coalition, which overthrew Saddam Hussein's government.",
    checked: CHECKED,
    forms: [{ text: 'Iraq', notInTexts: true }, 'Iraqis'],
  },
  {
    id: 'libya',
    name: 'Libya',
    kind: 'country',
    description:
      'North African country where a NATO-led intervention in 2011, under a UN Security Council mandate to protect civilians, helped rebels topple Muammar Gaddafi.',
    checked: CHECKED,
    forms: [{ text: 'Libya', notInTexts: true }, 'Libyans'],
  },
  {
    id: 'serbia',
    name: 'Serbia',
    kind: 'country',
    description:
      'Balkan country. In 1999 it was, with Montenegro, part of the Federal Republic of Yugoslavia, which NATO bombed over Kosovo.',
    checked: CHECKED,
    forms: [{ text: 'Serbia', notInTexts: true }, 'Serbs'],
  },
  {
    id: 'turkey',
    name: 'Turkey',
    kind: 'country',
    description:
      'Country between Europe and Asia, officially Türkiye, a NATO member from 1952; US Jupiter nuclear missiles were based there during the 1962 Cuban Missile Crisis.',
    checked: CHECKED,
    forms: [
      { text: 'Turkey', ambiguous: 'the bird', evidencedBy: ['syria', 'nato', 'russia'] },
      { text: 'Türkiye', notInTexts: true },
    ],
  },
  {
    id: 'poland',
    name: 'Poland',
    kind: 'country',
    description: "Central European country, a NATO member from 1999 on Russia's western flank.",
    checked: CHECKED,
    forms: ['Poland'],
  },

  {
    id: 'bolivia',
    name: 'Bolivia',
    kind: 'country',
    description:
      'South American country whose seat of government is La Paz (its constitutional capital is Sucre).',
    checked: CHECKED,
    forms: [{ text: 'Bolivia', notInTexts: true }, 'Bolivian'],
  },
  {
    id: 'soviet-union',
    name: 'Soviet Union',
    kind: 'country',
    description:
      'The USSR (1922–1991), the communist federal state centred on Russia; the Russian Federation is its successor state.',
    checked: CHECKED,
    forms: ['Soviet Union', { text: 'USSR', exactCase: true }],
  },
  // Places
  {
    id: 'moscow',
    name: 'Moscow',
    kind: 'place',
    description: 'Capital of Russia; often stands for the Russian government.',
    checked: CHECKED,
    forms: ['Moscow'],
  },
  {
    id: 'washington',
    name: 'Washington',
    kind: 'place',
    description: 'Capital of the United States; often stands for the US government.',
    checked: CHECKED,
    forms: [
      { text: 'Washington, D.C.', notInTexts: true },
      {
        text: 'Washington',
        ambiguous: 'the US state, George Washington or other places of that name',
        evidencedBy: ['united-states'],
      },
    ],
  },
  {
    id: 'caracas',
    name: 'Caracas',
    kind: 'place',
    description: 'Capital of Venezuela; often stands for its government.',
    checked: CHECKED,
    forms: ['Caracas'],
  },
  {
    id: 'damascus',
    name: 'Damascus',
    kind: 'place',
    description: 'Capital of Syria; often stands for the Syrian government.',
    checked: CHECKED,
    forms: ['Damascus'],
  },
  {
    id: 'kyiv',
    name: 'Kyiv',
    kind: 'place',
    description: 'Capital of Ukraine; Kiev is the older spelling, from Russian.',
    checked: CHECKED,
    forms: ['Kyiv', 'Kiev'],
  },
  {
    id: 'la-paz',
    name: 'La Paz',
    kind: 'place',
    description:
      "Bolivia's seat of government; one article (January 2019) suggested it as a venue for talks on Venezuela.",
    checked: CHECKED,
    // Exact case: "La paz" opening a Spanish sentence is peace.
    forms: [{ text: 'La Paz', exactCase: true }],
  },
  {
    id: 'rome',
    name: 'Rome',
    kind: 'place',
    description: 'Capital of Italy, where US and Russian envoys met to talk about Venezuela in March 2019.',
    checked: CHECKED,
    forms: ['Rome'],
  },
  {
    id: 'saint-petersburg',
    name: 'Saint Petersburg',
    kind: 'place',
    description:
      "Russia's second-largest city, founded in 1703 and the imperial capital for most of the time until 1918.",
    checked: CHECKED,
    forms: [
      { text: 'Saint Petersburg', notInTexts: true },
      { text: 'St Petersburg', notInTexts: true },
      'Petersburg',
    ],
  },
  {
    id: 'latin-america',
    name: 'Latin America',
    kind: 'place',
    description:
      'The countries of the Americas where Spanish, Portuguese or French is spoken, from Mexico and the Caribbean to Argentina.',
    checked: CHECKED,
    forms: ['Latin America'],
  },
  {
    id: 'south-america',
    name: 'South America',
    kind: 'place',
    description:
      'The southern continent of the Americas, from Colombia and Venezuela to Argentina and Chile: part of Latin America, not all of it.',
    checked: CHECKED,
    forms: ['South America'],
  },
  {
    id: 'caribbean',
    name: 'Caribbean',
    kind: 'place',
    description:
      'The Caribbean Sea with its islands and coasts; in 2019 several island states were allied with Caracas through Petrocaribe.',
    checked: CHECKED,
    forms: ['Caribbean'],
  },
  {
    id: 'western-hemisphere',
    name: 'Western Hemisphere',
    kind: 'place',
    description:
      'The half of the Earth west of the prime meridian; in US foreign policy, the Americas, which the Monroe Doctrine declared closed to European colonisation.',
    checked: CHECKED,
    forms: ['Western Hemisphere'],
  },
  {
    id: 'eastern-hemisphere',
    name: 'Eastern Hemisphere',
    kind: 'place',
    description:
      'Europe, Asia and Africa, used by Russian officials in 2019 as the counterpart of the Western Hemisphere.',
    checked: CHECKED,
    forms: ['Eastern Hemisphere'],
  },
  {
    id: 'middle-east',
    name: 'Middle East',
    kind: 'place',
    description: 'Region of Western Asia, with Egypt, that includes Syria, Israel and Iraq.',
    checked: CHECKED,
    forms: ['Middle East', 'Mideast'],
  },
  {
    id: 'afro-eurasia',
    name: 'Afro-Eurasia',
    kind: 'place',
    description:
      'Africa, Europe and Asia taken as one landmass, a frame one author used in 2019 for Russian strategy.',
    checked: CHECKED,
    forms: ['Afro-Eurasia'],
  },
  {
    id: 'europe',
    name: 'Europe',
    kind: 'place',
    description:
      'The continent; in these articles often its governments, most of which recognised Guaidó in February 2019.',
    checked: CHECKED,
    forms: ['Europe'],
  },
  {
    id: 'balkans',
    name: 'Balkans',
    kind: 'place',
    description: 'Region of south-eastern Europe that includes the states of the former Yugoslavia.',
    checked: CHECKED,
    forms: ['Balkans'],
  },
  {
    id: 'baltic-states',
    name: 'Baltic states',
    kind: 'place',
    description: "Estonia, Latvia and Lithuania, on Russia's western border; NATO and EU members from 2004.",
    checked: CHECKED,
    forms: ['Baltic states'],
  },
  {
    id: 'black-sea',
    name: 'Black Sea',
    kind: 'place',
    description: 'Sea bordered by Ukraine, Russia, Georgia, Turkey, Bulgaria and Romania.',
    checked: CHECKED,
    forms: ['Black Sea'],
  },
  {
    id: 'caucasus',
    name: 'Caucasus',
    kind: 'place',
    description:
      'Mountain region between the Black and Caspian Seas, shared by Russia, Georgia, Armenia and Azerbaijan.',
    checked: CHECKED,
    forms: ['Caucasus'],
  },
  {
    id: 'golan-heights',
    name: 'Golan Heights',
    kind: 'place',
    description:
      'Plateau taken by Israel from Syria in 1967 and annexed in 1981; the United States recognised Israeli sovereignty over it in March 2019, as most states do not.',
    checked: CHECKED,
    forms: ['Golan Heights'],
  },
  {
    id: 'chukotka',
    name: 'Chukotka Peninsula',
    kind: 'place',
    description:
      "Russia's far north-eastern tip, across the Bering Strait from Alaska; it lies partly in the Western Hemisphere.",
    checked: CHECKED,
    forms: ['Chukotka Peninsula', { text: 'Chukotka', notInTexts: true }],
  },

  {
    id: 'maidan',
    name: 'Maidan',
    kind: 'place',
    description:
      "Kyiv's Independence Square, centre of the 2013–2014 protests after which President Yanukovych fled.",
    checked: CHECKED,
    forms: [
      { text: 'Maidan', ambiguous: 'the Ukrainian word for a square', evidencedBy: ['ukraine', 'kyiv'] },
    ],
  },
  // Organisations
  {
    id: 'caricom',
    name: 'CARICOM',
    kind: 'organisation',
    description:
      'The Caribbean Community, a regional organisation of Caribbean states founded in 1973; in 2019 it offered mediation on Venezuela with Mexico and Uruguay.',
    checked: CHECKED,
    forms: ['CARICOM', 'Caribbean Community'],
  },
  {
    id: 'european-union',
    name: 'European Union',
    kind: 'organisation',
    description:
      'Political and economic union of European states; in January 2019 it set up the International Contact Group on Venezuela.',
    checked: CHECKED,
    forms: [
      { text: 'European Union', notInTexts: true },
      { text: 'EU', exactCase: true, commonWord: true },
    ],
  },
  {
    id: 'oas',
    name: 'Organization of American States',
    kind: 'organisation',
    description:
      'The regional organisation of the states of the Americas, founded in 1948; in 2019 most of its members sided with the Venezuelan opposition.',
    checked: CHECKED,
    forms: ['Organization of American States', { text: 'OAS', exactCase: true, notInTexts: true }],
  },
  {
    id: 'nato',
    name: 'NATO',
    kind: 'organisation',
    description:
      'The North Atlantic Treaty Organization, the military alliance of North American and European states founded in 1949.',
    checked: CHECKED,
    forms: [
      { text: 'NATO', exactCase: true },
      { text: 'North Atlantic Treaty Organization', notInTexts: true },
    ],
  },

  {
    id: 'kremlin',
    name: 'Kremlin',
    kind: 'organisation',
    description:
      "The fortress in central Moscow that is the Russian president's seat; the word often stands for his administration.",
    checked: CHECKED,
    forms: ['Kremlin'],
  },
  {
    id: 'pentagon',
    name: 'Pentagon',
    kind: 'organisation',
    description:
      'The headquarters of the US Department of Defense; the word often stands for the department.',
    checked: CHECKED,
    forms: ['Pentagon'],
  },
  {
    id: 'us-state-department',
    name: 'US State Department',
    kind: 'organisation',
    description: "The United States' foreign ministry, led in 2019 by Mike Pompeo.",
    checked: CHECKED,
    forms: [{ text: 'State Department', anyCase: true }],
  },
  {
    id: 'russian-foreign-ministry',
    name: 'Russian Foreign Ministry',
    kind: 'organisation',
    description:
      "Russia's Ministry of Foreign Affairs, led by Sergey Lavrov from 2004, with Maria Zakharova as its spokeswoman from 2015.",
    checked: CHECKED,
    forms: [
      { text: 'Russian Foreign Ministry', notInTexts: true },
      { text: 'Russian Ministry of Foreign Affairs', notInTexts: true },
      {
        text: 'Foreign Ministry',
        generic: 'every country has one',
        evidencedBy: ['russia', 'moscow', 'kremlin', 'sergey-lavrov', 'maria-zakharova'],
      },
    ],
  },
  {
    id: 'national-assembly',
    name: 'National Assembly of Venezuela',
    kind: 'organisation',
    description:
      "Venezuela's parliament. The assembly elected in 2015 had an opposition majority and was led in 2019 by Guaidó; after the December 2020 election, which most of the opposition boycotted, Maduro's allies held it.",
    checked: CHECKED,
    forms: [
      'National Assembly of Venezuela',
      { text: 'Venezuelan National Assembly', notInTexts: true },
      {
        text: 'National Assembly',
        notInTexts: true,
        generic: "France's, Ecuador's and other countries' parliaments",
        evidencedBy: ['venezuela', 'caracas', 'juan-guaido', 'nicolas-maduro'],
      },
    ],
  },
  {
    id: 'venezuelan-armed-forces',
    name: 'Venezuelan Armed Forces',
    kind: 'organisation',
    description:
      "Venezuela's military, the Bolivarian National Armed Forces, whose command stayed loyal to Maduro in 2019.",
    checked: CHECKED,
    forms: ['Venezuelan Armed Forces'],
  },
  {
    id: 'sandinistas',
    name: 'Sandinistas',
    kind: 'organisation',
    description:
      "Nicaragua's Sandinista National Liberation Front, in power from 1979 to 1990 with Soviet and Cuban support, and again from 2007 under Daniel Ortega.",
    checked: CHECKED,
    forms: ['Sandinista', { text: 'Sandinistas', notInTexts: true }],
  },
  {
    id: 'contras',
    name: 'Contras',
    kind: 'organisation',
    description:
      "Armed groups, backed by the United States in the 1980s, that fought Nicaragua's Sandinista government.",
    checked: CHECKED,
    forms: [
      { text: 'Contras', exactCase: true },
      {
        text: 'Contra',
        exactCase: true,
        ambiguous: 'the Spanish and Italian word for "against"',
        evidencedBy: ['nicaragua', 'sandinistas'],
      },
    ],
  },
  {
    id: 'sputnik',
    name: 'Sputnik',
    kind: 'organisation',
    description:
      'News agency and broadcaster launched in 2014 by the Russian state media group Rossiya Segodnya.',
    checked: CHECKED,
    forms: [
      { text: 'Sputnik', ambiguous: 'the 1957 satellite or the Russian vaccine', evidencedBy: ['russia'] },
      { text: 'Sputnik news agency', notInTexts: true },
    ],
  },
  {
    id: 'private-military-companies',
    name: 'Russian private military companies (Wagner)',
    kind: 'organisation',
    // Mutiny and Prigozhin's death: https://www.washingtonpost.com/world/2023/08/23/yevgeniy-prigozhin-plane-crash-ukraine-russia-live/
    description:
      'Armed contractors such as the Wagner Group, used abroad by the Russian state while it denied links to them; in 2019 their fighters were reported in Venezuela. Wagner mutinied in June 2023 and its founder, Yevgeny Prigozhin, died in a plane crash two months later.',
    checked: CHECKED,
    forms: [
      'private military companies',
      { text: 'private military company', notInTexts: true },
      { text: 'Wagner Group', notInTexts: true },
      { text: 'PMC Wagner', notInTexts: true },
      {
        text: 'Wagner',
        notInTexts: true,
        ambiguous: 'the composer Richard Wagner, and other Wagners',
        evidencedBy: ['russia', 'vladimir-putin'],
      },
    ],
  },

  // Companies
  {
    id: 'rosneft',
    name: 'Rosneft',
    kind: 'company',
    // https://upnewsinfo.com/2020/03/28/russian-state-oil-company-rosneft-in-a-sudden-move-sells-assets-in-venezuela/
    description:
      "Russian oil company, controlled by the Russian state. By 2019 it was the largest foreign partner of Venezuela's oil industry; in March 2020, after US sanctions on two of its trading subsidiaries, it sold all its Venezuelan assets to a company owned by the Russian government.",
    checked: CHECKED,
    forms: ['Rosneft'],
  },
  // Agreements
  {
    id: 'petrocaribe',
    name: 'Petrocaribe',
    kind: 'agreement',
    // https://www.caribbean-council.org/maduro-says-petrocaribe-to-be-revived-this-year/ and
    // https://oglobo.globo.com/mundo/noticia/2022/10/venezuela-busca-reativar-petrocaribe-sob-novas-regras.ghtml
    description:
      'Oil agreement launched by Venezuela in 2005, selling oil to Caribbean and Central American states on deferred, low-interest terms. Deliveries to most members stopped in 2018 as Venezuelan output fell; Maduro announced relaunches in 2019 and 2022.',
    checked: CHECKED,
    forms: ['Petrocaribe'],
  },
  {
    id: 'minsk-agreements',
    name: 'Minsk Agreements',
    kind: 'agreement',
    // https://nationalpost.com/pmn/news-pmn/crime-pmn/putin-says-ukraines-minsk-peace-process-is-finished-blames-kyiv
    description:
      'The 2014 Minsk Protocol and the 2015 Minsk II package, meant to end the war in Donbas and never fully carried out. On 22 February 2022, after recognising the separatist republics, Putin said they no longer existed.',
    checked: CHECKED,
    forms: ['Minsk Agreements'],
  },
  {
    id: 'un-charter',
    name: 'UN Charter',
    kind: 'agreement',
    // Art. 2(7): https://www.un.org/en/academic-impact/unai-quiz-non-intervention
    // Art. 2(4) and custom: https://yonseiuiclawreview.wordpress.com/un-charter/
    description:
      "The founding treaty of the United Nations (1945). Article 2(4) bars its members from the threat or use of force against other states; Article 2(7) bars the UN itself from intervening in matters within a state's domestic jurisdiction. Non-intervention between states is a rule of customary international law.",
    checked: CHECKED,
    forms: ['UN Charter', { text: 'Charter of the United Nations', notInTexts: true }],
  },
  {
    id: 'military-technical-cooperation',
    name: 'Russia–Venezuela military-technical cooperation agreement',
    kind: 'agreement',
    description:
      'The 2001 agreement between Russia and Venezuela under which Russia said, in 2019, its military specialists were in Venezuela.',
    checked: CHECKED,
    forms: [
      {
        text: 'military-technical cooperation agreement',
        generic: 'Russia has such agreements with many states',
        evidencedBy: ['venezuela', 'caracas'],
      },
      {
        text: 'military-technical cooperation',
        generic: 'Russia has such agreements with many states',
        evidencedBy: ['venezuela', 'caracas'],
      },
    ],
  },
  // Formats and groups of states
  {
    id: 'lima-group',
    name: 'Lima Group',
    kind: 'format',
    // Founding: https://wikireact.com/del-grupo-de-lima-de-febrero-de-2019-en-colombia/Lima_Group
    // Peru leaves: https://112481749.r.worldcdn.net/c/hispantv/86156
    description:
      "Group of American states formed in Lima in August 2017 to press for a peaceful way out of Venezuela's crisis; most of its members recognised Guaidó in 2019. Members left as their governments changed, Peru, its founder, among them in 2021, and it has not acted as a group since.",
    checked: CHECKED,
    forms: ['Lima Group', { text: 'Grupo de Lima', notInTexts: true }],
  },
  {
    id: 'astana-format',
    name: 'Astana format',
    kind: 'format',
    // https://www.anews.com.tr/world/2024/12/07/astana-format-meeting-urges-restart-of-political-process-in-syria-as-per-un-security-council-resolution
    description:
      "Talks on Syria's war convened from January 2017 by Russia, Turkey and Iran, mostly in Astana, Kazakhstan's capital; one article (January 2019) suggested Russia might try a similar conference for Venezuela. Its ministers last met in Doha on 7 December 2024, the day before Assad's government fell.",
    checked: CHECKED,
    forms: [
      { text: 'Astana format', notInTexts: true },
      { text: 'Astana process', notInTexts: true },
      { text: 'Astana talks', notInTexts: true },
      'Astana-like',
      'Another Astana',
      { text: 'Astana', ambiguous: 'the capital of Kazakhstan' },
    ],
  },
  {
    id: 'contact-group',
    name: 'International Contact Group on Venezuela',
    kind: 'format',
    description:
      'European and Latin American states brought together on an EU initiative in January 2019 to seek a peaceful, electoral way out of the Venezuelan crisis.',
    checked: CHECKED,
    forms: [
      {
        text: 'contact group',
        generic: 'the Ukraine Defense Contact Group and other contact groups',
        evidencedBy: ['venezuela', 'european-union'],
      },
      { text: 'International Contact Group', notInTexts: true },
    ],
  },
  // Doctrines and concepts
  {
    id: 'monroe-doctrine',
    name: 'Monroe Doctrine',
    kind: 'doctrine',
    description:
      "US President James Monroe's 1823 statement that the Americas were closed to further European colonisation and interference; officials of the first Trump administration invoked it again in 2019.",
    checked: CHECKED,
    forms: ['Monroe Doctrine', 'Munroe Doctrine', { text: 'Doctrina Monroe', notInTexts: true }],
  },
  {
    id: 'yinon-plan',
    name: 'Yinon Plan',
    kind: 'doctrine',
    // https://en.wikipedia.org/wiki/Yinon_Plan
    description:
      "A February 1982 essay by Oded Yinon, a journalist and former Israeli Foreign Ministry official, in the journal Kivunim, arguing that Israel's Arab neighbours would break up along sectarian lines. One author cites it in 2019 as a template of regional strategy; it was one writer's article, not Israeli government policy.",
    checked: CHECKED,
    forms: ['Yinon Plan'],
  },
  {
    id: 'hybrid-war',
    name: 'Hybrid War',
    kind: 'concept',
    description:
      "A term for pursuing regime change by combining political, informational, economic and irregular means; one author's frame for US policy on Venezuela in 2019.",
    checked: CHECKED,
    forms: ['Hybrid War', { text: 'Hybrid Warfare', notInTexts: true }, 'Hybrid Warriors'],
  },
  {
    id: 'color-revolution',
    name: 'Colour Revolution',
    kind: 'concept',
    description:
      'Term for the protest movements that toppled governments in post-Soviet states in the 2000s (Georgia in 2003, Ukraine in 2004), which Moscow portrays as organised by the West.',
    checked: CHECKED,
    forms: ['Color Revolution', { text: 'Colour Revolution', notInTexts: true }],
  },
  {
    id: 'syrian-scenario',
    name: 'Syrian scenario',
    kind: 'concept',
    description:
      "Shorthand in 2019 commentary for Russia repeating in Venezuela its 2015 military intervention for Syria's government.",
    checked: CHECKED,
    forms: ['Syrian scenario', 'Syria scenario', 'next Syria', { text: 'new Syria', notInTexts: true }],
  },
  {
    id: 'multipolar-world',
    name: 'Multipolar world order',
    kind: 'concept',
    description:
      'The idea, promoted by Moscow and Beijing, of a world order with several centres of power rather than US primacy.',
    checked: CHECKED,
    forms: [
      { text: 'multipolar world order', notInTexts: true },
      'multi-polar world order',
      'multipolar vision',
      'multipolar orientation',
    ],
  },
  {
    id: 'new-cold-war',
    name: 'New Cold War',
    kind: 'concept',
    description:
      'The rivalry between Russia and the West since the 2010s, likened to the Cold War of 1947–1991.',
    checked: CHECKED,
    forms: ['New Cold War'],
  },
  {
    id: 'regime-change',
    name: 'Regime change',
    kind: 'concept',
    description:
      "Removing a country's government by outside pressure or force; in 2019 Russia accused the United States of seeking it in Venezuela.",
    checked: CHECKED,
    forms: [{ text: 'regime change', anyCase: true }],
  },
  // Events
  {
    id: 'venezuelan-crisis',
    name: 'Venezuelan presidential crisis',
    kind: 'event',
    description:
      "The contest from January 2019 between Maduro and Guaidó over who was Venezuela's legitimate president; Guaidó's interim government was dissolved from January 2023.",
    checked: CHECKED,
    forms: ['Venezuelan Crisis', { text: 'Venezuelan presidential crisis', notInTexts: true }],
  },
  {
    id: 'cuban-missile-crisis',
    name: 'Cuban Missile Crisis',
    kind: 'event',
    // https://erenow.net/ww/a-fiery-peace-in-a-cold-war/78.php and http://retronewser.com/?p=18963
    description:
      'The October 1962 confrontation over Soviet nuclear missiles in Cuba, the "Caribbean crisis" in Russian. It ended when the Soviet Union agreed to remove them in exchange for a public US pledge not to invade Cuba and a secret undertaking to remove the US Jupiter missiles from Turkey, which was done in 1963.',
    checked: CHECKED,
    forms: ['Cuban Missile Crisis', 'Caribbean crisis'],
  },
  {
    id: 'nato-bombing-of-yugoslavia',
    name: 'NATO bombing of Yugoslavia',
    kind: 'event',
    description:
      "NATO's air campaign from March to June 1999 against the Federal Republic of Yugoslavia (Serbia and Montenegro) over Kosovo, without a UN Security Council mandate; Russia condemned it.",
    checked: CHECKED,
    forms: ["NATO's bombing of Yugoslavia", { text: 'bombing of Yugoslavia', notInTexts: true }],
  },
  {
    id: 'syrian-civil-war',
    name: 'Syrian civil war',
    kind: 'event',
    // https://www.dailysabah.com/politics/diplomacy/astana-guarantors-to-discuss-efforts-for-permanent-peace-in-syria
    description:
      "The war in Syria that began in 2011 when the government cracked down on protests; Russia intervened in it from 2015, and Assad's government fell in December 2024.",
    checked: CHECKED,
    forms: [
      'Syrian conflict',
      { text: 'Syrian civil war', notInTexts: true },
      { text: 'civil war in Syria', notInTexts: true },
      'war in Syria',
    ],
  },
  {
    id: 'russian-intervention-in-syria',
    name: 'Russian intervention in Syria',
    kind: 'event',
    description:
      "Russia's military campaign in Syria from September 2015 in support of Assad's government, which fell in December 2024.",
    checked: CHECKED,
    forms: ['Russian intervention in Syria', 'Mideast campaign'],
  },
  {
    id: 'russo-ukrainian-war',
    name: 'Russo-Ukrainian war',
    kind: 'event',
    description:
      'The war between Russia and Ukraine from 2014: the annexation of Crimea and the war in Donbas with Russian-backed separatists (in the articles, "the intra-Ukrainian conflict", as the Russian Foreign Ministry called it), then the full-scale invasion from February 2022.',
    checked: CHECKED,
    forms: [
      'intra-Ukrainian conflict',
      { text: 'war in Donbas', notInTexts: true },
      { text: 'war in Donbass', notInTexts: true },
      { text: 'Donbas war', notInTexts: true },
      { text: 'Russo-Ukrainian war', notInTexts: true },
      { text: 'Russian invasion of Ukraine', notInTexts: true },
      { text: 'war in Ukraine', notInTexts: true },
    ],
  },
  {
    id: 'tu-160-visit-2018',
    name: 'Russian bombers in Caracas (December 2018)',
    kind: 'event',
    // https://www.nbcnews.com/news/world/russia-sends-2-nuclear-capable-bombers-venezuela-n946246
    description:
      'The flight of two Russian Tu-160 strategic bombers to Caracas in December 2018 for joint exercises with Venezuela, which the United States condemned.',
    checked: CHECKED,
    forms: [
      {
        text: 'strategic bombers',
        generic: 'any strategic bombers',
        evidencedBy: ['caracas', 'venezuela'],
      },
      {
        text: 'Tu-160',
        notInTexts: true,
        generic: 'the bomber anywhere else',
        evidencedBy: ['caracas', 'venezuela'],
      },
    ],
  },
  {
    id: 'venezuelan-blackouts-2019',
    name: 'Venezuelan blackouts (March 2019)',
    kind: 'event',
    // https://en.wikipedia.org/wiki/2019_Venezuelan_blackouts
    description:
      'Nationwide power cuts in Venezuela from 7 March 2019, the worst in its history. The government blamed US sabotage; the opposition blamed years of neglect of the grid.',
    checked: CHECKED,
    forms: [
      'sabotage of power supply',
      { text: 'blacked out', generic: 'any power cut', evidencedBy: ['venezuela', 'caracas'] },
      { text: 'apagón', notInTexts: true, generic: 'any power cut', evidencedBy: ['venezuela', 'caracas'] },
    ],
  },
  {
    id: 'russian-deployment-2019',
    name: 'Russian deployment to Venezuela (March 2019)',
    kind: 'event',
    description:
      'The arrival in Caracas in March 2019 of two Russian air force planes carrying about 100 military personnel, which Russia said was under its military-technical cooperation agreement with Venezuela.',
    checked: CHECKED,
    forms: [
      {
        text: 'Russian troops',
        generic: 'Russian troops anywhere else, in Ukraine above all',
        evidencedBy: ['venezuela', 'caracas'],
      },
      {
        text: 'Russian military personnel',
        notInTexts: true,
        generic: 'Russian military personnel anywhere else',
        evidencedBy: ['venezuela', 'caracas'],
      },
    ],
  },
  {
    id: 'us-sanctions-on-venezuela',
    name: 'US sanctions on Venezuela',
    kind: 'event',
    // PDVSA, January 2019: https://noticiabrasil.net.br/20190522/petroleo-venezuela-eua-13932603.html
    description:
      "US economic sanctions on Venezuela's government, widened from 2017 to its finances and on 28 January 2019 to its state oil company PDVSA.",
    checked: CHECKED,
    forms: [
      { text: 'economic sanctions', generic: 'sanctions on any country', evidencedBy: ['venezuela'] },
      { text: 'sanctions on PDVSA', notInTexts: true },
      { text: 'sanctions against PDVSA', notInTexts: true },
    ],
  },
  {
    id: 'sanctions-on-russia',
    name: 'Western sanctions on Russia',
    kind: 'event',
    description:
      'Sanctions imposed on Russia by the United States, the EU and their allies from 2014 over Crimea and eastern Ukraine, and greatly widened after the invasion of February 2022.',
    checked: CHECKED,
    forms: [
      'sanctions-beleaguered Russia',
      { text: 'sanctions against Russia', notInTexts: true },
      { text: 'sanctions on Russia', notInTexts: true },
    ],
  },
];

/** Every entity, with its names in other languages (data/translations.ts). */
export const CATALOGUE: EntityDef[] = withTranslations(ENGLISH);

const NAMES = new Map(CATALOGUE.map((e) => [e.id, e.name]));

/** An entity's name, for lists that hold ids (found lists, exclusions, notes); the id if Gloss does not know it. */
export const nameOf = (id: string): string => NAMES.get(id) ?? id;

/**
 * Phrases that contain a form but name something else. Matching them first
 * (leftmost-longest) keeps "Washington Post" from marking Washington.
 */
export const NOT_ENTITIES: string[] = [
  'Washington Post',
  'Washington Times',
  'Washington Examiner',
  'Washington State',
  'George Washington',
  'Moscow Times',
  'Abrams tank',
  'Abrams tanks',
  'M1 Abrams',
  'Lima beans',
  'Lima bean',
  'Astana International Airport',
  'Sputnik V',
];
