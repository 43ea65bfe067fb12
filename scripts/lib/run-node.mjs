/**
 * Runs a Node script with this Node (the project's Node 24) and collects what it printed:
 * `npm run check` runs Astro with it, the tests run `npm run check` and `npm run new` with it.
 * tinyexec does the spawning; stderr follows stdout in the output.
 */
import { existsSync } from 'node:fs';
import { x } from 'tinyexec';

/** Builds of this checkout share .astro/ caches: they take this lock (flock) to run one at a time. */
export const buildLock = existsSync('/usr/bin/flock') ? '/tmp/channel-playbook-build.lock' : undefined;

/** Command and arguments that run a Node script (`args` start with it) with this Node, behind `lock` when given. */
export const nodeCommand = (args, lock) => (lock ? ['/usr/bin/flock', [lock, process.execPath, ...args]] : [process.execPath, args]);

/** Runs `args` as nodeCommand does and collects the output. */
export async function runNode(args, { cwd = process.cwd(), env = {}, lock } = {}) {
  const [command, argv] = nodeCommand(args, lock);
  const result = await x(command, argv, {
    nodeOptions: { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } },
    throwOnError: false,
  });
  return { code: result.exitCode ?? 1, output: result.stdout + result.stderr };
}
