/**
 * The one contract between content scripts and the background. Every message
 * is validated on arrival; the background answers only the extension's own
 * contexts (its content scripts and pages), never a web page.
 */
import * as v from 'valibot';
import type { EntityCard } from './cards';

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('getCard'), entity: v.pipe(v.string(), v.maxLength(100)) }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;

export interface Responses {
  getCard: EntityCard | null;
}

export type ResponseTo<R extends Request> = Responses[R['type']];

export type Parsed = { ok: true; request: Request } | { ok: false; error: string };

/** Validates an incoming message and who sent it. */
export function parseRequest(message: unknown, senderId: string | undefined, ownId: string): Parsed {
  if (senderId !== ownId) return { ok: false, error: 'Message from outside Gloss ignored' };
  const result = v.safeParse(RequestSchema, message);
  if (!result.success) return { ok: false, error: `Malformed message: ${v.summarize(result.issues)}` };
  return { ok: true, request: result.output };
}
