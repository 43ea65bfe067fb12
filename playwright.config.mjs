// The browser tests (test/e2e/*.test.mjs) on Playwright's runner, with Debian's Chromium
// (support/browser.mjs; browser downloads are not possible here). The builds and the servers are
// the global setup; `npm run test:e2e -- search offline` runs the files whose names hold those words.
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// The files that take over a minute each (the list reporter prints every test's time).
const longFiles = ['admin.test.mjs', 'content-fixtures.test.mjs', 'offline.test.mjs', 'search.test.mjs', 'a11y.test.mjs'];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.test.mjs',
  globalSetup: './test/e2e/support/global-setup.mjs',
  // A test that waits for something that never comes (a poll with no end) fails after this instead
  // of holding `npm test` until CI gives up; the slowest test here (a build inside admin's) takes ~40 s.
  timeout: Number(process.env.E2E_TEST_TIMEOUT ?? 180_000),
  // Test files side by side, one more than the cores: a file often waits (a server starting, the
  // network going quiet, a build's single-threaded part), and a third file fills that on 2 cores
  // (npm test 257 s with three, 284 s with two, 265 s with four, here). A file's tests run in
  // order, as they share its pages.
  workers: Number(process.env.E2E_CONCURRENCY ?? availableParallelism() + 1),
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Files start in this order, the long ones first. In name order search.test.mjs started last and
  // ran alone at the end: fewer than two tests were running for 39 s of a run; long files first, 4–13 s.
  projects: [
    { name: 'long', testMatch: longFiles },
    { name: 'rest', testIgnore: longFiles },
  ],
  reporter: [['list']],
  // Each test's time is printed by the list reporter; nothing here asserts on time.
  reportSlowTests: null,
});
