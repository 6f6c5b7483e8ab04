// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { NotesPanel, type NotesPanelProps } from './NotesPanel';
import { RETRY_MS } from '../notes/note-saving';
import type { Note } from '../notes/notes';
import type { SavedNote } from '../notes/notes-db';
import type { Stored } from '../messaging/contract';

const noteOf = (id: string, text: string, updatedAt = '2025-01-01T00:00:00.000Z'): Note => ({
  id,
  entity: 'rosneft',
  text,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt,
  pageUrl: '',
  pageTitle: '',
});
const saved = (id: string, text: string, merged = false): Stored<SavedNote> => ({
  ok: true,
  value: { note: noteOf(id, text), merged },
});

afterEach(cleanup);

/** The panel of Rosneft's notes, with nothing stored and every action a stub, unless given. */
const rosneftPanel = (props: Partial<NotesPanelProps> = {}) => (
  <NotesPanel entityName="Rosneft" notes={[]} save={vi.fn()} remove={vi.fn()} restore={vi.fn()} {...props} />
);

describe('NotesPanel', () => {
  it('saves a new note as the reader types, then keeps updating the same note', async () => {
    const save = vi.fn(async (id: string, text: string) => saved(id, text));
    const write = vi.fn();
    render(rosneftPanel({ save, write }));
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' });
    fireEvent.input(box, { target: { value: 'First' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [id] = save.mock.calls[0]!;
    expect(save).toHaveBeenCalledWith(id, 'First', undefined);
    fireEvent.input(box, { target: { value: 'First, edited' } });
    fireEvent.blur(box);
    await waitFor(() =>
      expect(save).toHaveBeenLastCalledWith(id, 'First, edited', '2025-01-01T00:00:00.000Z'),
    );
    // Every change was handed over before it was saved, under the same id.
    expect(write.mock.calls).toEqual([
      [id, 'First'],
      [id, 'First, edited'],
    ]);
  });

  it('makes one note of a first save that is slow to answer while the reader types on', async () => {
    let answer: (() => void) | undefined;
    const save = vi.fn(
      (id: string, text: string) =>
        new Promise<Stored<SavedNote>>((done) => {
          answer = () => done(saved(id, text));
        }),
    );
    render(rosneftPanel({ save }));
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' });
    fireEvent.input(box, { target: { value: 'First' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    fireEvent.input(box, { target: { value: 'First and more' } });
    fireEvent.blur(box);
    // One save at a time: the blur asks for a save at once, and it waits for the first to answer.
    expect(save).toHaveBeenCalledTimes(1);
    answer!();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    answer!();
    // Both saves name the same note: the store upserts it, so there is one note, not two, with all the text.
    const [first, second] = save.mock.calls.map(([id]) => id);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
    expect(save.mock.calls.at(-1)![1]).toBe('First and more');
  });

  it('keeps both versions of a note changed elsewhere meanwhile, and says so', async () => {
    const mine = noteOf('n1', 'Start');
    const save = vi.fn(async (id: string, text: string) =>
      saved(id, `Start, from the other tab\n\n${text}`, true),
    );
    render(rosneftPanel({ notes: [mine], save }));
    const box = screen.getByRole('textbox', { name: 'Note on Rosneft' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Start, from here' } });
    fireEvent.blur(box);
    await screen.findByText('Changed elsewhere meanwhile: both versions are kept here, the other first.');
    expect(save).toHaveBeenCalledWith('n1', 'Start, from here', mine.updatedAt);
    expect(box.value).toBe('Start, from the other tab\n\nStart, from here');
  });

  it('says when Gloss was updated under it, keeps the text, and tries again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const save = vi
        .fn(async (id: string, text: string) => saved(id, text))
        .mockRejectedValueOnce(new Error('Extension context invalidated.'));
      const settle = vi.fn();
      render(rosneftPanel({ save, settle }));
      const box = screen.getByRole('textbox', { name: 'New note on Rosneft' }) as HTMLTextAreaElement;
      fireEvent.input(box, { target: { value: 'Keep me' } });
      fireEvent.blur(box);
      expect((await screen.findByRole('alert')).textContent).toBe(
        'Gloss was updated: copy your text, then reopen the card.',
      );
      expect(box.value).toBe('Keep me');
      expect(settle).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
      await waitFor(() => expect(settle).toHaveBeenCalledWith(save.mock.calls[0]![0]));
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a storage failure with what to do, and keeps the text', async () => {
    const save = vi.fn(async (): Promise<Stored<SavedNote>> => ({
      ok: false,
      error: 'Your browser has no room left to store notes.',
    }));
    render(rosneftPanel({ save }));
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Do not lose me' } });
    fireEvent.blur(box);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser has no room left to store notes.',
    );
    expect(box.value).toBe('Do not lose me');
  });

  it('prints where a note was written as text, never as markup', () => {
    // A page's title is the page's to choose: one that is markup must stay words on the screen.
    const note = { ...noteOf('n1', 'Watch this'), pageTitle: '<img src=x onerror=alert(1)>' };
    render(rosneftPanel({ notes: [note] }));
    screen.getByText(/on “<img src=x onerror=alert\(1\)>”$/);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('a deleted note', () => {
  const dated = (id: string, text: string, day: string): Note => ({
    ...noteOf(id, text),
    createdAt: `2025-01-0${day}T00:00:00.000Z`,
    pageUrl: 'https://news.example/a',
    pageTitle: 'A',
  });
  // Newest first, as the store lists them.
  const [newest, middle, oldest] = [
    dated('n3', 'Newest', '3'),
    dated('n2', 'Middle', '2'),
    dated('n1', 'Oldest', '1'),
  ];
  const all = [newest!, middle!, oldest!];
  const shown = () =>
    [...document.querySelectorAll('textarea, [role="status"]')].map((e) =>
      e instanceof HTMLTextAreaElement ? e.value : e.textContent,
    );

  it('leaves "Note deleted" and Undo in its place; Undo puts it back as it was, and it shows again', async () => {
    const remove = vi.fn(async (id: string) => ({ ok: true as const, value: all.find((n) => n.id === id)! }));
    const restore = vi.fn(async () => ({ ok: true as const, value: null }));
    const panel = (notes: Note[]) => rosneftPanel({ notes, remove, restore });
    const { rerender } = render(panel(all));
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[1]!);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(remove).toHaveBeenCalledWith('n2');
    // The list no longer has it once the deletion is announced; its place says so, and focus is on Undo.
    rerender(panel([newest!, oldest!]));
    expect(shown()).toEqual(['Newest', 'Note deleted', 'Oldest', '']);
    expect(document.activeElement).toBe(undo);
    expect(undo.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);

    fireEvent.click(undo);
    await waitFor(() => expect(restore).toHaveBeenCalledWith(middle));
    rerender(panel(all));
    await waitFor(() => expect(shown()).toEqual(['Newest', 'Middle', 'Oldest', '']));
    expect(document.activeElement).toBe(screen.getAllByRole('textbox', { name: 'Note on Rosneft' })[1]);
  });

  it('says why it could not be put back, and still offers Undo', async () => {
    const remove = vi.fn(async () => ({ ok: true as const, value: middle! }));
    const restore = vi.fn(async () => ({
      ok: false as const,
      error: 'Your browser has no room left to store notes.',
    }));
    render(rosneftPanel({ notes: [middle!], remove, restore }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser has no room left to store notes.',
    );
    screen.getByRole('button', { name: 'Undo' });
  });

  it('in the new-note box leaves an empty box for the next one', async () => {
    const save = vi.fn(async (id: string, text: string) => saved(id, text));
    const remove = vi.fn(async (id: string) => ({ ok: true as const, value: noteOf(id, 'Gone') }));
    render(rosneftPanel({ save, remove }));
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' });
    fireEvent.input(box, { target: { value: 'Gone' } });
    fireEvent.blur(box);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await screen.findByRole('status');
    expect(shown()).toEqual(['Note deleted', '']);
  });
});
