import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getManifest } from 'workbox-build';
import { precacheOptions } from '../../src/integrations/precache-files';

// A build folder in miniature, with the kinds of file Astro and Pagefind 1.6 write.
const files = [
  'index.html',
  '404.html',
  'objections/price/index.html',
  '_astro/BaseLayout.CsDcoGS3.css',
  '_astro/dialog.BK4wBF6X.js',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon-512.png',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.zh-cn_d6cd7a9629eb7.pf_meta',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/zh-cn_1a2b3c4.pf_index',
  'pagefind/fragment/zh-cn_151b6d5.pf_fragment',
  'pagefind/filter/zh-cn_9f8e7d6.pf_filter',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-highlight.js',
  'sw.js',
  'workbox-4db61445.js',
];

let dir: string;
let manifest: Map<string, string | null | undefined>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'precache-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), file);
  }
  const { manifestEntries = [] } = await getManifest(precacheOptions(dir));
  manifest = new Map(manifestEntries.map((entry) => [entry.url, entry.revision]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('precacheOptions', () => {
  test('stores every page, asset and the whole search index, and nothing the site never loads', () => {
    expect([...manifest.keys()].sort()).toMatchInlineSnapshot(`
      [
        "404.html",
        "_astro/BaseLayout.CsDcoGS3.css",
        "_astro/dialog.BK4wBF6X.js",
        "favicon.svg",
        "index.html",
        "manifest.webmanifest",
        "objections/price/index.html",
        "pagefind/filter/zh-cn_9f8e7d6.pf_filter",
        "pagefind/fragment/zh-cn_151b6d5.pf_fragment",
        "pagefind/index/zh-cn_1a2b3c4.pf_index",
        "pagefind/pagefind-entry.json",
        "pagefind/pagefind-worker.js",
        "pagefind/pagefind.js",
        "pagefind/pagefind.zh-cn_d6cd7a9629eb7.pf_meta",
        "pagefind/wasm.unknown.pagefind",
      ]
    `);
  });

  test('files named by their content go without a revision; the others are revisioned per build', () => {
    const unrevisioned = [...manifest].filter(([, revision]) => !revision).map(([url]) => url);
    expect(unrevisioned.sort()).toEqual([
      '_astro/BaseLayout.CsDcoGS3.css',
      '_astro/dialog.BK4wBF6X.js',
      'pagefind/filter/zh-cn_9f8e7d6.pf_filter',
      'pagefind/fragment/zh-cn_151b6d5.pf_fragment',
      'pagefind/index/zh-cn_1a2b3c4.pf_index',
      'pagefind/pagefind.zh-cn_d6cd7a9629eb7.pf_meta',
    ]);
    // pagefind-entry.json keeps its name across builds: only its revision tells builds apart.
    expect(manifest.get('pagefind/pagefind-entry.json')).toMatch(/^[0-9a-f]{32}$/);
  });
});
