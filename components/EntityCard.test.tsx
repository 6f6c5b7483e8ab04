// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import index from '../data/generated/corpus-index.json';
import type { CorpusIndex } from '../data/compile-index';
import { cardFor } from '../data/cards';
import { EntityCard } from './EntityCard';

afterEach(cleanup);

const titles = () => [...document.querySelectorAll('.article .title')].map((t) => t.firstChild?.textContent);

describe('EntityCard', () => {
  it('lists the articles newest first, or by mentions when the reader asks, and says which', () => {
    const card = cardFor(index as CorpusIndex, 'nicolas-maduro')!;
    render(<EntityCard card={card} />);
    expect(screen.getByText(/newest first/)).toBeTruthy();
    expect(titles()[0]).toBe(card.articles[0]!.title);
    fireEvent.click(screen.getByRole('button', { name: 'Most mentions first' }));
    expect(screen.getByText(/most mentions first\)/)).toBeTruthy();
    const most = [...card.articles].sort((a, b) => b.mentions - a.mentions)[0]!;
    expect(titles()[0]).toBe(most.title);
  });

  it('marks a descriptive title as ours', () => {
    const card = cardFor(index as CorpusIndex, 'bashar-al-assad')!;
    render(<EntityCard card={card} />);
    expect(screen.getByText('(no headline; our description)')).toBeTruthy();
  });
});
