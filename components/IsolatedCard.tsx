/** The entity card in a shadow root of its own, for extension pages: its styles stay inside. */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { EntityCard as Card } from '../data/cards';
import { EntityCard } from './EntityCard';
import { entityCardSheet } from './entity-card.css';

export function IsolatedCard({ card }: { card: Card }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current!;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [entityCardSheet()];
    render(<EntityCard card={card} />, shadow);
  }, [card]);
  useEffect(() => () => render(null, host.current!.shadowRoot!), []);
  return <div ref={host} class="isolated-card" />;
}
