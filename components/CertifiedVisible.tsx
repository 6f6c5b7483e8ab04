/**
 * Clicks that destroy something count only while the browser certifies the
 * card visible. The card frame sits in a page that may be hostile: it cannot
 * read or drive the frame, but it can restyle what holds it (opacity,
 * transforms, filters on `<html>`) or cover it with a decoy, so that a click
 * the reader means for the page lands on the card's Delete (clickjacking).
 * IntersectionObserver v2 (`trackVisibility`) tells a frame whether it is
 * drawn unaltered and uncovered; the destructive buttons inside
 * `CertifiedVisible` are disabled whenever it is not. Where the browser has
 * no v2 (Firefox), they work as they always did. Gloss's other pages are no
 * page's to restyle: outside `CertifiedVisible`, nothing is disabled.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/** IntersectionObserver v2, which TypeScript's DOM types do not have yet. */
interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility: boolean;
  delay: number;
}
interface VisibilityEntry extends IntersectionObserverEntry {
  readonly isVisible: boolean;
}

/** Between two reports: v2 asks for at least 100 ms, as working out what covers the card costs. */
const DELAY_MS = 100;

const tracksVisibility = () =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

const Certified = createContext(true);

/** Whether a click that destroys something counts here. */
export const useCertifiedVisible = (): boolean => useContext(Certified);

/** Certifies its children visible while the browser reports `target` (the card) drawn unaltered and uncovered. */
export function CertifiedVisible({ target, children }: { target: Element; children: ComponentChildren }) {
  // Not before the first report: a card that has just appeared has not been seen yet.
  const [visible, setVisible] = useState(() => !tracksVisibility());
  useEffect(() => {
    if (!tracksVisibility()) return;
    const observer = new IntersectionObserver(
      (entries) => setVisible((entries.at(-1) as VisibilityEntry).isVisible),
      { trackVisibility: true, delay: DELAY_MS } as VisibilityInit,
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [target]);
  return <Certified.Provider value={visible}>{children}</Certified.Provider>;
}
