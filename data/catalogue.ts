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

const ENGLISH: EntityDef[] = [
  // People
  {
    id: 'juan-guaido',
    name: 'Juan Guaidó',
    kind: 'person',
    description:
      'Venezuelan opposition leader and head of the National Assembly who declared himself interim president in January 2019.',
    forms: ['Juan Guaidó', 'Guaidó'],
  },
  {
    id: 'nicolas-maduro',
    name: 'Nicolás Maduro',
    kind: 'person',
    description:
      "Venezuela's president since 2013, backed by Russia and China during the 2019 crisis over who legitimately governs the country.",
    forms: ['Nicolas Maduro', 'Maduro'],
  },
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    description: 'President of Russia.',
    forms: [{ text: 'Vladimir Putin', notInTexts: true }, 'President Putin', 'Putin'],
  },
  {
    id: 'dmitry-peskov',
    name: 'Dmitry Peskov',
    kind: 'person',
    description: "The Kremlin's spokesman, press secretary to President Putin.",
    forms: ['Dmitry Peskov', { text: 'Peskov', notInTexts: true }],
  },
  {
    id: 'sergey-ryabkov',
    name: 'Sergey Ryabkov',
    kind: 'person',
    description:
      "Russia's Deputy Foreign Minister, responsible among other things for relations with the Americas.",
    forms: ['Sergey Ryabkov', { text: 'Ryabkov', notInTexts: true }],
  },
  {
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    kind: 'person',
    description: "Russia's Foreign Minister since 2004.",
    forms: ['Sergey Lavrov', 'Sergei Lavrov', 'Lavrov'],
  },
  {
    id: 'maria-zakharova',
    name: 'Maria Zakharova',
    kind: 'person',
    description: "Spokeswoman of Russia's Foreign Ministry.",
    forms: ['Maria Zakharova', 'Zakharova', 'Zakharaova'],
  },
  {
    id: 'mike-pompeo',
    name: 'Mike Pompeo',
    kind: 'person',
    description: 'United States Secretary of State from 2018 to 2021.',
    forms: ['Mike Pompeo', 'Pompeo'],
  },
  {
    id: 'john-bolton',
    name: 'John Bolton',
    kind: 'person',
    description: 'United States National Security Advisor from 2018 to 2019.',
    forms: ['John Bolton', { text: 'Bolton', notInTexts: true }],
  },
  {
    id: 'elliott-abrams',
    name: 'Elliott Abrams',
    kind: 'person',
    description:
      "US special envoy for Venezuela from January 2019; in the 1980s an official of the Reagan administration's policy towards Central America.",
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
    description: 'President of the United States from 2017 to 2021.',
    forms: ['Donald Trump', 'Trump'],
  },
  {
    id: 'mike-pence',
    name: 'Mike Pence',
    kind: 'person',
    description: 'Vice President of the United States from 2017 to 2021.',
    forms: ['Mike Pence', { text: 'Pence', notInTexts: true }],
  },
  {
    id: 'yuri-ushakov',
    name: 'Yuri Ushakov',
    kind: 'person',
    description:
      'Foreign-policy adviser to President Putin and a former Russian ambassador to the United States.',
    forms: ['Yuri Ushakov', { text: 'Ushakov', notInTexts: true }],
  },
  {
    id: 'bashar-al-assad',
    name: 'Bashar al-Assad',
    kind: 'person',
    description:
      'President of Syria from 2000 until his fall in 2024, backed militarily by Russia from 2015.',
    forms: ['Bashar al-Assad', 'Bashar al Assad', 'Assad'],
  },
  {
    id: 'hugo-chavez',
    name: 'Hugo Chávez',
    kind: 'person',
    description:
      "Venezuela's president from 1999 until his death in 2013, founder of the Bolivarian movement and Maduro's predecessor.",
    forms: ['Hugo Chavez', 'Chavez'],
  },
  {
    id: 'barack-obama',
    name: 'Barack Obama',
    kind: 'person',
    description: 'President of the United States from 2009 to 2017.',
    forms: [{ text: 'Barack Obama', notInTexts: true }, 'Obama'],
  },
  {
    id: 'viktor-yanukovych',
    name: 'Viktor Yanukovych',
    kind: 'person',
    description: 'President of Ukraine ousted in 2014 after the Maidan protests.',
    forms: [{ text: 'Viktor Yanukovych', notInTexts: true }, 'Yanukovych'],
  },
  {
    id: 'vasily-tonkoshkurov',
    name: 'Vasily Tonkoshkurov',
    kind: 'person',
    description:
      'Russian general, chief of staff of the ground forces, reported to have led the Russian personnel flown to Caracas in March 2019.',
    forms: ['Vasily Tonkoshkurov', { text: 'Tonkoshkurov', notInTexts: true }],
  },
  // Countries
  {
    id: 'venezuela',
    name: 'Venezuela',
    kind: 'country',
    description: 'South American country whose 2019 presidential crisis pitted Maduro against Guaidó.',
    forms: ['Venezuela', 'Bolivarian Republic'],
  },
  {
    id: 'russia',
    name: 'Russia',
    kind: 'country',
    description: "Maduro's main military partner and a large lender to and investor in Venezuela.",
    forms: ['Russia', 'Russian Federation'],
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'country',
    description: 'Recognised Guaidó as interim president in January 2019 and led the pressure on Maduro.',
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
    description: "Venezuela's largest creditor, with tens of billions of dollars in loans repaid in oil.",
    forms: ['China'],
  },
  {
    id: 'syria',
    name: 'Syria',
    kind: 'country',
    description: 'Middle Eastern country where Russia intervened militarily from 2015 in support of Assad.',
    forms: ['Syria'],
  },
  {
    id: 'cuba',
    name: 'Cuba',
    kind: 'country',
    description: "Caribbean island state and Venezuela's close ally.",
    forms: ['Cuba'],
  },
  {
    id: 'ukraine',
    name: 'Ukraine',
    kind: 'country',
    description: 'Eastern European country in conflict with Russia since 2014.',
    forms: ['Ukraine'],
  },
  {
    id: 'nicaragua',
    name: 'Nicaragua',
    kind: 'country',
    description:
      'Central American country where, in the 1980s, the Soviet Union backed the Sandinista government against US-backed rebels.',
    forms: ['Nicaragua'],
  },
  {
    id: 'uruguay',
    name: 'Uruguay',
    kind: 'country',
    description: 'South American country that, with Mexico, proposed mediation in the Venezuelan crisis.',
    forms: ['Uruguay'],
  },
  {
    id: 'mexico',
    name: 'Mexico',
    kind: 'country',
    description: 'North American country that, with Uruguay, proposed mediation in the Venezuelan crisis.',
    forms: ['Mexico'],
  },
  {
    id: 'israel',
    name: 'Israel',
    kind: 'country',
    description:
      'Middle Eastern state whose claim to the Golan Heights the US moved to recognise in March 2019.',
    forms: ['Israel'],
  },
  {
    id: 'iraq',
    name: 'Iraq',
    kind: 'country',
    description: 'Country invaded by a US-led coalition in 2003.',
    forms: [{ text: 'Iraq', notInTexts: true }, 'Iraqis'],
  },
  {
    id: 'libya',
    name: 'Libya',
    kind: 'country',
    description: 'North African country where a NATO-led intervention in 2011 helped topple Muammar Gaddafi.',
    forms: [{ text: 'Libya', notInTexts: true }, 'Libyans'],
  },
  {
    id: 'serbia',
    name: 'Serbia',
    kind: 'country',
    description: 'Balkan country, the core of the former Yugoslavia bombed by NATO in 1999.',
    forms: [{ text: 'Serbia', notInTexts: true }, 'Serbs'],
  },
  {
    id: 'turkey',
    name: 'Turkey',
    kind: 'country',
    description: 'NATO member where US missiles were deployed at the time of the Cuban Missile Crisis.',
    forms: [
      { text: 'Turkey', ambiguous: 'the bird', evidencedBy: ['syria', 'nato', 'russia'] },
      { text: 'Türkiye', notInTexts: true },
    ],
  },
  {
    id: 'poland',
    name: 'Poland',
    kind: 'country',
    description: "NATO member on Russia's western flank.",
    forms: ['Poland'],
  },

  {
    id: 'bolivia',
    name: 'Bolivia',
    kind: 'country',
    description: 'South American country whose seat of government is La Paz.',
    forms: [{ text: 'Bolivia', notInTexts: true }, 'Bolivian'],
  },
  {
    id: 'soviet-union',
    name: 'Soviet Union',
    kind: 'country',
    description: 'The USSR, the state that preceded the Russian Federation until 1991.',
    forms: ['Soviet Union', { text: 'USSR', exactCase: true }],
  },
  // Places
  {
    id: 'moscow',
    name: 'Moscow',
    kind: 'place',
    description: 'Capital of Russia; often stands for the Russian government.',
    forms: ['Moscow'],
  },
  {
    id: 'washington',
    name: 'Washington',
    kind: 'place',
    description: 'Capital of the United States; often stands for the US government.',
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
    description: 'Capital of Venezuela.',
    forms: ['Caracas'],
  },
  {
    id: 'damascus',
    name: 'Damascus',
    kind: 'place',
    description: 'Capital of Syria; often stands for the Syrian government.',
    forms: ['Damascus'],
  },
  {
    id: 'kyiv',
    name: 'Kyiv',
    kind: 'place',
    description: 'Capital of Ukraine, also spelled Kiev.',
    forms: ['Kyiv', 'Kiev'],
  },
  {
    id: 'la-paz',
    name: 'La Paz',
    kind: 'place',
    description: "Bolivia's seat of government, suggested in one article as a venue for talks on Venezuela.",
    forms: ['La Paz'],
  },
  {
    id: 'rome',
    name: 'Rome',
    kind: 'place',
    description:
      'Capital of Italy, where US and Russian officials met to talk about Venezuela in March 2019.',
    forms: ['Rome'],
  },
  {
    id: 'saint-petersburg',
    name: 'Saint Petersburg',
    kind: 'place',
    description: "Russia's second city and its capital for much of the imperial era.",
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
    description: 'The Spanish- and Portuguese-speaking countries of the Americas.',
    forms: ['Latin America', 'South America'],
  },
  {
    id: 'caribbean',
    name: 'Caribbean',
    kind: 'place',
    description: 'The sea and the island nations between the Americas, several of them allied with Caracas.',
    forms: ['Caribbean'],
  },
  {
    id: 'western-hemisphere',
    name: 'Western Hemisphere',
    kind: 'place',
    description: 'The Americas, the sphere that the Monroe Doctrine claimed for the United States.',
    forms: ['Western Hemisphere'],
  },
  {
    id: 'eastern-hemisphere',
    name: 'Eastern Hemisphere',
    kind: 'place',
    description:
      'Europe, Asia and Africa, used by Russian officials as the counterpart of the Western Hemisphere.',
    forms: ['Eastern Hemisphere'],
  },
  {
    id: 'middle-east',
    name: 'Middle East',
    kind: 'place',
    description: 'Region of Western Asia and Egypt that includes Syria.',
    forms: ['Middle East', 'Mideast'],
  },
  {
    id: 'afro-eurasia',
    name: 'Afro-Eurasia',
    kind: 'place',
    description:
      'Africa, Europe and Asia taken as one landmass, a frame used by one author for Russian strategy.',
    forms: ['Afro-Eurasia'],
  },
  {
    id: 'europe',
    name: 'Europe',
    kind: 'place',
    description: 'The continent; in these articles often its governments, many of which recognised Guaidó.',
    forms: ['Europe'],
  },
  {
    id: 'balkans',
    name: 'Balkans',
    kind: 'place',
    description: 'Region of south-eastern Europe.',
    forms: ['Balkans'],
  },
  {
    id: 'baltic-states',
    name: 'Baltic states',
    kind: 'place',
    description: "Estonia, Latvia and Lithuania, NATO members on Russia's western border.",
    forms: ['Baltic states'],
  },
  {
    id: 'black-sea',
    name: 'Black Sea',
    kind: 'place',
    description: 'Sea between Ukraine, Russia, Georgia, Turkey, Bulgaria and Romania.',
    forms: ['Black Sea'],
  },
  {
    id: 'caucasus',
    name: 'Caucasus',
    kind: 'place',
    description: 'Mountain region between the Black and Caspian Seas.',
    forms: ['Caucasus'],
  },
  {
    id: 'golan-heights',
    name: 'Golan Heights',
    kind: 'place',
    description:
      'Plateau taken by Israel from Syria in 1967; the US recognised Israeli sovereignty over it in March 2019.',
    forms: ['Golan Heights'],
  },
  {
    id: 'chukotka',
    name: 'Chukotka Peninsula',
    kind: 'place',
    description:
      "Russia's far north-eastern tip, across the Bering Strait from Alaska, which lies in the Western Hemisphere.",
    forms: ['Chukotka Peninsula', { text: 'Chukotka', notInTexts: true }],
  },

  {
    id: 'maidan',
    name: 'Maidan',
    kind: 'place',
    description: "Kyiv's Independence Square, centre of the 2013–2014 protests that ousted Yanukovych.",
    forms: [
      { text: 'Maidan', ambiguous: 'the Ukrainian word for a square', evidencedBy: ['ukraine', 'kyiv'] },
    ],
  },
  // Organisations
  {
    id: 'lima-group',
    name: 'Lima Group',
    kind: 'organisation',
    description:
      'Group of American countries formed in 2017 in Lima to press for a way out of the Venezuelan crisis; most of its members recognised Guaidó.',
    forms: ['Lima Group', { text: 'Grupo de Lima', notInTexts: true }],
  },
  {
    id: 'caricom',
    name: 'CARICOM',
    kind: 'organisation',
    description:
      'The Caribbean Community, a union of Caribbean states that offered its own mediation initiative on Venezuela.',
    forms: ['CARICOM', 'Caribbean Community'],
  },
  {
    id: 'european-union',
    name: 'European Union',
    kind: 'organisation',
    description: 'Union of European states; in 2019 it proposed an international contact group on Venezuela.',
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
      "The regional body of the Americas' states, whose majority sided with the Venezuelan opposition.",
    forms: ['Organization of American States', { text: 'OAS', exactCase: true, notInTexts: true }],
  },
  {
    id: 'nato',
    name: 'NATO',
    kind: 'organisation',
    description: 'The North Atlantic Treaty Organization, the Western military alliance.',
    forms: [
      { text: 'NATO', exactCase: true },
      { text: 'North Atlantic Treaty Organization', notInTexts: true },
    ],
  },

  {
    id: 'kremlin',
    name: 'Kremlin',
    kind: 'organisation',
    description: "The Russian president's seat and administration in Moscow.",
    forms: ['Kremlin'],
  },
  {
    id: 'pentagon',
    name: 'Pentagon',
    kind: 'organisation',
    description: 'The US Department of Defense.',
    forms: ['Pentagon'],
  },
  {
    id: 'us-state-department',
    name: 'US State Department',
    kind: 'organisation',
    description: "The United States' foreign ministry, led in 2019 by Mike Pompeo.",
    forms: [{ text: 'State Department', anyCase: true }],
  },
  {
    id: 'russian-foreign-ministry',
    name: 'Russian Foreign Ministry',
    kind: 'organisation',
    description:
      "Russia's Ministry of Foreign Affairs, led by Sergey Lavrov, with Maria Zakharova as spokeswoman.",
    forms: ['Foreign Ministry'],
  },
  {
    id: 'national-assembly',
    name: 'National Assembly of Venezuela',
    kind: 'organisation',
    description: "Venezuela's opposition-controlled parliament in 2019, headed by Guaidó.",
    forms: ['National Assembly'],
  },
  {
    id: 'venezuelan-armed-forces',
    name: 'Venezuelan Armed Forces',
    kind: 'organisation',
    description: "Venezuela's military, whose leadership largely stayed loyal to Maduro in 2019.",
    forms: ['Venezuelan Armed Forces'],
  },
  {
    id: 'sandinistas',
    name: 'Sandinistas',
    kind: 'organisation',
    description: "Nicaragua's left-wing movement, in government in the 1980s with Soviet support.",
    forms: ['Sandinista', { text: 'Sandinistas', notInTexts: true }],
  },
  {
    id: 'contras',
    name: 'Contras',
    kind: 'organisation',
    description: "US-backed rebels who fought Nicaragua's Sandinista government in the 1980s.",
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
    description: 'Russian state-owned news agency and broadcaster.',
    forms: [
      { text: 'Sputnik', ambiguous: 'the 1957 satellite or the Russian vaccine', evidencedBy: ['russia'] },
      { text: 'Sputnik news agency', notInTexts: true },
    ],
  },

  // Companies
  {
    id: 'rosneft',
    name: 'Rosneft',
    kind: 'company',
    description:
      "Russia's state-controlled oil company, with billions of dollars invested in Venezuela's oil sector.",
    forms: ['Rosneft'],
  },
  {
    id: 'petrocaribe',
    name: 'Petrocaribe',
    kind: 'agreement',
    description:
      'Venezuelan programme, founded in 2005, selling oil on easy terms to Caribbean and Central American states.',
    forms: ['Petrocaribe'],
  },
  // Agreements and formats
  {
    id: 'astana-format',
    name: 'Astana format',
    kind: 'agreement',
    description:
      'Talks on Syria convened by Russia, Turkey and Iran in Astana from 2017; one article suggests Russia might try a similar conference for Venezuela.',
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
    id: 'minsk-agreements',
    name: 'Minsk Agreements',
    kind: 'agreement',
    description: 'The 2014–2015 accords meant to settle the war in eastern Ukraine.',
    forms: ['Minsk Agreements'],
  },
  {
    id: 'un-charter',
    name: 'UN Charter',
    kind: 'agreement',
    description:
      'The founding treaty of the United Nations, which bars interference in the internal affairs of states.',
    forms: ['UN Charter', { text: 'Charter of the United Nations', notInTexts: true }],
  },
  {
    id: 'military-technical-cooperation',
    name: 'Russia–Venezuela military-technical cooperation agreement',
    kind: 'agreement',
    description:
      'The 2001 agreement under which Russia said its military specialists were in Venezuela in 2019.',
    forms: ['military-technical cooperation agreement', 'military-technical cooperation'],
  },
  {
    id: 'contact-group',
    name: 'International Contact Group on Venezuela',
    kind: 'agreement',
    description:
      'A group of European and Latin American states set up on an EU initiative in early 2019 to seek a peaceful solution.',
    forms: ['contact group', { text: 'International Contact Group', notInTexts: true }],
  },
  // Doctrines and concepts
  {
    id: 'monroe-doctrine',
    name: 'Monroe Doctrine',
    kind: 'doctrine',
    description:
      'The 1823 US policy declaring the Americas closed to European interference, invoked again by Trump administration officials in 2019.',
    forms: ['Monroe Doctrine', 'Munroe Doctrine', { text: 'Doctrina Monroe', notInTexts: true }],
  },
  {
    id: 'yinon-plan',
    name: 'Yinon Plan',
    kind: 'doctrine',
    description:
      'A 1982 Israeli essay on fragmenting neighbouring Arab states, cited by one author as a template of regional strategy.',
    forms: ['Yinon Plan'],
  },
  {
    id: 'hybrid-war',
    name: 'Hybrid War',
    kind: 'concept',
    description:
      'The idea of regime change pursued by combining political, informational, economic and irregular means.',
    forms: ['Hybrid War', { text: 'Hybrid Warfare', notInTexts: true }, 'Hybrid Warriors'],
  },
  {
    id: 'color-revolution',
    name: 'Colour Revolution',
    kind: 'concept',
    description:
      'Term for street movements that topple governments, which Moscow portrays as Western-organised.',
    forms: ['Color Revolution', { text: 'Colour Revolution', notInTexts: true }],
  },
  {
    id: 'syrian-scenario',
    name: 'Syrian scenario',
    kind: 'concept',
    description:
      "Shorthand for Russia repeating in Venezuela its 2015 military intervention in support of Syria's government.",
    forms: ['Syrian scenario', 'Syria scenario', 'next Syria', { text: 'new Syria', notInTexts: true }],
  },
  {
    id: 'multipolar-world',
    name: 'Multipolar world order',
    kind: 'concept',
    description:
      'The idea, promoted by Moscow and Beijing, of a world with several centres of power instead of US primacy.',
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
    description: 'The renewed rivalry between Russia and the West likened to the 1947–1991 Cold War.',
    forms: ['New Cold War'],
  },
  {
    id: 'regime-change',
    name: 'Regime change',
    kind: 'concept',
    description:
      "Removing a country's government from outside, a charge Russia levels at US policy on Venezuela.",
    forms: [{ text: 'regime change', anyCase: true }],
  },
  // Events
  {
    id: 'venezuelan-crisis',
    name: 'Venezuelan presidential crisis',
    kind: 'event',
    description:
      "The contest from January 2019 between Maduro and Guaidó over who was Venezuela's legitimate president.",
    forms: ['Venezuelan Crisis', { text: 'Venezuelan presidential crisis', notInTexts: true }],
  },
  {
    id: 'cuban-missile-crisis',
    name: 'Cuban Missile Crisis',
    kind: 'event',
    description:
      'The 1962 stand-off over Soviet missiles in Cuba, ended by a reciprocal withdrawal of US missiles from Turkey.',
    forms: ['Cuban Missile Crisis', 'Caribbean crisis'],
  },
  {
    id: 'nato-bombing-of-yugoslavia',
    name: 'NATO bombing of Yugoslavia',
    kind: 'event',
    description:
      "NATO's 1999 air campaign against Yugoslavia over Kosovo, which Russia opposed and could not stop.",
    forms: ["NATO's bombing of Yugoslavia", { text: 'bombing of Yugoslavia', notInTexts: true }],
  },
  {
    id: 'russian-intervention-in-syria',
    name: 'Russian intervention in Syria',
    kind: 'event',
    description: "Russia's military campaign in Syria from September 2015 in support of Assad's government.",
    forms: ['Russian intervention in Syria', 'Mideast campaign'],
  },
  {
    id: 'russian-deployment-2019',
    name: 'Russian deployment to Venezuela (March 2019)',
    kind: 'event',
    description:
      'The arrival in Caracas of two Russian air force planes carrying about 100 military personnel in March 2019.',
    forms: ['Russian troops', { text: 'Russian military personnel', notInTexts: true }],
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
