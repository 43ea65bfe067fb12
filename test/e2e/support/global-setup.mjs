/**
 * Playwright's global setup for the browser tests (playwright.config.mjs): builds the site at the
 * root and under a sub-path (support/builds.mjs; E2E_SKIP_BUILD=1 reuses the last builds, as
 * `npm test` does after building them itself), serves each build, and starts one Chromium every
 * test file connects to. What it starts is handed to the workers through the environment; the
 * function it returns stops it all.
 */
import { chromium } from 'playwright-core';
import { startPreview } from './preview.mjs';
import { launchOptions } from './browser.mjs';
import { buildBoth, outDirOf, SUBPATH_BASE, subpathOutDir } from './builds.mjs';

export default async function globalSetup() {
  const started = Date.now();
  const outDir = outDirOf();
  if (!process.env.E2E_SKIP_BUILD) buildBoth(outDir);
  const site = await startPreview({ outDir, base: '/' });
  const subpath = await startPreview({ outDir: subpathOutDir(outDir), base: SUBPATH_BASE });
  // One Chromium for every test file; each file still makes its own contexts.
  const browserServer = await chromium.launchServer(launchOptions);
  Object.assign(process.env, { SITE_URL: site.url, SUBPATH_URL: subpath.url, E2E_OUTDIR: outDir, E2E_BROWSER_WS: browserServer.wsEndpoint() });
  return async () => {
    await browserServer.close();
    site.stop();
    subpath.stop();
    // Printed, never asserted: wall time on a shared machine is a figure to watch, not a test.
    console.log(`${process.env.E2E_SKIP_BUILD ? 'browser tests' : 'builds and browser tests'}: ${((Date.now() - started) / 1000).toFixed(0)} s wall time`);
  };
}
