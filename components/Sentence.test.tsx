// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { useLanguage } from '../tests/unit/messages';
import { Sentence } from './Sentence';

afterEach(cleanup);

describe('Sentence', () => {
  it('puts each element where the language puts its placeholder', () => {
    const keys = {
      next: <kbd>J</kbd>,
      previous: <kbd>K</kbd>,
      enter: <kbd>Enter</kbd>,
      escape: <kbd>Esc</kbd>,
    };
    const { container, unmount } = render(<Sentence message="welcome.keys" parts={keys} />);
    expect(container.textContent).toBe(
      'From the keyboard, J and K move to the next and previous marked name; Enter opens its card, Esc closes it.',
    );
    unmount();
    useLanguage('de');
    const german = render(<Sentence message="options.hoverDelay" parts={{ delay: <input value="350" /> }} />);
    const [before, input, after] = [...german.container.childNodes];
    expect([before?.textContent, input?.nodeName, after?.textContent]).toEqual([
      'Eine Karte öffnen, wenn der Zeiger ',
      'INPUT',
      ' ms auf einem Begriff ruht',
    ]);
  });
});
