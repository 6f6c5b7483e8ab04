/** The house's lint rules (eslint.config.js), tried on code written to break them. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
const rulesBroken = async (code: string, filePath = 'components/Planted.test.tsx') =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);

describe('the lint rules for tests', () => {
  it('refuse an expect that can never fail around getBy…', async () => {
    expect(
      await rulesBroken(
        "import { expect, it } from 'vitest';\nimport { screen } from '@testing-library/preact';\nit('x', () => {\n  expect(screen.getByText('Saved')).toBeTruthy();\n});\n",
      ),
    ).toContain('no-restricted-syntax');
  });

  it('refuse an expect inside a condition, which may never run', async () => {
    expect(
      await rulesBroken(
        "import { expect, it } from 'vitest';\nit('x', () => {\n  const n = Math.random();\n  if (n > 0.5) expect(n).toBeGreaterThan(0.5);\n});\n",
      ),
    ).toContain('vitest/no-conditional-expect');
  });

  it('let a presence check that can fail pass', async () => {
    expect(
      await rulesBroken(
        "import { it } from 'vitest';\nimport { screen } from '@testing-library/preact';\nit('x', () => {\n  screen.getByText('Saved');\n});\n",
      ),
    ).toEqual([]);
  });
});

describe('the lint rule for long modules', () => {
  const lines = (n: number) =>
    Array.from({ length: n }, (_, k) => `export const a${k} = ${k};`).join('\n') + '\n';

  it('refuses a module of more than 250 lines of code, however many comments it has', async () => {
    expect(await rulesBroken(`/** Why. */\n${lines(251)}`, 'components/planted.ts')).toContain('max-lines');
    expect(
      await rulesBroken(`${'// a comment\n'.repeat(300)}${lines(250)}`, 'components/planted.ts'),
    ).toEqual([]);
  });

  it('lets one through that says at its top why it is long', async () => {
    const why = '/* eslint-disable max-lines -- the catalogue, read as data */\n';
    expect(await rulesBroken(`${why}${lines(400)}`, 'components/planted.ts')).toEqual([]);
  });
});
