/**
 * Answers pages' questions to the finding (matching/finding.ts) over their
 * finder ports. The matcher is loaded at the first question and kept: every
 * page after it is matched by code the JIT has already compiled.
 */
import { browser, type Browser } from 'wxt/browser';
import dictionary from '../../data/generated/dictionary.json';
import type { Dictionary } from '../../matching/terms';
import { findingOf, type Finding } from '../../matching/finding';
import { parseRequest, type FinderAnswer, type FinderQuestion } from '../../messaging/contract';

let loaded: Finding | undefined;
export const finding = (): Finding => (loaded ??= findingOf(dictionary as unknown as Dictionary));

/** Each question on `port`, checked as any message from its sender is, answered on it. */
export function answerFinder(port: Browser.runtime.Port): void {
  port.onMessage.addListener((message: Partial<FinderQuestion> | null) => {
    const id = typeof message?.id === 'number' ? message.id : -1;
    const parsed = parseRequest(message?.request, port.sender ?? {}, browser.runtime.id);
    const request = parsed.ok ? parsed.request : undefined;
    let reply: FinderAnswer = { id };
    if (request?.type === 'places')
      reply = { id, answer: finding().places(request.text, request.from, request.to) };
    else if (request?.type === 'matches') reply = { id, answer: finding().matches(request.texts) };
    else console.warn('Gloss:', parsed.ok ? `Refused ${request?.type} on the finder port` : parsed.error);
    port.postMessage(reply);
  });
}
