#!/usr/bin/env node
/**
 * `npm test`: lint (ESLint and Prettier's check), unit tests, then what the browser tests need on this machine, then the builds and
 * browser tests (Playwright's runner, playwright.config.mjs). Stops at the first step that fails and prints the wall time of
 * each step and of the whole: a figure to watch (the target is 4 minutes on a 2-core machine),
 * never an assertion.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', ['scripts/lint.mjs']],
  ['unit tests', ['node_modules/vitest/vitest.mjs', 'run']],
  ['browser setup', ['scripts/ensure-browser.mjs']],
  ['builds and browser tests', ['node_modules/@playwright/test/cli.js', 'test']],
];

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const took = [];
let code = 0;
for (const [name, args] of steps) {
  const stepStarted = Date.now();
  code = spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
  took.push(`${name} ${seconds(stepStarted)}`);
  if (code !== 0) break;
}
console.log(`npm test: ${seconds(started)} wall time (${took.join(', ')})${code === 0 ? '' : ' — failed'}`);
process.exit(code);
