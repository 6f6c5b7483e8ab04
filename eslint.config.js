import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import vitest from '@vitest/eslint-plugin';
import testingLibrary from 'eslint-plugin-testing-library';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'data/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Non-null assertions are used after explicit index checks in hot loops.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A module says one thing: one that needs more than this says why at its top
      // (`/* eslint-disable max-lines -- why */`). Comments and blank lines do not count.
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // A test that cannot fail is a defect: an assertion inside an `if` may never run, and
    // `expect(getBy…(…)).toBeTruthy()` cannot fail (getBy throws first). Presence is said by a
    // getBy… call alone, which throws when nothing matches; absence by queryBy… with a matcher.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    plugins: { vitest, 'testing-library': testingLibrary },
    rules: {
      'vitest/no-conditional-expect': 'error',
      'testing-library/prefer-presence-queries': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='expect'] > CallExpression.arguments[callee.property.name=/^get(All)?By/]",
          message:
            'getBy… throws when nothing matches, so an expect around it can never fail: call it alone to say the element is there.',
        },
      ],
    },
  },
  {
    // Every word the reader sees is a message in locales/, so that it exists in
    // every language: a sentence or a capitalised word written in the code is
    // an error. Identifiers, CSS selectors, MIME types and URLs (one lowercase
    // token), database index lists, valibot's and JSON-LD's vocabulary and
    // console output (for developers) are not the reader's words.
    files: [
      '{components,entrypoints,card,marking,hit-testing,catalogue,export,notes,settings,messaging,i18n}/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'all',
          'should-validate-template': true,
          words: { exclude: ['[^A-Za-z]*', '[^A-Z\\s]\\S*', '[a-z]\\w*(, \\w+)+'] },
          callees: {
            exclude: ['t', 'console\\.\\w+', '\\w+\\.matches', '\\w+\\.querySelector(All)?', 'v\\.\\w+'],
          },
          'jsx-attributes': {
            include: [
              'title',
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'placeholder',
              'alt',
              'label',
            ],
          },
          'object-properties': { exclude: ['timeZone', 'type'] },
        },
      ],
    },
  },
);
