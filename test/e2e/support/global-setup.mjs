/**
 * Playwright's global setup for the browser tests (playwright.config.mjs): builds the site at the
 * root and under a sub-path (E2E_SKIP_BUILD=1 reuses the last builds), serves each build with
 * `astro preview`, and starts one Chromium every test file connects to. What it starts is handed
 * to the workers through the environment; the function it returns stops it all.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { astroBin, startPreview } from './preview.mjs';
import { launchOptions } from './browser.mjs';
import { buildLock, nodeCommand } from '../../../scripts/lib/run-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function build(outDir, base) {
  if (process.env.E2E_SKIP_BUILD) return;
  const started = Date.now();
  const [command, argv] = nodeCommand([astroBin, 'build', '--outDir', outDir], buildLock);
  const result = spawnSync(command, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, BASE_PATH: base } });
  if (result.status !== 0) throw new Error(`build for base ${base} failed`);
  console.log(`built ${base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function globalSetup() {
  const started = Date.now();
  // E2E_OUTDIR lets parallel work build elsewhere.
  const outDir = path.resolve(root, process.env.E2E_OUTDIR ?? 'dist');
  build(outDir, '/');
  build(`${outDir}-subpath`, '/playbook/');
  const site = await startPreview({ outDir, base: '/' });
  const subpath = await startPreview({ outDir: `${outDir}-subpath`, base: '/playbook/' });
  // One Chromium for every test file; each file still makes its own contexts.
  const browserServer = await chromium.launchServer(launchOptions);
  Object.assign(process.env, { SITE_URL: site.url, SUBPATH_URL: subpath.url, E2E_OUTDIR: outDir, E2E_BROWSER_WS: browserServer.wsEndpoint() });
  return async () => {
    await browserServer.close();
    site.stop();
    subpath.stop();
    // Printed, never asserted: wall time on a shared machine is a figure to watch, not a test.
    console.log(`builds and browser tests: ${((Date.now() - started) / 1000).toFixed(0)} s wall time`);
  };
}
