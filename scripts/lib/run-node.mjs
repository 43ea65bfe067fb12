/**
 * Runs a Node script with this Node (the project's Node 24) and collects what it printed:
 * `npm run check` runs Astro with it, the tests run `npm run check` and `npm run new` with it.
 * tinyexec does the spawning; stderr follows stdout in the output.
 */
import { x } from 'tinyexec';

/** `args` start with the script; `lock`, a file, makes builds on this machine wait their turn (flock). */
export async function runNode(args, { cwd = process.cwd(), env = {}, lock } = {}) {
  const [command, argv] = lock ? ['/usr/bin/flock', [lock, process.execPath, ...args]] : [process.execPath, args];
  const result = await x(command, argv, {
    nodeOptions: { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } },
    throwOnError: false,
  });
  return { code: result.exitCode ?? 1, output: result.stdout + result.stderr };
}
