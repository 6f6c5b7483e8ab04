/**
 * Which way imports may point (README, "How it works"): `entrypoints/` wires
 * what the browser loads and nothing imports from it; no module imports
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
      name: 'lower-layers-stay-below',
      comment: 'data/ (the corpus and what is compiled from it) and the domain modules import no UI.',
      severity: 'error',
      from: { path: '^(data|matching|messaging)/' },
      to: { path: '^(components|entrypoints)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
