/**
 * A throwaway copy of the site for content-fixture tests: the source tree copied, node_modules
 * linked entry by entry (so Astro's cache in node_modules/.astro and Vite's in node_modules/.vite
 * stay private to the copy and builds need no lock), and the real content copied into a separate
 * folder that CONTENT_DIR points at. Tests then add or break one file and run a real build/check.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from '../../../scripts/lib/run-node.mjs';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const copied = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Creates the copy; `contentDir` is where the fixture's content lives (CONTENT_DIR). */
export async function createTempSite(name = 'site') {
  const dir = await mkdtemp(path.join(os.tmpdir(), `channel-playbook-${name}-`));
  for (const entry of copied) await cp(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
  await mkdir(path.join(dir, 'node_modules'));
  for (const entry of await readdir(path.join(repoRoot, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    await symlink(path.join(repoRoot, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  const contentDir = path.join(dir, 'fixture-content');
  await cp(path.join(repoRoot, 'content'), contentDir, { recursive: true });
  return {
    dir,
    contentDir,
    /** Runs `node <script> …args` in the copy with CONTENT_DIR set; resolves with code and output. */
    // CHECK_NO_LOCK: this copy has its own caches, so it need not wait for the shared build lock.
    run: (script, args = [], env = {}) => runNode([script, ...args], { cwd: dir, env: { CONTENT_DIR: 'fixture-content', CHECK_NO_LOCK: '1', ...env } }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
