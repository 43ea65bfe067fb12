// Mutation testing of the pure modules in src/lib/ (`npm run test:mutation`; not part of `npm test`,
// it takes minutes). Modules that need Astro's runtime (content.ts, urls.ts, labels.ts,
// last-updated.ts, prepare-data.ts) are exercised by the browser tests instead.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'src/lib/search/*.ts',
    'src/lib/share-link.ts',
    'src/lib/visit-state.ts',
    'src/lib/assemble-checklist.ts',
    'src/lib/integrity.ts',
    'src/lib/compliance-scan.ts',
    'src/lib/policy-rules.ts',
    'src/lib/nav-window.ts',
    'src/lib/review.ts',
    'src/lib/checklist-groups.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
