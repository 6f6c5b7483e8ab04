// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import index from '../data/generated/corpus-index.json';
import type { CorpusIndex } from '../data/corpus-index';
import { cardFor } from './card-content';
import { EntityCard } from './EntityCard';

afterEach(cleanup);

const titles = () => [...document.querySelectorAll('.article .title')].map((t) => t.firstChild?.textContent);

describe('EntityCard', () => {
  it('lists the articles newest first, or by mentions when the reader asks, and says which', () => {
    const card = cardFor(index as CorpusIndex, 'nicolas-maduro')!;
    render(<EntityCard card={card} />);
    screen.getByText(/newest first/);
    expect(titles()[0]).toBe(card.articles[0]!.title);
    fireEvent.click(screen.getByRole('button', { name: 'Most mentions first' }));
    screen.getByText(/most mentions first\)/);
    const most = [...card.articles].sort((a, b) => b.mentions - a.mentions)[0]!;
    expect(titles()[0]).toBe(most.title);
  });

  it('says what the timeline shows, with months and bounds taken from the corpus', () => {
    const card = cardFor(index as CorpusIndex, 'nicolas-maduro')!;
    render(<EntityCard card={card} />);
    screen.getByText(/5 of 5, newest first/);
    fireEvent.click(screen.getByRole('button', { name: 'Compare on a timeline' }));
    // The columns run oldest first, and the heading says so (it used to say "newest first").
    screen.getByText(/5 of 5, oldest first/);
    expect([...document.querySelectorAll('.month')].map((m) => m.textContent)).toEqual([
      'Jan 2019',
      'Feb 2019',
      'Mar 2019',
      'Apr 2019',
    ]);
    // The last article (2 April) sits just past the April mark, the first (26 January) late in January.
    const dots = [...document.querySelectorAll<HTMLElement>('.dot')].map((d) => parseFloat(d.style.left));
    expect(dots[0]).toBeGreaterThan(20);
    expect(dots[0]).toBeLessThan(25);
    expect(dots.at(-1)).toBeGreaterThan(75);
    expect(dots.at(-1)).toBeLessThan(77);
  });

  it('marks a descriptive title as ours', () => {
    const card = cardFor(index as CorpusIndex, 'bashar-al-assad')!;
    render(<EntityCard card={card} />);
    screen.getByText('(no headline; our description)');
  });
});
