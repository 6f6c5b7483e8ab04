/**
 * A message with elements inside it (a link, a key, an input), each where
 * the reader's language puts its `{placeholder}` in the sentence.
 */
import type { ComponentChildren } from 'preact';
import { template, type MessageKey } from '../i18n/i18n';

export function Sentence({
  message,
  parts,
}: {
  message: MessageKey;
  parts: Record<string, ComponentChildren>;
}) {
  const pieces = template(message).split(/\{(\w+)\}/);
  return <>{pieces.map((piece, i) => (i % 2 === 1 ? parts[piece] : piece))}</>;
}
