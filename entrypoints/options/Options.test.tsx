// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from './Options';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('keeps the next site the reader typed when the answer to the last one comes after it', async () => {
  let answer!: (a: unknown) => void;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) =>
    (message as { type: string }).type === 'changeSettings'
      ? new Promise((resolve) => (answer = resolve))
      : Promise.resolve(undefined),
  );
  render(<Options />);
  const input = (await screen.findByPlaceholderText('example.com')) as HTMLInputElement;
  fireEvent.input(input, { target: { value: 'site16.example' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(answer).toBeDefined());
  // The site is shown (its storage change heard) and the next typed before the answer comes.
  await fakeBrowser.storage.local.set({ sites: ['.site16.example'] });
  await screen.findByRole('button', { name: 'Turn Gloss back on for .site16.example' });
  fireEvent.input(input, { target: { value: 'site17.example' } });
  // The answer carries a note, so that its handling shows: the box is looked at once it has.
  answer({ ok: true, value: 'Turned off.' });
  await screen.findByText('Turned off.');
  expect(input.value).toBe('site17.example');
});
