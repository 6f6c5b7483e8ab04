/**
 * A page's questions to the background's finding (matching/finding.ts), over
 * one port per page (`FINDER_PORT`): a message on a port costs the page a
 * fraction of a `sendMessage`, which opens a channel each time. Both ends
 * are here, the browser's port given to them, so they are tested together;
 * the background answers a question as it answers the same message.
 */
import type { Finder } from '../matching/finding';
import {
  parseRequest,
  type FinderAnswer,
  type FinderQuestion,
  type FinderRequest,
  type Request,
  type RequestOf,
  type SenderInfo,
} from './contract';

/** What both ends use of a `runtime.Port`. */
export interface FinderPort {
  sender?: SenderInfo;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Waiting {
  request: FinderRequest;
  answer: (value: never) => void;
  fail: (error: Error) => void;
  asked: number;
  /** The port it was last asked on. */
  on?: FinderPort;
}

/** How many times a question is asked before it is given up on. */
const TRIES = 2;

/**
 * The page's end. The port is opened (`connect`) at the first question and
 * again after the background let it go (a service worker stopped while
 * idle): the questions it left unanswered are asked again once, then given
 * up on, so a pass never waits forever.
 */
export function portFinder(connect: () => FinderPort): Finder & {
  /** Tells the background what the page marked; nothing waits for its answer. */
  report(found: RequestOf<'found'>): void;
  close(): void;
} {
  let port: FinderPort | undefined;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  const open = (): FinderPort => {
    const opened = connect();
    opened.onMessage.addListener((received) => {
      const message = received as FinderAnswer;
      const question = waiting.get(message.id);
      if (!question) return;
      waiting.delete(message.id);
      if (message.answer === undefined) question.fail(new Error('refused'));
      else question.answer(message.answer as never);
    });
    opened.onDisconnect.addListener(() => {
      // Only this port's questions: a port given up on may say so after its successor took over.
      if (port === opened) port = undefined;
      for (const [id, question] of [...waiting]) {
        if (question.on !== opened) continue;
        waiting.delete(id);
        if (question.asked < TRIES) send(question);
        else question.fail(new Error('disconnected'));
      }
    });
    return opened;
  };

  const send = (question: Waiting) => {
    const id = next++;
    waiting.set(id, question);
    question.asked++;
    try {
      question.on = port ??= open();
      question.on.postMessage({ id, request: question.request } satisfies FinderQuestion);
    } catch (error) {
      // A port the background let go before the page heard of it: asked again on a new one.
      // If that fails too, the extension was reloaded under the page: no background to ask.
      waiting.delete(id);
      port = undefined;
      if (question.asked < TRIES) send(question);
      else question.fail(error as Error);
    }
  };

  const ask = <T>(request: FinderRequest) =>
    new Promise<T>((answer, fail) => send({ request, answer, fail, asked: 0 }));

  return {
    places: (pieces) => ask({ type: 'places', pieces: [...pieces] }),
    matches: (texts) => ask({ type: 'matches', texts: [...texts] }),
    report: (found) => void ask(found).catch(() => undefined),
    close: () => {
      port?.disconnect();
      port = undefined;
      // Nothing will answer them now: those who wait are let go, and the texts they hold with them.
      for (const question of waiting.values()) question.fail(new Error('closed'));
      waiting.clear();
    },
  };
}

/**
 * The background's end: each question is checked as any message from the
 * port's sender is, answered by `answer` (the background's one table of
 * handlers), and the answer posted back; a refused or failed question is
 * answered with nothing, so the page never waits for it.
 */
export function answerPort(port: FinderPort, answer: (request: Request) => unknown, ownId: string): void {
  port.onMessage.addListener((received) => {
    const message = received as Partial<FinderQuestion> | null;
    const id = typeof message?.id === 'number' ? message.id : -1;
    const reply = (value?: unknown) => {
      try {
        port.postMessage({ id, answer: value } satisfies FinderAnswer);
      } catch {
        // The page went before its answer: nobody waits for it.
      }
    };
    const parsed = parseRequest(message?.request, port.sender ?? {}, ownId);
    if (!parsed.ok) {
      console.warn('Gloss:', parsed.error);
      reply();
      return;
    }
    Promise.resolve()
      .then(() => answer(parsed.request))
      .then(reply, (error: unknown) => {
        console.error('Gloss:', error);
        reply();
      });
  });
}
