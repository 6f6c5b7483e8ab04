// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { NotesPanel } from './NotesPanel';
import type { Note } from '../data/notes';
import type { Stored } from '../messaging/contract';

const saved = (id: string, text: string): Stored<Note> => ({
  ok: true,
  value: {
    id,
    entity: 'rosneft',
    text,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    pageUrl: '',
    pageTitle: '',
  },
});

afterEach(cleanup);

describe('NotesPanel', () => {
  it('saves a new note as the reader types, then keeps updating the same note', async () => {
    const save = vi.fn(async (id: string, text: string) => saved(id, text));
    const write = vi.fn();
    render(<NotesPanel entityName="Rosneft" notes={[]} save={save} remove={vi.fn()} write={write} />);
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' });
    fireEvent.input(box, { target: { value: 'First' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [id] = save.mock.calls[0]!;
    expect(save).toHaveBeenCalledWith(id, 'First');
    fireEvent.input(box, { target: { value: 'First, edited' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenLastCalledWith(id, 'First, edited'));
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
        new Promise<Stored<Note>>((done) => {
          answer = () => done(saved(id, text));
        }),
    );
    render(<NotesPanel entityName="Rosneft" notes={[]} save={save} remove={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' });
    fireEvent.input(box, { target: { value: 'First' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    fireEvent.input(box, { target: { value: 'First and more' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    answer!();
    // Both saves name the same note: the store upserts it, so there is one note, not two.
    const [first, second] = save.mock.calls.map(([id]) => id);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });

  it('shows a storage failure with what to do, and keeps the text', async () => {
    const save = vi.fn(async (): Promise<Stored<Note>> => ({
      ok: false,
      error: 'Your browser has no room left to store notes.',
    }));
    render(<NotesPanel entityName="Rosneft" notes={[]} save={save} remove={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Do not lose me' } });
    fireEvent.blur(box);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser has no room left to store notes.',
    );
    expect(box.value).toBe('Do not lose me');
  });

  it('renders note text as text, never as markup', () => {
    const hostile = saved('n1', '<img src=x onerror=alert(1)>');
    render(
      <NotesPanel
        entityName="Rosneft"
        notes={[hostile.ok ? hostile.value : (undefined as never)]}
        save={vi.fn()}
        remove={vi.fn()}
      />,
    );
    expect((screen.getByRole('textbox', { name: 'Note on Rosneft' }) as HTMLTextAreaElement).value).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
  });
});
