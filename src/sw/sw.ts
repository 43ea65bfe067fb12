/// <reference lib="webworker" />
/**
 * The offline worker, bundled on its own by the build (integrations/service-worker.ts), which
 * also writes the first-visit file list into `self.__WB_MANIFEST` (integrations/first-visit.ts).
 *
 * - What the first visit stored is served from Workbox's precache, one revision per file.
 * - A page not stored is fetched, and kept (`opened`), so a page the rep has opened works again
 *   with no signal; with no signal and no copy, the offline page says so and offers 保存全部.
 * - Search index files and page entries not stored are fetched and kept the same way (`seen`);
 *   a part of the index that cannot be had is announced on a BroadcastChannel, so the search says
 *   what it could not reach instead of quietly finding less.
 * - 保存全部 (islands/offline/) fills the `saved` cache from the page; it is read here like the others.
 *
 * Update strategy (unchanged from the generated worker this replaces): a new build waits until
 * the rep taps 刷新 (islands/update-prompt.ts sends SKIP_WAITING); every open tab then reloads,
 * so pages, scripts and index always come from one build. On taking over, the worker deletes
 * the older build's caches and fetches again the pages the rep had opened, so they stay offline.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { cacheNames, isOtherBuild, pageKey } from '../lib/offline/caches.ts';
import { offlineChannel, type OfflineMiss } from '../lib/offline/channel.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };
/** The build's id, set by the bundler (integrations/service-worker.ts). */
declare const __BUILD__: string;

const names = cacheNames(__BUILD__);
const scope = new URL(self.registration.scope);
/** With weak signal, a page the phone already has is shown after this long rather than waiting on. */
const patience = 4000;

// Pages are `folder/index.html`, linked as `folder/`. A static host ignores query strings, so the
// worker does too: `/prepare/?channel=dealer` and `pagefind-entry.json?ts=…` are the stored files.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/./] });
cleanupOutdatedCaches();
// Only matters on the very first visit: that page is controlled at once, with no older build to mix with.
clientsClaim();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

const announce = () => new BroadcastChannel(offlineChannel).postMessage({ type: 'index-miss' } satisfies OfflineMiss);

/** Resolves with `promise`, or rejects after `ms` when there is something else to show. */
function within<T>(promise: Promise<T>, ms: number) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('slow network')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function keep(cacheName: string, key: string, response: Response) {
  if (response.ok && response.type === 'basic') await (await caches.open(cacheName)).put(key, response.clone());
}

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.href.startsWith(scope.href),
  async ({ request }) => {
    const key = pageKey(request.url);
    const copy = await caches.match(key);
    const fresh = fetch(request);
    try {
      const response = copy ? await within(fresh, patience) : await fresh;
      await keep(names.opened, key, response);
      return response;
    } catch {
      if (copy) {
        // Keep the newer page for next time if it does arrive.
        fresh.then((response) => keep(names.opened, key, response)).catch(() => {});
        return copy;
      }
      return (await matchPrecache('offline/index.html')) ?? Response.error();
    }
  },
);

registerRoute(
  ({ url }) => url.href.startsWith(new URL('pagefind/', scope).href),
  async ({ request, url }) => {
    const copy = await caches.match(request.url);
    if (copy) return copy;
    try {
      const response = await fetch(request);
      // Index and entry files are named by their content: a copy never goes stale. 保存全部
      // keeps its own (in `saved`, which 撤销 deletes), so those are not kept twice.
      if (!request.headers.has('x-offline-save')) await keep(names.seen, request.url, response);
      return response;
    } catch (error) {
      // A missing page entry shows as a result the search cannot show, and it says so; a missing
      // part of the index leaves no trace in the results, so the worker tells the search.
      if (url.pathname.includes('/pagefind/index/')) announce();
      throw error;
    }
  },
);

self.addEventListener('activate', (event) => {
  const cleanup = (async () => {
    const old = (await caches.keys()).filter((name) => isOtherBuild(name, __BUILD__));
    const opened = await Promise.all(
      old.filter((name) => name.startsWith('opened-')).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
    );
    await Promise.all(old.map((name) => caches.delete(name)));
    return opened.flat();
  })();
  event.waitUntil(cleanup);
  // The pages the rep had opened, fetched again from this build: best effort (the rep may be
  // offline) and after taking over, so the tabs waiting to reload are not held up.
  void cleanup.then((urls) =>
    Promise.all(
      urls.map((url) =>
        fetch(url).then(
          (response) => keep(names.opened, url, response),
          () => undefined,
        ),
      ),
    ),
  );
});
