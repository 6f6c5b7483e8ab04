// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { NotesPanel } from './NotesPanel';
import type { Note } from '../data/notes';
import type { Stored } from '../data/messages';

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
    const save = vi.fn(async (id: string | undefined, text: string) => saved(id ?? 'new-id', text));
    render(<NotesPanel entityName="Rosneft" notes={[]} save={save} remove={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'New note on Rosneft' });
    fireEvent.input(box, { target: { value: 'First' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenCalledWith(undefined, 'First'));
    fireEvent.input(box, { target: { value: 'First, edited' } });
    fireEvent.blur(box);
    await waitFor(() => expect(save).toHaveBeenLastCalledWith('new-id', 'First, edited'));
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
