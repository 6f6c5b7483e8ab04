/**
 * What is known about each article beyond its text, as printed in the corpus
 * README. Every value that a reader sees is also checked by a test to occur
 * in the article's own text (`evidence`), except the title of 002, which has
 * no headline and carries an honest descriptive one, marked as such.
 */
export interface Article {
  id: string;
  file: string;
  title: string;
  /** True when the article has no headline and `title` is our description. */
  titleIsDescriptive: boolean;
  author: string;
  /** Where the reader read it, as printed; undefined when the text names none. */
  outlet?: string;
  /** Where it first appeared, when the outlet republished it. */
  firstPublishedIn?: string;
  /** ISO date, with the time where the text gives one. */
  date: string;
  /** The date exactly as printed in the text. */
  printedDate: string;
  url?: string;
}

export const ARTICLES: Article[] = [
  {
    id: '000',
    file: '000_fa78294ed861152e.txt',
    title: 'Venezuela Political Crisis: Russia Offers to “Mediate”',
    titleIsDescriptive: false,
    author: 'Andrew Korybko',
    outlet: 'Global Research',
    firstPublishedIn: 'Eurasia Future',
    date: '2019-01-26',
    printedDate: 'January 26, 2019',
  },
  {
    id: '001',
    file: '001_2cf9de6876a550d4.txt',
    title: 'Russia Might be Planning an Astana-Like Conference for Venezuela',
    titleIsDescriptive: false,
    author: 'Andrew Korybko',
    outlet: 'Global Research',
    firstPublishedIn: 'Eurasia Future',
    date: '2019-01-31',
    printedDate: 'January 31, 2019',
  },
  {
    id: '002',
    file: '002_1b99e0e29dff0270.txt',
    title: 'Untitled opinion piece on why Russia sent troops to Venezuela',
    titleIsDescriptive: true,
    author: 'Oleksandr Khara',
    date: '2019-03-26T18:00',
    printedDate: '18:00, 26 March 2019',
  },
  {
    id: '003',
    file: '003_529ed5f50c054826.txt',
    title: 'Russia Throws Down the Gauntlet to US on Venezuela',
    titleIsDescriptive: false,
    author: 'M. K. Bhadrakumar',
    outlet: 'Global Research',
    firstPublishedIn: 'Indian Punchline',
    date: '2019-03-28',
    printedDate: 'March 28, 2019',
  },
  {
    id: '004',
    file: '004_912b70213de0d703.txt',
    title: 'Why Moscow Sent Its Military Personnel to Venezuela',
    titleIsDescriptive: false,
    author: 'Vladimir Frolov',
    outlet: 'The Moscow Times',
    date: '2019-04-02',
    printedDate: 'April 02, 2019',
    url: 'https://www.themoscowtimes.com/2019/04/02/why-moscow-sent-its-military-personnel-to-venezuela-a-65052',
  },
];
