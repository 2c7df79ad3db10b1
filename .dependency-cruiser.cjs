// Import boundaries of src/, checked by `npm run lint` (dependency-cruiser) and proved to fire by
// test/lint.test.ts. The pipeline runs in stages and a module imports only its own stage or the
// ones below it, so no stage reaches back up and no two folders import each other.
//
// Parser: swc (@swc/core). TypeScript 7 is the native compiler with no JavaScript API, and
// dependency-cruiser's own TypeScript support needs typescript < 7; swc parses .ts itself, sees
// `import type` too (so tsPreCompilationDeps is not needed) and `./x.js` resolves to `./x.ts`.

/** Stages, lowest first. Ranks as in issue 14; files at the root of src/ are entry points. */
const STAGES = [
  { name: 'types', rank: 0, path: '^src/types\\.ts$' },
  // Plain text helpers any stage may use (did-you-mean), importing nothing of the pipeline.
  { name: 'text', rank: 0.5, path: '^src/text/' },
  { name: 'fs', rank: 1, path: '^src/fs/' },
  { name: 'load', rank: 2, path: '^src/load/' },
  { name: 'evidence', rank: 3, path: '^src/evidence/' },
  { name: 'discover', rank: 3, path: '^src/discover/' },
  { name: 'policy', rank: 4, path: '^src/policy/' },
  { name: 'evaluate', rank: 5, path: '^src/evaluate/' },
  { name: 'report', rank: 6, path: '^src/report/' },
  { name: 'engine', rank: 6.5, path: '^src/engine/' },
  { name: 'github', rank: 7, path: '^src/github/' },
  // cli.ts, init.ts, policy-tests.ts, action.ts, index.ts, bin.ts
  { name: 'entry', rank: 8, path: ['^src/(?!types\\.ts$)[^/]+\\.ts$', '^src/action/'] },
];

const paths = (stages) => stages.flatMap((s) => s.path);

/** One rule per stage: nothing above it. */
const stageRules = STAGES.flatMap((stage) => {
  const above = paths(STAGES.filter((s) => s.rank > stage.rank));
  if (above.length === 0) return [];
  return [
    {
      name: `stage-${stage.name}-imports-down`,
      comment: `${stage.name} (rank ${stage.rank}) imports only its own stage or lower ones: the pipeline runs one way.`,
      severity: 'error',
      from: { path: stage.path },
      to: { path: above },
    },
  ];
});

module.exports = {
  forbidden: [
    ...stageRules,
    {
      name: 'no-folder-cycle',
      comment: 'Two folders that import each other are one stage in two places.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-file-cycle',
      comment: 'A file cycle makes load order matter (and hides a missing stage); there are none today.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'github-only-from-the-action',
      comment: "GitHub's API is the Action's business: the CLI and the engine run without a token or network.",
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/github/', '^src/action\\.ts$', '^src/action/', '^src/index\\.ts$'] },
      to: { path: '^src/github/' },
    },
    {
      name: 'fs-only-in-src-fs',
      comment:
        'Disk access goes through src/fs/ (named functions, the repo-root and size checks in one place), ' +
        'so every read of pull-request content is visible there.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/fs/' },
      to: { dependencyTypes: ['core'], path: '^fs(/promises)?$' },
    },
    {
      name: 'relative-imports-resolve',
      comment: 'An import the cruiser cannot resolve is an import no rule above can see.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, path: '^\\.' },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
