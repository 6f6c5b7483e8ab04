// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import index from '../data/generated/corpus-index.json';
import type { CorpusIndex } from '../data/corpus-index';
import { cardFor } from '../card/card-content';
import { CertifiedVisible } from './CertifiedVisible';
import { EntityCard } from '../card/EntityCard';
import { NotesPanel } from './NotesPanel';
import type { Note } from '../notes/notes';

const note: Note = {
  id: 'n1',
  entity: 'rosneft',
  text: 'Keep me',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  pageUrl: '',
  pageTitle: '',
};

/** An observer as the test sees it: what it watches and how, and a way to report as the browser would. */
interface Made {
  target?: Element;
  init?: IntersectionObserverInit;
  report(isVisible: boolean): void;
}
const observers: Made[] = [];
class FakeObserver {
  private made: Made;
  constructor(callback: (entries: { isVisible: boolean }[]) => void, init?: IntersectionObserverInit) {
    this.made = { init, report: (isVisible) => callback([{ isVisible }]) };
    observers.push(this.made);
  }
  observe(target: Element) {
    this.made.target = target;
  }
  disconnect() {}
}
/** A browser with IntersectionObserver v2 (Chromium), or with v1 only (Firefox). */
function browserWith(v2: boolean): void {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const entry = v2
    ? class {
        get isVisible() {
          return false;
        }
      }
    : class {
        get isIntersecting() {
          return false;
        }
      };
  vi.stubGlobal('IntersectionObserverEntry', entry);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  observers.length = 0;
});

function cardFrame() {
  const remove = vi.fn(async () => ({ ok: true as const, value: note }));
  const target = document.createElement('div');
  render(
    <CertifiedVisible target={target}>
      <NotesPanel entityName="Rosneft" notes={[note]} save={vi.fn()} remove={remove} restore={vi.fn()} />
    </CertifiedVisible>,
  );
  return { remove, target, button: () => screen.getByRole<HTMLButtonElement>('button', { name: 'Delete' }) };
}

describe('CertifiedVisible', () => {
  it('keeps Delete off until the browser certifies the card visible, and whenever it does not', () => {
    browserWith(true);
    const { remove, target, button } = cardFrame();
    expect(observers).toMatchObject([{ target, init: { trackVisibility: true } }]);
    expect((observers[0]!.init as { delay: number }).delay).toBeGreaterThanOrEqual(100);
    expect(button().disabled).toBe(true);
    act(() => observers[0]!.report(true));
    expect(button().disabled).toBe(false);
    // The page made the card see-through, or covered it.
    act(() => observers[0]!.report(false));
    expect(button().disabled).toBe(true);
    fireEvent.click(button());
    expect(remove).not.toHaveBeenCalled();
  });

  it('keeps "Not this here" off too, as it changes the settings at once', () => {
    browserWith(true);
    const notHere = vi.fn(async () => undefined);
    render(
      <CertifiedVisible target={document.body}>
        <EntityCard
          card={cardFor(index as CorpusIndex, 'rosneft')!}
          matched="Rosneft"
          actions={{ notHere }}
        />
      </CertifiedVisible>,
    );
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Not this here' });
    expect(button.disabled).toBe(true);
    act(() => observers[0]!.report(true));
    expect(button.disabled).toBe(false);
  });

  it('leaves Delete on where the browser cannot tell (no IntersectionObserver v2)', () => {
    browserWith(false);
    const { remove, button } = cardFrame();
    expect(observers).toEqual([]);
    expect(button().disabled).toBe(false);
    fireEvent.click(button());
    expect(remove).toHaveBeenCalledWith('n1');
  });

  it('leaves Delete on outside it (the notebook, the reader)', () => {
    browserWith(true);
    render(
      <NotesPanel entityName="Rosneft" notes={[note]} save={vi.fn()} remove={vi.fn()} restore={vi.fn()} />,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Delete' }).disabled).toBe(false);
  });
});
