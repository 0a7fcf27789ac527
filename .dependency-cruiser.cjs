// The dependency rule of src/ (see DEVELOPERS.md, "Layers"): data flows one way,
// core → model → analysis → adapters, and no module imports itself through others.
// `npm run lint` runs it; test/layers/ holds a tree that breaks each rule, to prove it bites.
const CORE = '(?:_lib|count|date|result|validation|phrase)';
const MODEL = '(?:party|taxonomy|source|statement|claim|agreement|exchange|dataset)';
const ANALYSIS = '(?:discrepancy|ledger|holdings|audit)';
const ADAPTERS = '(?:io-ts|fp-ts|json-schema|sample|sheet|html|standard|cli)';
const folder = (names) => `^src/${names}/`;

/* global module */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment:
        'A module may not import itself through others: cut the cycle by moving the shared part down.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-stays-core',
      comment:
        'count, date, result, validation, phrase and src/_lib know nothing of the model above them.',
      severity: 'error',
      from: { path: folder(CORE) },
      to: { path: [folder(MODEL), folder(ANALYSIS), folder(ADAPTERS), '^src/index\\.ts$'] },
    },
    {
      name: 'model-below-analysis',
      comment: 'The records know nothing of the analyses or the adapters built on them.',
      severity: 'error',
      from: { path: folder(MODEL) },
      to: { path: [folder(ANALYSIS), folder(ADAPTERS), '^src/index\\.ts$'] },
    },
    {
      name: 'analysis-below-adapters',
      comment: 'Analyses are pure functions of records; the adapters wrap them, never the reverse.',
      severity: 'error',
      from: { path: folder(ANALYSIS) },
      to: { path: [folder(ADAPTERS), '^src/index\\.ts$'] },
    },
    {
      name: 'adapters-import-concepts',
      comment:
        'An adapter imports the concepts it adapts, not the main barrel, so entries stay apart.',
      severity: 'error',
      from: { path: folder(ADAPTERS) },
      to: { path: '^src/index\\.ts$' },
    },
    {
      name: 'every-folder-has-a-layer',
      comment: 'A new folder in src/ must be given a layer here (and in DEVELOPERS.md) before use.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [
          folder(CORE),
          folder(MODEL),
          folder(ANALYSIS),
          folder(ADAPTERS),
          '^src/index\\.ts$',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
