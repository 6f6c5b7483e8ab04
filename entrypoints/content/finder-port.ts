/**
 * The background's finding, asked over one port per page (see
 * `FINDER_PORT`). The port is opened at the first question and opened again
 * after the background let it go (a service worker stopped while idle): the
 * questions it left unanswered are asked again once, then given up on, so
 * a pass never waits forever.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Finder } from '../../matching/finding';
import {
  FINDER_PORT,
  type FinderAnswer,
  type FinderQuestion,
  type FinderRequest,
} from '../../messaging/contract';

interface Waiting {
  request: FinderRequest;
  answer: (value: unknown) => void;
  fail: (error: Error) => void;
  asked: number;
}

/** How many times a question is asked before it is given up on. */
const TRIES = 2;

export function portFinder(): Finder & { close(): void } {
  let port: Browser.runtime.Port | undefined;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  const open = (): Browser.runtime.Port => {
    const opened = browser.runtime.connect({ name: FINDER_PORT });
    opened.onMessage.addListener((message: FinderAnswer) => {
      const question = waiting.get(message.id);
      if (!question) return;
      waiting.delete(message.id);
      if (message.answer === undefined) question.fail(new Error('refused'));
      else question.answer(message.answer);
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
      // The extension was reloaded under the page: no background to ask any more.
      waiting.delete(id);
      question.fail(error as Error);
    }
  };

  const ask = <T>(request: FinderRequest) =>
    new Promise<T>((answer, fail) =>
      send({ request, answer: answer as (value: unknown) => void, fail, asked: 0 }),
    );

  return {
    places: (text, from, to) => ask({ type: 'places', text, from, to }),
    matches: (texts) => ask({ type: 'matches', texts: [...texts] }),
    close: () => {
      port?.disconnect();
      port = undefined;
    },
  };
}
