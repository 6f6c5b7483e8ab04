/** The lint rules that keep tests able to fail (eslint.config.js), tried on tests written to break them. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
const rulesBroken = async (code: string) =>
  (await eslint.lintText(code, { filePath: 'components/Planted.test.tsx' }))[0]!.messages.map(
    (m) => m.ruleId,
  );

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
