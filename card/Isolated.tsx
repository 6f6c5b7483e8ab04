/** Renders its child in a shadow root of its own with the card's styles, for extension pages. */
import { render, type VNode } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { entityCardSheet } from './entity-card.css';

export function Isolated({ children }: { children: VNode }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current!;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [entityCardSheet()];
    render(children, shadow);
  });
  useEffect(() => () => render(null, host.current!.shadowRoot!), []);
  return <div ref={host} class="isolated-card" />;
}
