/**
 * The two builds the browser tests run against: the site at the root as a plain deploy makes it,
 * and one with every deploy option on: served under `/playbook/` (BASE_PATH) and sending searches
 * to the search log (PUBLIC_SEARCH_LOG=1, test/e2e/search-log.test.mjs). One build for both
 * options, not a third: the browser tests are CPU-bound here, and a build costs ~13 CPU-seconds.
 * Playwright's global setup makes them (`npm run test:e2e`); `npm test` makes them beside lint and
 * the unit tests instead (`node test/e2e/support/builds.mjs`), as a build leaves most of a second
 * core idle, and then runs the browser tests with E2E_SKIP_BUILD=1.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBin } from './preview.mjs';
import { buildLock, nodeCommand } from '../../../scripts/lib/run-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the root build goes (E2E_OUTDIR lets parallel work build elsewhere); the sub-path build goes beside it. */
export const outDirOf = () => path.resolve(root, process.env.E2E_OUTDIR ?? 'dist');
export const subpathOutDir = (outDir) => `${outDir}-subpath`;
export const SUBPATH_BASE = '/playbook/';

function build(outDir, base, env = {}) {
  const started = Date.now();
  const [command, argv] = nodeCommand([astroBin, 'build', '--outDir', outDir], buildLock);
  const result = spawnSync(command, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env, BASE_PATH: base } });
  if (result.status !== 0) throw new Error(`build for base ${base} failed`);
  console.log(`built ${base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function buildBoth(outDir = outDirOf()) {
  build(outDir, '/');
  build(subpathOutDir(outDir), SUBPATH_BASE, { PUBLIC_SEARCH_LOG: '1' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildBoth();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
