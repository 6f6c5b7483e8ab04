/**
 * Which way imports may point (README, "How it works"): `entrypoints/` wires
 * what the browser loads and nothing imports from it; `components/` is the UI;
 * `matching/`, `messaging/`, `cards/`, `notes/`, `settings/` are the domain;
 * `i18n/` says things in the reader's language;
 * `data/` is the bottom; `compile/` is the build step. No module imports
 * itself round a circle. Run by `npm run lint:deps`, part of `npm test`.
 */
module.exports = {
  forbidden: [
    {
      name: 'nothing-imports-entrypoints',
      comment: 'entrypoints/ is wiring: shared code lives in components/, matching/, messaging/ or data/.',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'one-entrypoint-does-not-reach-into-another',
      comment:
        "Each entrypoint folder is its own context; the card-ui script is the content script's lazily loaded part.",
      severity: 'error',
      from: { path: '^entrypoints/([^/]+)/' },
      to: { path: '^entrypoints/', pathNot: ['^entrypoints/$1/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-modules-import-no-ui-and-no-build-code',
      comment:
        'matching/, messaging/, cards/, notes/, settings/ and i18n/ sit below the UI and run in the extension: no components, no compile step.',
      severity: 'error',
      from: { path: '^(matching|messaging|cards|notes|settings|i18n)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(components|entrypoints|compile)/' },
    },
    {
      name: 'data-is-the-bottom',
      comment:
        'data/ is the corpus, the catalogue and the shape of what is compiled from them: it imports only itself.',
      severity: 'error',
      from: { path: '^data/' },
      to: { path: '^(components|entrypoints|compile|matching|messaging|cards|notes|settings|i18n)/' },
    },
    {
      name: 'the-build-step-stays-out-of-the-extension',
      comment:
        'compile/ runs at build time (npm run index) and in tests; the extension reads its output, data/generated/.',
      severity: 'error',
      from: { path: '^(entrypoints|components)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^compile/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
