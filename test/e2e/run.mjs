#!/usr/bin/env node
/**
 * End-to-end entry point: builds the site (at the root and under a sub-path), serves each build
 * with `astro preview`, and runs the browser tests in test/e2e/*.test.mjs with Node's test
 * runner against them. One build per base, shared by every test file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { astroBin, startPreview } from './support/preview.mjs';
import { launchOptions } from './support/browser.mjs';
import { buildLock, nodeCommand } from '../../scripts/lib/run-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const only = process.argv.slice(2);

// E2E_OUTDIR lets parallel work build elsewhere; E2E_SKIP_BUILD=1 reuses the last builds.
const outDir = path.resolve(root, process.env.E2E_OUTDIR ?? 'dist');
const subpathOutDir = `${outDir}-subpath`;

function build(outDir, base) {
  if (process.env.E2E_SKIP_BUILD) return;
  const started = Date.now();
  const [command, argv] = nodeCommand([astroBin, 'build', '--outDir', outDir], buildLock);
  const result = spawnSync(command, argv, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, BASE_PATH: base },
  });
  if (result.status !== 0) {
    console.error(`build for base ${base} failed`);
    process.exit(1);
  }
  console.log(`built ${base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const started = Date.now();
build(outDir, '/');
build(subpathOutDir, '/playbook/');

const root1 = await startPreview({ outDir, base: '/' });
const sub = await startPreview({ outDir: subpathOutDir, base: '/playbook/' });
// One Chromium for every test file; each file still makes its own contexts.
const browserServer = await chromium.launchServer(launchOptions);

// The slowest files start first, so no long file is left running alone at the end.
const slowestFirst = ['search', 'site', 'content-fixtures', 'admin', 'a11y', 'offline', 'diagrams', 'prepare'];
/**
 * A test that waits for something that never comes (a poll with no end) fails after this instead of
 * holding `npm test` until CI gives up; the slowest test here (a build inside admin's) takes ~40 s.
 */
const testTimeout = Number(process.env.E2E_TEST_TIMEOUT ?? 180_000);
const rank = (f) => {
  const at = slowestFirst.findIndex((s) => f.startsWith(`${s}.`));
  return at < 0 ? slowestFirst.length : at;
};
const files = readdirSync(path.join(root, 'test/e2e'))
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((f) => path.join('test/e2e', f));

// Browser test files run side by side, one per core (E2E_CONCURRENCY overrides).
const concurrency = Number(process.env.E2E_CONCURRENCY ?? availableParallelism());
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--test', `--test-concurrency=${concurrency}`, `--test-timeout=${testTimeout}`, '--test-reporter=spec', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: root1.url, SUBPATH_URL: sub.url, E2E_OUTDIR: outDir, E2E_BROWSER_WS: browserServer.wsEndpoint() },
  });
  child.on('exit', (c) => resolve(c ?? 1));
});

await browserServer.close();
root1.stop();
sub.stop();
// Printed, never asserted: wall time on a shared machine is a figure to watch, not a test.
console.log(`builds and browser tests: ${((Date.now() - started) / 1000).toFixed(0)} s wall time, ${concurrency} test files at a time`);
process.exit(code);
