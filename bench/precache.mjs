#!/usr/bin/env node
/**
 * What a rep's phone downloads on the first visit so the site works with no signal: the
 * service worker's precache, measured with the same file list the build uses
 * (src/integrations/precache-files.ts). Prints entries and bytes, raw and gzip (what a host
 * that compresses sends; Pagefind's index files are compressed already), by group.
 *   node bench/precache.mjs [build folder, default $E2E_OUTDIR or dist]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { precacheOptions } from '../src/integrations/precache-files.ts';

const dir = path.resolve(process.argv[2] ?? process.env.E2E_OUTDIR ?? 'dist');
const { manifestEntries, warnings } = await getManifest(precacheOptions(dir));
if (!manifestEntries?.length) {
  console.error(`Nothing to precache in ${dir}: run \`npm run build\` first (or pass the build folder).`);
  process.exit(1);
}

const groupOf = (url) =>
  url.endsWith('.html') ? 'pages (HTML)' : url.startsWith('_astro/') ? 'CSS and scripts' : url.startsWith('pagefind/') ? 'search index' : 'manifest, icon';
const groups = new Map();
for (const { url } of manifestEntries) {
  const body = await readFile(path.join(dir, url));
  const group = groups.get(groupOf(url)) ?? { files: 0, raw: 0, gzip: 0 };
  group.files += 1;
  group.raw += body.length;
  group.gzip += gzipSync(body, { level: 9 }).length;
  groups.set(groupOf(url), group);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`.padStart(9);
const total = { files: 0, raw: 0, gzip: 0 };
console.log(`precache of ${dir}`);
console.log(`${'group'.padEnd(18)}${'files'.padStart(6)}${'raw'.padStart(9)}${'gzip'.padStart(9)}`);
for (const [name, g] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`${name.padEnd(18)}${String(g.files).padStart(6)}${kib(g.raw)}${kib(g.gzip)}`);
  for (const key of Object.keys(total)) total[key] += g[key];
}
console.log(`${'total'.padEnd(18)}${String(total.files).padStart(6)}${kib(total.raw)}${kib(total.gzip)}`);
for (const warning of warnings) console.log(`warning: ${warning}`);
