/**
 * Which way imports may point (README, "How it works"): `entrypoints/` wires
 * what the browser loads and nothing imports from it. Below it, the features
 * the page meets: `marking/` (the page's text read and painted),
 * `hit-testing/` (which mention the reader means) and `card/` (the card:
 * its page's parts, its host in the page, its life); `components/` is the
 * UI they share. Below those the domain: `matching/`, `messaging/`,
 * `catalogue/`, `notes/`, `export/`, `settings/`; `i18n/` says things in the
 * reader's language; `data/` is the bottom; `compile/` is the build step.
 * No module imports itself round a circle. Run by `npm run lint:deps`,
 * part of `npm test`.
 */
module.exports = {
  forbidden: [
    {
      name: 'nothing-imports-entrypoints',
      comment: 'entrypoints/ is wiring: shared code lives in the feature and domain folders below it.',
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
        'matching/, messaging/, catalogue/, notes/, export/, settings/ and i18n/ sit below the UI and the page features and run in the extension: no components, no compile step.',
      severity: 'error',
      from: {
        path: '^(matching|messaging|catalogue|notes|export|settings|i18n)/',
        pathNot: '\\.test\\.tsx?$',
      },
      // What a card says (card-content.ts) is pure, derived from the corpus: the domain may use it.
      to: {
        path: '^(components|card|marking|hit-testing|entrypoints|compile)/',
        pathNot: '^card/card-content\\.ts$',
      },
    },
    {
      name: 'page-features-import-no-ui-but-the-card',
      comment:
        'marking/ and hit-testing/ run in every page the content script reads: no Preact, and no card (loaded apart, when first used).',
      severity: 'error',
      from: { path: '^(marking|hit-testing)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(components|card|entrypoints|compile)/' },
    },
    {
      name: 'shared-ui-stays-below-the-features',
      comment:
        'components/ is the UI every page shares: it knows no feature folder, so none of them circles back.',
      severity: 'error',
      from: { path: '^components/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(card|marking|hit-testing|entrypoints)/' },
    },
    {
      name: 'data-is-the-bottom',
      comment:
        'data/ is the corpus, the catalogue and the shape of what is compiled from them: it imports only itself.',
      severity: 'error',
      from: { path: '^data/' },
      to: {
        path: '^(components|entrypoints|compile|card|marking|hit-testing|matching|messaging|catalogue|notes|export|settings|i18n)/',
      },
    },
    {
      name: 'the-build-step-stays-out-of-the-extension',
      comment:
        'compile/ runs at build time (npm run index) and in tests; the extension reads its output, data/generated/.',
      severity: 'error',
      from: { path: '^(entrypoints|components|card|marking|hit-testing)/', pathNot: '\\.test\\.tsx?$' },
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
