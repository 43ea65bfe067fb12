/**
 * Writes the service worker that keeps the whole site working with no signal (in a basement
 * market, on a building site), with Workbox's `generateSW` over the finished build. It must run
 * after the Pagefind integration (list it after `pagefindIndex()` in astro.config.mjs), so the
 * index is there to be precached; it stops the build if it is not.
 *
 * Update strategy: one precache, revisioned per file, that a new worker fills completely while
 * the old one keeps serving. We do NOT `skipWaiting` on install: a worker that took over at once
 * would delete the old build's files under pages still open, whose next search would then load a
 * new index against old pages (or a lazy script chunk that no longer exists). Instead the new
 * worker waits, the page shows "内容已更新，刷新" (src/islands/sw-register.ts) and, on 刷新,
 * tells it to skip waiting; every open tab then reloads on `controllerchange`, so pages, scripts
 * and index always come from one build. If the rep never taps it, the new worker takes over the
 * next time the site is opened after all its tabs were closed — nobody stays on old content.
 * `clientsClaim` only matters on the very first visit: that page is then controlled too, so search
 * works offline from the first page, with no older build to mix with.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { precacheOptions } from './precache-files.ts';

/** Generates `sw.js` (and Workbox's runtime beside it) into a built site folder. */
export async function writeServiceWorker(dir: string) {
  if (!existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error(`No Pagefind index in ${dir}: list serviceWorker() after pagefindIndex() in astro.config.mjs, so the index exists before it is precached.`);
  }
  const result = await generateSW({
    ...precacheOptions(dir),
    swDest: path.join(dir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Pages are `folder/index.html`, linked as `folder/`.
    directoryIndex: 'index.html',
    // A static host ignores query strings, so the worker does too: `/prepare/?channel=dealer`,
    // `/search/?q=…` and Pagefind's `pagefind-entry.json?ts=…` are the precached files.
    ignoreURLParametersMatching: [/./],
    // A page that is not in this build (a mistyped link) gets the 404 page when offline instead
    // of the browser's own error; online, the host still answers, so new pages are never hidden.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  const tooLarge = result.warnings.filter((w) => /maximumFileSizeToCacheInBytes/.test(w));
  if (tooLarge.length) throw new Error(`Some files are too large to precache, so they would not work offline: ${tooLarge.join('; ')}`);
  return result;
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'channel-playbook:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`precached ${count} files, ${(size / 1024 / 1024).toFixed(2)} MiB, for offline use`);
      },
    },
  };
}
