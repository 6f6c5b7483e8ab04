/**
 * The notes database (Dexie over IndexedDB). Only ever opened in the
 * extension's own origin (background and extension pages): a content script
 * would open the page's IndexedDB, one store per site, readable by the page.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { mergedText, pageAddress, type Note } from './notes';

/** A saved note, and whether the save met a newer version and kept both texts. */
export interface SavedNote {
  note: Note;
  merged: boolean;
}

export const DB_NAME = 'gloss';

/** A note's text as the reader left it, kept until its save lands (messaging/drafts.ts). */
export interface Draft extends Pick<Note, 'id' | 'entity' | 'text' | 'pageUrl' | 'pageTitle'> {
  /** When it was typed: a note saved later is newer than the draft. */
  at: string;
}

/**
 * Schema history. Version 1 indexed notes by id and entity. Version 2 adds an
 * index on when they changed (the notebook lists newest first) and fills in
 * a page title for notes written before titles were kept. Version 3 drops
 * the query and fragment from the page a note was written on (they carry
 * tokens), as every save now does. Version 4 keeps drafts here, in Gloss's
 * origin (they were in `storage.local`, which content scripts can read).
 */
export function openNotesDb(name = DB_NAME, options?: DexieOptions): NotesDb {
  return new NotesDb(name, options);
}

export class NotesDb extends Dexie {
  notes!: Table<Note, string>;
  drafts!: Table<Draft, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ notes: 'id, entity' });
    this.version(2)
      .stores({ notes: 'id, entity, updatedAt' })
      .upgrade((tx) =>
        tx
          .table<Note, string>('notes')
          .toCollection()
          .modify((note) => {
            note.pageTitle ??= '';
          }),
      );
    this.version(3)
      .stores({ notes: 'id, entity, updatedAt' })
      .upgrade((tx) =>
        tx
          .table<Note, string>('notes')
          .toCollection()
          .modify((note) => {
            note.pageUrl = pageAddress(note.pageUrl);
          }),
      );
    this.version(4).stores({ notes: 'id, entity, updatedAt', drafts: 'id' });
  }

  notesOn(entity: string): Promise<Note[]> {
    return this.notes.where('entity').equals(entity).reverse().sortBy('createdAt');
  }

  allNotes(): Promise<Note[]> {
    return this.notes.orderBy('updatedAt').reverse().toArray();
  }

  /**
   * Creates or updates a note; the text is the reader's, dates are ours.
   * `base` is the `updatedAt` the editor last saw: if the note changed
   * elsewhere since, nothing is overwritten: both texts are kept, the other
   * first, and `merged` says so.
   */
  async saveNote(
    input: Pick<Note, 'entity' | 'text' | 'pageUrl' | 'pageTitle'> & { id?: string; base?: string },
  ): Promise<SavedNote> {
    return this.transaction('rw', this.notes, async () => {
      const existing = input.id ? await this.notes.get(input.id) : undefined;
      // `updatedAt` names the version an editor saw: two saves in one millisecond must not share it.
      const now = new Date(
        Math.max(Date.now(), existing ? Date.parse(existing.updatedAt) + 1 : 0),
      ).toISOString();
      const merged =
        !!existing &&
        input.base !== undefined &&
        existing.updatedAt !== input.base &&
        existing.text !== input.text;
      const note: Note = existing
        ? { ...existing, text: merged ? mergedText(existing.text, input.text) : input.text, updatedAt: now }
        : {
            id: input.id ?? crypto.randomUUID(),
            entity: input.entity,
            text: input.text,
            createdAt: now,
            updatedAt: now,
            pageUrl: input.pageUrl,
            pageTitle: input.pageTitle,
          };
      await this.notes.put(note);
      return { note, merged };
    });
  }

  /** Deletes a note; answers it as it was, so that it can be put back (undefined: there was none). */
  deleteNote(id: string): Promise<Note | undefined> {
    return this.transaction('rw', this.notes, async () => {
      const note = await this.notes.get(id);
      await this.notes.delete(id);
      return note;
    });
  }

  /**
   * Puts back a note as it was when deleted, its dates included. A note
   * stored under its id since (restored already, or written again) is newer
   * and is kept.
   */
  restoreNote(note: Note): Promise<void> {
    return this.transaction('rw', this.notes, async () => {
      if (!(await this.notes.get(note.id))) await this.notes.add(note);
    });
  }

  /** Applies validated notes all at once: if any write fails, none is kept. */
  importNotes(notes: readonly Note[]): Promise<void> {
    return this.transaction('rw', this.notes, async () => {
      await this.notes.bulkPut([...notes]);
    });
  }
}
