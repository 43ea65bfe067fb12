/**
 * Reads a finished build folder into what the offline plan (first-visit.ts) sorts: every file a
 * phone may store (precache-files.ts), its bytes as sent, and for each Pagefind fragment the
 * page it describes. Used by the build (service-worker.ts) and `npm run bench:precache`, so the
 * figure reported is the one the worker stores.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { planFirstVisit, type SiteFile } from './first-visit.ts';
import { precacheOptions } from './precache-files.ts';

/** Pagefind writes its index, entries, filters, metadata and WebAssembly gzipped already. */
const compressed = /^pagefind\/.*\.(pf_[a-z]+|pagefind)$/;

/**
 * Every file with its bytes as sent and its revision, read once (the worker's precache list is
 * taken from here), and the build's id. A file too large to store stops the build: it would
 * silently not work offline.
 */
export async function readSiteFiles(dir: string) {
  const { manifestEntries = [], warnings } = await getManifest(precacheOptions(dir));
  const tooLarge = warnings.filter((w) => /maximumFileSizeToCacheInBytes/.test(w));
  if (tooLarge.length) throw new Error(`Some files are too large to precache, so they would not work offline: ${tooLarge.join('; ')}`);
  const files: SiteFile[] = [];
  const hash = createHash('sha256');
  for (const { url, revision } of manifestEntries) {
    const body = await readFile(path.join(dir, url));
    const file: SiteFile = { url, revision, bytes: compressed.test(url) ? body.length : gzipSync(body).length };
    if (url.startsWith('pagefind/fragment/')) {
      // `pagefind_dcd{"url":"/objections/price/",…`: the page's folder, without the site's base.
      const page = /"url":"([^"]*)"/.exec(gunzipSync(body).toString('utf8', 0, 600))?.[1];
      if (page) file.fragmentOf = `${page.replace(/^\//, '')}index.html`;
    }
    files.push(file);
    hash.update(`${url} ${revision ?? ''}\n`);
  }
  return { files, build: hash.digest('hex').slice(0, 12) };
}

/** The site's first-visit plan, with the build id both the worker and the 保存全部 control use. */
export async function offlinePlan(dir: string, budget?: number) {
  const { files, build } = await readSiteFiles(dir);
  return { build, ...planFirstVisit(files, budget) };
}
