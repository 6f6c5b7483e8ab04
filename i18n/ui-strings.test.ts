import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

describe('the lint rule that keeps the reader’s words in locales/', () => {
  const lint = async (code: string, filePath: string) => {
    const [result] = await new ESLint().lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'i18next/no-literal-string').length;
  };

  it('fails on a sentence or a label written in a component', async () => {
    const component = (jsx: string) => `export function Card() {\n  return ${jsx};\n}\n`;
    expect(await lint(component('<p>Read in context</p>'), 'components/Card.tsx')).toBe(1);
    expect(await lint(component('<button>Delete</button>'), 'components/Card.tsx')).toBe(1);
    expect(await lint(component('<input aria-label="Search notes" />'), 'components/Card.tsx')).toBe(1);
    expect(await lint('export const saved = (n: number) => `Saved ${n} notes`;\n', 'notes/saved.ts')).toBe(1);
  });

  it('lets identifiers, selectors and messages through', async () => {
    const code = [
      "import { t } from '../i18n/i18n';",
      'export function Card() {',
      '  return <p class="note" role="status">{t(\'card.readInContext\')}</p>;',
      '}',
      "export const b = document.querySelector('p.note > a[href]');",
      "export const c = { type: 'application/json' };",
      '',
    ].join('\n');
    expect(await lint(code, 'components/A.tsx')).toBe(0);
  });
});
