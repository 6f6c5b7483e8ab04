import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../compile/dictionary';
import { findingOf, type Finding } from '../matching/finding';
import { answerPort, portFinder, type FinderPort } from './finder-port';
import type { Request, SenderInfo } from './contract';

const ID = 'gloss-id';
const finding = findingOf(buildDictionary());
/** The background's handlers for the finder's requests, over `found`. */
const answers =
  (found: Finding) =>
  (request: Request): unknown =>
    request.type === 'places'
      ? found.places(request.pieces)
      : request.type === 'matches'
        ? found.matches(request.texts)
        : null;
/** One piece, a name at its start. */
const MADURO = [{ text: 'Maduro', from: 0, to: 6 }];
/** The places in 'Maduro': at 0, where a term of Maduro's may match. */
const MADURO_PLACES = finding.places(MADURO);
const contentScript: SenderInfo = { id: ID, tab: { id: 1 }, url: 'https://news.example/' };

interface End extends FinderPort {
  other: End;
  deliver(message: unknown): void;
  dropped(): void;
}

/** One end of a port; messages arrive as the browser delivers them: later, and copied. */
function end(sender?: SenderInfo): End {
  const onMessage = new Set<(message: unknown) => void>();
  const onDisconnect = new Set<() => void>();
  const port: End = {
    sender,
    other: undefined as unknown as End,
    onMessage: { addListener: (f: (message: unknown) => void) => void onMessage.add(f) },
    onDisconnect: { addListener: (f: () => void) => void onDisconnect.add(f) },
    postMessage: (message: unknown) => queueMicrotask(() => port.other.deliver(structuredClone(message))),
    disconnect: () => queueMicrotask(() => port.other.dropped()),
    deliver: (message: unknown) => onMessage.forEach((f) => f(message)),
    dropped: () => onDisconnect.forEach((f) => f()),
  };
  return port;
}

/** A browser where each port a page opens reaches the background as `sender`; `serve` says what the background does with it. */
function browser(sender: SenderInfo, serve = (port: FinderPort) => answerPort(port, answers(finding), ID)) {
  const opened: FinderPort[] = [];
  const connect = () => {
    const page = end();
    const background = end(sender);
    page.other = background;
    background.other = page;
    serve(background);
    opened.push(page);
    return page;
  };
  return { connect, opened };
}

/** `connect`, but the first port it opens was let go by the background unheard: posting on it throws. */
function firstPortDead(connect: () => FinderPort): () => FinderPort {
  let first = true;
  return () => {
    const port = connect();
    if (first) {
      first = false;
      port.postMessage = () => {
        throw new Error('Attempting to use a disconnected port object');
      };
    }
    return port;
  };
}

describe("a page's questions to the background's finding", () => {
  it('are answered on one port: the places a name may start, then the matches in the runs read there', async () => {
    const { connect, opened } = browser(contentScript);
    const finder = portFinder(connect);
    const text = 'Yesterday Maduro spoke.';
    const [places] = await finder.places([{ text, from: 0, to: text.length }]);
    expect(places![0]).toBe(text.indexOf('Maduro'));
    const found = await finder.matches(['Nicolás Maduro spoke.', 'Nothing here.']);
    expect(found.map((run) => run.map(([start, end]) => [start, end]))).toEqual([[[0, 14]], []]);
    expect(opened).toHaveLength(1);
    finder.close();
  });

  it('are asked again on a new port when the background let the first go (a service worker stopped while idle)', async () => {
    let first = true;
    const { connect, opened } = browser(contentScript, (port) => {
      if (!first) return answerPort(port, answers(finding), ID);
      first = false;
      port.onMessage.addListener(() => port.disconnect());
    });
    const finder = portFinder(connect);
    expect(await finder.places(MADURO)).toEqual(MADURO_PLACES);
    expect(opened).toHaveLength(2);
  });

  it('are asked again on a new port when the old one throws as they are posted (the background let it go unheard)', async () => {
    const { connect, opened } = browser(contentScript);
    const finder = portFinder(firstPortDead(connect));
    expect(await finder.places(MADURO)).toEqual(MADURO_PLACES);
    expect(await finder.places(MADURO)).toEqual(MADURO_PLACES);
    expect(opened).toHaveLength(2);
  });

  it('are not asked again when a port given up on says it went after its successor took over', async () => {
    const { connect, opened } = browser(contentScript);
    const finder = portFinder(firstPortDead(connect));
    const asked = finder.places(MADURO);
    // The first port's disconnection is heard after the question went on the second.
    (opened[0] as End).dropped();
    expect(await asked).toEqual(MADURO_PLACES);
    expect(await finder.places(MADURO)).toEqual(MADURO_PLACES);
    expect(opened).toHaveLength(2);
  });

  it('are let go when the page closes the port: nothing will answer them', async () => {
    const { connect } = browser(contentScript, () => undefined);
    const finder = portFinder(connect);
    const asked = finder.places(MADURO);
    finder.close();
    await expect(asked).rejects.toThrow('closed');
  });

  it('are given up on when the background goes away twice, so the page does not wait forever', async () => {
    const { connect } = browser(contentScript, (port) => port.onMessage.addListener(() => port.disconnect()));
    await expect(portFinder(connect).places(MADURO)).rejects.toThrow('disconnected');
  });

  it('are answered with nothing when the finding fails on one, so the page is not left waiting', async () => {
    const failing = {
      ...finding,
      places: () => {
        throw new Error('a bug');
      },
    };
    const { connect } = browser(contentScript, (port) => answerPort(port, answers(failing), ID));
    const finder = portFinder(connect);
    await expect(finder.places(MADURO)).rejects.toThrow('refused');
    expect(await finder.matches(['Maduro'])).toHaveLength(1);
  });

  it("carry the page's report of what it marked, from the tab it came from, on the same port", async () => {
    const reports: [Request, SenderInfo | undefined][] = [];
    const { connect, opened } = browser(contentScript, (port) =>
      answerPort(
        port,
        (request) => (request.type === 'found' ? (reports.push([request, port.sender]), null) : null),
        ID,
      ),
    );
    const finder = portFinder(connect);
    const found = { type: 'found', enabled: true, counts: { 'nicolas-maduro': 2 }, capped: false } as const;
    finder.report(found);
    await expect.poll(() => reports).toEqual([[found, contentScript]]);
    expect(opened).toHaveLength(1);
  });

  it('go unanswered from a sender that is not a content script of Gloss, and the page is not left waiting', async () => {
    const other = browser({ id: 'another-extension', url: 'https://evil.example/' });
    await expect(portFinder(other.connect).places(MADURO)).rejects.toThrow('refused');
    const popup = browser({ id: ID, url: `chrome-extension://${ID}/popup.html` });
    await expect(portFinder(popup.connect).matches(['Maduro'])).rejects.toThrow('refused');
  });
});
