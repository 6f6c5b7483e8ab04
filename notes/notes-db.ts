/**
 * The notes database (Dexie over IndexedDB). Only ever opened in the
 * extension's own origin (background and extension pages): a content script
 * would open the page's IndexedDB, one store per site, readable by the page.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { mergedText, pageAddress, type Note } from './notes';
import { lineage, mergeSynced } from './sync-merge';
import type { Synced } from './sync-items';

/** A saved note, and whether the save met a newer version and kept both texts. */
export interface SavedNote {
  note: Note;
  merged: boolean;
}

export const DB_NAME = 'gloss';

/** Two notes that say the same, on the same entity and page, whatever their dates. */
const sameContent = (a: Note, b: Note) =>
  a.text === b.text && a.entity === b.entity && a.pageUrl === b.pageUrl && a.pageTitle === b.pageTitle;

/** A note's text as the reader left it, kept until its save lands (messaging/drafts.ts). */
export interface Draft extends Pick<Note, 'id' | 'entity' | 'text' | 'pageUrl' | 'pageTitle'> {
  /** When it was typed: a note saved later is newer than the draft. */
  at: string;
}

/** A deleted note's id and when it was deleted: the tombstone that makes the deletion travel (notes/sync-items.ts). */
export interface Gone {
  id: string;
  at: string;
  /** The versions deleted: the note's last, and those it descends from as synced storage knew them. */
  versions?: string[];
  /** Its tombstone reached synced storage (or came from there). */
  written?: boolean;
}

/** Per note, the versions this device and synced storage agreed on, newest first (notes/sync-merge.ts). */
export interface SyncBase {
  id: string;
  seen: string[];
}

/** The sync's own records (on or off, its status): ids and figures, never a note's text. */
export interface SyncMeta {
  key: string;
  value: unknown;
}

/**
 * Schema history. Version 1 indexed notes by id and entity. Version 2 adds an
 * index on when they changed (the notebook lists newest first) and fills in
 * a page title for notes written before titles were kept. Version 3 drops
 * the query and fragment from the page a note was written on (they carry
 * tokens), as every save now does. Version 4 keeps drafts here, in Gloss's
 * origin (they were in `storage.local`, which content scripts can read).
 * Version 5 adds what syncing notes needs: deletions (`gone`), each note's
 * base version, and the sync's status.
 */
export function openNotesDb(name = DB_NAME, options?: DexieOptions): NotesDb {
  return new NotesDb(name, options);
}

export class NotesDb extends Dexie {
  notes!: Table<Note, string>;
  drafts!: Table<Draft, string>;
  gone!: Table<Gone, string>;
  syncBases!: Table<SyncBase, string>;
  syncMeta!: Table<SyncMeta, string>;

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
    this.version(5).stores({
      notes: 'id, entity, updatedAt',
      drafts: 'id',
      gone: 'id',
      syncBases: 'id',
      syncMeta: 'key',
    });
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
    return this.transaction('rw', this.notes, this.gone, async () => {
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
      // Written again after a deletion: the deletion no longer travels.
      await this.gone.delete(note.id);
      return { note, merged };
    });
  }

  /**
   * Deletes a note, keeping a tombstone so that the deletion reaches other
   * devices; answers it as it was, so that it can be put back (undefined:
   * there was none).
   */
  deleteNote(id: string, at = new Date().toISOString()): Promise<Note | undefined> {
    return this.transaction('rw', this.notes, this.gone, this.syncBases, async () => {
      const note = await this.notes.get(id);
      await this.notes.delete(id);
      if (note) {
        const versions = await this.lineageWith(id, note.updatedAt);
        await this.gone.put({ id, at: at > note.updatedAt ? at : note.updatedAt, versions });
      }
      return note;
    });
  }

  /**
   * Puts back a note as it was when deleted. A note stored under its id
   * since (restored already, or written again) is newer and is kept. Its
   * deletion kept, the note comes back as a new version (dated now, after
   * the deletion, and descending from the one deleted): the tombstone names
   * the old version, and may be in synced storage already, whatever this
   * device recorded (a pass writes it first and records it last, if it
   * ends), and would delete it again.
   */
  restoreNote(note: Note): Promise<void> {
    return this.transaction('rw', this.notes, this.gone, this.syncBases, async () => {
      if (!(await this.notes.get(note.id))) await this.notes.add(await this.afterDeletion(note));
      await this.gone.delete(note.id);
    });
  }

  /**
   * Applies validated notes all at once: if any write fails, none is kept. A
   * deleted one comes back as restored. One that replaces a note stored here
   * with other content is a new version of it (dated now, descending from
   * the stored one): put back with its own date, an older version synced
   * devices agreed on would be taken by each for older than the other's, and
   * written over it, forever. The same content leaves the stored note as it is.
   */
  importNotes(notes: readonly Note[]): Promise<void> {
    return this.transaction('rw', this.notes, this.gone, this.syncBases, async () => {
      const back: Note[] = [];
      for (const note of notes) {
        const here = await this.notes.get(note.id);
        if (!here) back.push(await this.afterDeletion(note));
        else if (!sameContent(here, note)) back.push(await this.after(here, note));
      }
      await this.notes.bulkPut(back);
      await this.gone.bulkDelete(notes.map((n) => n.id));
    });
  }

  /**
   * `note` over `here`: a new version, dated now and after `here`, descending
   * from it, on `here`'s entity (synced storage never moves a note to another
   * entity: two devices would each write theirs over the other's).
   */
  private async after(here: Note, note: Note): Promise<Note> {
    const at = Math.max(Date.now(), Date.parse(here.updatedAt) + 1);
    await this.syncBases.put({ id: note.id, seen: await this.lineageWith(note.id, here.updatedAt) });
    return { ...note, entity: here.entity, updatedAt: new Date(at).toISOString() };
  }

  /** A note put back after its deletion: a new version, dated after the deletion, descending from the old one. */
  private async afterDeletion(note: Note): Promise<Note> {
    const gone = await this.gone.get(note.id);
    if (!gone) return note;
    const now = Date.now();
    // A deletion dated past a day from now is no date at all (notes/notes.ts, IsoDate).
    const deletedAt = Math.min(Date.parse(gone.at), now + 86_400_000);
    const after = Math.max(now, deletedAt + 1, Date.parse(note.updatedAt) + 1);
    await this.syncBases.put({ id: note.id, seen: await this.lineageWith(note.id, note.updatedAt) });
    return { ...note, updatedAt: new Date(after).toISOString() };
  }

  /** `version` among the versions synced storage agreed on for a note: what a version made from it descends from. */
  private async lineageWith(id: string, version: string): Promise<string[]> {
    return lineage([version], (await this.syncBases.get(id))?.seen ?? []);
  }

  /**
   * Merges what synced storage holds (notes/sync-merge.ts) in one
   * transaction with the reading of this device's notes, so that a save
   * landing meanwhile is never overwritten; forgets deletions from before
   * `expired`. Answers what this device now holds, and the entities whose
   * notes changed.
   */
  mergeSynced(remote: Synced, expired: string) {
    return this.transaction('rw', this.notes, this.gone, this.syncBases, async () => {
      const [notes, goneRows, bases] = await Promise.all([
        this.notes.toArray(),
        this.gone.toArray(),
        this.syncBases.toArray(),
      ]);
      const byId = new Map(notes.map((n) => [n.id, n]));
      const gone = new Map(goneRows.filter((g) => g.at >= expired).map((g) => [g.id, g]));
      const seen = new Map(bases.map((b) => [b.id, b.seen]));
      const merged = mergeSynced({ notes: byId, gone, seen }, remote);
      const changed = new Set<string>();
      for (const note of merged.put) {
        changed.add(note.entity);
        byId.set(note.id, note);
      }
      for (const id of merged.remove.keys()) {
        changed.add(byId.get(id)!.entity);
        byId.delete(id);
      }
      // Learnt from synced storage, so there already.
      const learnt = [...merged.gone].map(([id, deletion]) => ({ id, ...deletion, written: true }));
      for (const row of learnt) gone.set(row.id, row);
      for (const id of merged.ungone) gone.delete(id);
      for (const [id, agreed] of merged.seen) seen.set(id, agreed);
      await this.notes.bulkPut(merged.put);
      await this.notes.bulkDelete([...merged.remove.keys()]);
      const expiredIds = goneRows.filter((g) => g.at < expired).map((g) => g.id);
      await this.gone.bulkDelete([...expiredIds, ...merged.ungone]);
      await this.gone.bulkPut(learnt);
      await this.syncBases.bulkPut([...merged.seen].map(([id, agreed]) => ({ id, seen: agreed })));
      return { notes: [...byId.values()], gone, seen, changed: [...changed] };
    });
  }
}
