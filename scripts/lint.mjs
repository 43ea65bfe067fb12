#!/usr/bin/env node
/**
 * `npm run lint` (and the first step of `npm test`): ESLint (eslint.config.mjs), then Prettier's
 * check of the code's formatting (.prettierrc.json; content/ is the editors' and Decap's, see
 * .prettierignore). `npm run format` writes what Prettier would.
 *
 * Both keep a cache in node_modules/.cache/, keyed on each file's content (not its time, so a fresh
 * checkout of the same files still hits it): a run after a small change reads only what changed
 * (~18 CPU-seconds → ~3 here, which `npm test` gives to the builds running beside it).
 */
import { spawnSync } from 'node:child_process';

export const formatted = ['src/**/*.{ts,astro,mjs,css}', 'scripts/**/*.mjs', 'test/**/*.{ts,mjs}', 'bench/**/*.mjs', '*.mjs'];

const write = process.argv.includes('--write');
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const code = write
  ? run(['node_modules/prettier/bin/prettier.cjs', '--write', '--log-level=warn', ...formatted])
  : run(['node_modules/eslint/bin/eslint.js', '--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/', '.']) ||
    run(['node_modules/prettier/bin/prettier.cjs', '--check', '--cache', '--cache-strategy', 'content', '--log-level=warn', ...formatted]);
process.exit(code);
