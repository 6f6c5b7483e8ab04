/**
 * A page's questions to the background's finding (matching/finding.ts), over
 * one port per page (`FINDER_PORT`): a message on a port costs the page a
 * fraction of a `sendMessage`, which opens a channel each time. Both ends
 * are here, the browser's port given to them, so they are tested together.
 */
import type { Finder, Finding } from '../matching/finding';
import {
  parseRequest,
  type FinderAnswer,
  type FinderQuestion,
  type FinderRequest,
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
}

/** How many times a question is asked before it is given up on. */
const TRIES = 2;

/**
 * The page's end. The port is opened (`connect`) at the first question and
 * again after the background let it go (a service worker stopped while
 * idle): the questions it left unanswered are asked again once, then given
 * up on, so a pass never waits forever.
 */
export function portFinder(connect: () => FinderPort): Finder & { close(): void } {
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
      port = undefined;
      const left = [...waiting.values()];
      waiting.clear();
      for (const question of left) {
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
      (port ??= open()).postMessage({ id, request: question.request } satisfies FinderQuestion);
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
    places: (text, from, to) => ask({ type: 'places', text, from, to }),
    matches: (texts) => ask({ type: 'matches', texts: [...texts] }),
    close: () => {
      port?.disconnect();
      port = undefined;
      // Nothing will answer them now: those who wait are let go, and the texts they hold with them.
      for (const question of waiting.values()) question.fail(new Error('closed'));
      waiting.clear();
    },
  };
}

/** The background's end: each question checked as any message from the port's sender is, and answered on it. */
export function answerFinder(port: FinderPort, finding: Finding, ownId: string): void {
  port.onMessage.addListener((received) => {
    const message = received as Partial<FinderQuestion> | null;
    const id = typeof message?.id === 'number' ? message.id : -1;
    const parsed = parseRequest(message?.request, port.sender ?? {}, ownId);
    const request = parsed.ok ? parsed.request : undefined;
    let reply: FinderAnswer = { id };
    try {
      if (request?.type === 'places')
        reply = { id, answer: finding.places(request.text, request.from, request.to) };
      else if (request?.type === 'matches') reply = { id, answer: finding.matches(request.texts) };
      else console.warn('Gloss:', parsed.ok ? `Refused ${request?.type} on the finder port` : parsed.error);
    } catch (error) {
      // A question the finding fails on is answered with nothing: the page must not wait for ever.
      console.error('Gloss:', error);
    }
    port.postMessage(reply);
  });
}
