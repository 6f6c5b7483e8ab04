/** Finding the interface's English left on a page that should be in another language. */
import { run, type Evaluator } from './marks';

/** A page's words: its text as shown, and the labels it gives screen readers, inputs and tooltips. */
export const visibleWords = (where: Evaluator): Promise<string> =>
  run(
    where,
    (names) =>
      [
        document.body.innerText,
        ...[...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
          names.map((name) => el.getAttribute(name) ?? ''),
        ),
      ].join('\n'),
    ['aria-label', 'placeholder', 'title'],
  );

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English messages whose words appear in `text`, though `lang` says them
 * otherwise: each phrase of 10 characters or more between a message's
 * `{values}`, as whole words (data such as the articles' English titles
 * and passages rarely holds one).
 */
export function untranslated(
  lang: string,
  english: ReadonlyMap<string, string>,
  messages: ReadonlyMap<string, string>,
  text: string,
): string[] {
  if (lang === 'en') return [];
  const found: string[] = [];
  for (const [key, message] of english) {
    if (messages.get(key) === message) continue;
    for (const phrase of message.split(/\{\w+\}/).map((p) => p.trim())) {
      if (phrase.length < 10) continue;
      if (new RegExp(`(^|[^\\p{L}])${escaped(phrase)}($|[^\\p{L}])`, 'u').test(text))
        found.push(`${key}: ${phrase}`);
    }
  }
  return found;
}
