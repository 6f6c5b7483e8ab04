import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';

const fake = vi.hoisted(() => {
  type Listener = (message: never) => void;
  /** One end of a port; messages arrive as the browser delivers them, later and copied. */
  const end = (name: string, sender: unknown) => {
    const onMessage = new Set<Listener>();
    const onDisconnect = new Set<() => void>();
    const port = {
      name,
      sender,
      other: undefined as unknown as { deliver(m: unknown): void; dropped(): void },
      onMessage: { addListener: (f: Listener) => onMessage.add(f) },
      onDisconnect: { addListener: (f: () => void) => onDisconnect.add(f) },
      postMessage: (message: unknown) => queueMicrotask(() => port.other.deliver(structuredClone(message))),
      disconnect: () => queueMicrotask(() => port.other.dropped()),
      deliver: (message: unknown) => onMessage.forEach((f) => f(message as never)),
      dropped: () => onDisconnect.forEach((f) => f()),
    };
    return port;
  };
  return {
    id: 'gloss-id',
    /** Who the background sees at the other end: a content script in a tab, unless a test says otherwise. */
    sender: { id: 'gloss-id', tab: { id: 1 }, url: 'https://news.example/' } as Record<string, unknown>,
    /** Set by a test: the background's end of the next port goes away without answering. */
    dropNext: false,
    connections: 0,
    /** The background's side: what it does with a port a page opened. */
    answer: (port: unknown): void => void port,
    end,
  };
});

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: fake.id,
      connect: ({ name }: { name: string }) => {
        fake.connections++;
        const page = fake.end(name, undefined);
        const background = fake.end(name, fake.sender);
        page.other = background;
        background.other = page;
        if (fake.dropNext) {
          fake.dropNext = false;
          background.onMessage.addListener(() => background.disconnect());
        } else {
          fake.answer(background);
        }
        return page;
      },
    },
  },
}));

const { portFinder } = await import('./finder-port');
const { answerFinder } = await import('../background/finding-service');
fake.answer = (port) => answerFinder(port as Browser.runtime.Port);

describe("a page's questions to the background's finding", () => {
  it('are answered on one port: the places a name may start, then the matches in the runs read there', async () => {
    const finder = portFinder();
    const before = fake.connections;
    const text = 'Yesterday Maduro spoke.';
    expect(await finder.places(text, 0, text.length)).toEqual([text.indexOf('Maduro')]);
    const found = await finder.matches(['Nicolás Maduro spoke.']);
    expect(found.map((run) => run.map(([start, end]) => [start, end]))).toEqual([[[0, 14]]]);
    expect(fake.connections - before).toBe(1);
    finder.close();
  });

  it('are asked again on a new port when the background went away (a service worker stopped while idle)', async () => {
    const finder = portFinder();
    fake.dropNext = true;
    const before = fake.connections;
    expect(await finder.places('Maduro', 0, 6)).toEqual([0]);
    expect(fake.connections - before).toBe(2);
    finder.close();
  });

  it('go unanswered from a sender that is no content script of Gloss, and the page is not left waiting', async () => {
    fake.sender = { id: 'another-extension', url: 'https://evil.example/' };
    const finder = portFinder();
    await expect(finder.places('Maduro', 0, 6)).rejects.toThrow('refused');
    fake.sender = { id: fake.id, url: `chrome-extension://${fake.id}/popup.html` };
    await expect(portFinder().matches(['Maduro'])).rejects.toThrow('refused');
  });
});
