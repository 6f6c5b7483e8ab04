// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../../messaging/contract';
import { Popup } from './Popup';

/** The popup opened as a page about tab 3, whose state the background answers with `state`. */
function popupFor(state: TabState) {
  history.replaceState(null, '', '/popup.html?tab=3');
  // The background answers `getTabState` as it does, through `sendResponse`.
  fakeBrowser.runtime.onMessage.addListener((_, __, sendResponse) => {
    sendResponse(state);
    return true;
  });
  render(<Popup />);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Popup', () => {
  const page = {
    url: 'https://news.example/live',
    enabled: true,
    counts: { 'nicolas-maduro': 5000, rosneft: 1 },
  };

  it('says in one line when the page has so many mentions that only first mentions are marked', async () => {
    popupFor({ ...page, capped: true });
    await screen.findByRole('list', { name: 'Found on this page' });
    screen.getByText('This page has so many mentions that only first mentions are marked.');
  });

  it('says nothing of it on an ordinary page', async () => {
    popupFor({ ...page, capped: false });
    await screen.findByRole('list', { name: 'Found on this page' });
    expect(screen.queryByText(/only first mentions/)).toBeNull();
  });
});
