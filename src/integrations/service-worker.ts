/**
 * Writes the offline worker (src/sw/sw.ts) into the finished build: bundled on its own with
 * Vite, then given the list of files to store on the first visit with Workbox's
 * `injectManifest`. It must run after the Pagefind integration (list it after `pagefindIndex()`
 * in astro.config.mjs), so the index is there to be sorted; it stops the build if it is not.
 *
 * What the first visit stores is bounded (first-visit.ts); the rest is listed, with its size,
 * in offline/files.json for 保存全部以离线使用, and offline/summary.json says how much that is.
 * The update strategy is described in src/sw/sw.ts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import type { OfflineFiles, OfflineSummary } from '../lib/offline/caches.ts';
import { offlinePlan } from './site-files.ts';

const workerEntry = fileURLToPath(new URL('../sw/sw.ts', import.meta.url));

/** A page is linked as its folder (`guides/x/`), which is also the key the worker keeps it under. */
const linkOf = (url: string) => url.replace(/(^|\/)index\.html$/, '$1');

/**
 * Generates `sw.js` and the 保存全部 lists into a built site folder. `budget` is for tests that
 * need a site too large to store on the first visit.
 */
export async function writeServiceWorker(dir: string, { budget }: { budget?: number } = {}) {
  if (!existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error(`No Pagefind index in ${dir}: list serviceWorker() after pagefindIndex() in astro.config.mjs, so the index exists before it is precached.`);
  }
  const plan = await offlinePlan(dir, budget);
  const rest: OfflineFiles = plan.rest.map((f) => [linkOf(f.url), f.bytes]);
  const summary: OfflineSummary = {
    build: plan.build,
    files: rest.length,
    bytes: rest.reduce((sum, [, bytes]) => sum + bytes, 0),
    pages: plan.rest.filter((f) => f.url.endsWith('.html')).length,
    partial: plan.cut.length > 0,
  };
  const summaryJson = JSON.stringify(summary);
  await mkdir(path.join(dir, 'offline'), { recursive: true });
  await writeFile(path.join(dir, 'offline', 'files.json'), JSON.stringify(rest));
  await writeFile(path.join(dir, 'offline', 'summary.json'), summaryJson);

  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    define: { __BUILD__: JSON.stringify(plan.build), 'process.env.NODE_ENV': '"production"' },
    build: {
      lib: { entry: workerEntry, formats: ['iife'], name: 'offlineWorker', fileName: () => 'sw.js' },
      outDir: dir,
      emptyOutDir: false,
      copyPublicDir: false,
    },
  });

  // The list was read once by the plan (site-files.ts): Workbox only writes it into the worker.
  const result = await injectManifest({
    swSrc: path.join(dir, 'sw.js'),
    swDest: path.join(dir, 'sw.js'),
    globDirectory: dir,
    globPatterns: [],
    additionalManifestEntries: [
      ...plan.first.map(({ url, revision }) => ({ url, revision: revision ?? null })),
      // The 保存全部 control's summary, so it can say what is stored with no signal.
      { url: 'offline/summary.json', revision: createHash('md5').update(summaryJson).digest('hex') },
    ],
  });
  return { ...result, plan, summary };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

export function serviceWorker(): AstroIntegration {
  return {
    name: 'channel-playbook:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, plan, summary, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `first visit stores ${count} files, ${mib(plan.bytes)} gzip; 保存全部 adds ${summary.files} files (${summary.pages} pages), ${mib(summary.bytes)}`,
        );
        if (plan.cut.length) logger.warn(`the first-visit budget left part of ${plan.cut.join(', ')} to 保存全部 (src/integrations/first-visit.ts)`);
      },
    },
  };
}
