/**
 * The sizes that values stored or sent between Gloss's contexts are held to,
 * stated once: the schemas of notes, settings and messages all use them.
 */

/** Entity ids are short slugs ("nicolas-maduro"), note ids a UUID. */
export const MAX_ID_CHARS = 100;
/** A page's address as Gloss keeps or is told it: longer ones are not real pages. */
export const MAX_URL_CHARS = 4000;
/** A page's title as a note keeps it. */
export const MAX_TITLE_CHARS = 1000;
/** A time as Gloss writes it (an ISO 8601 string, 24 characters), with room to spare. */
export const MAX_TIME_CHARS = 40;
