/**
 * Loads Pagefind's browser API once, from under the site's base path (never a hard-coded
 * `/pagefind/`, the classic 404 on a sub-path deployment).
 */
import type { Engine } from '../../lib/search/find-pages';
import { tuning } from '../../lib/search/tuning';

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindApi extends Engine<PagefindResultData> {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
}

let api: Promise<PagefindApi> | undefined;
let kinds: Promise<Map<string, string>> | undefined;

/**
 * Each page's kind (its `type` filter: 异议, 流程阶段…) by Pagefind id, for weighing results by
 * the query's intent before any fragment is fetched: one filter-only search per kind, which
 * loads Pagefind's small filter file and no page data. Once per page view.
 */
export function loadKinds(pagefind: Engine<PagefindResultData>, labels: string[]): Promise<Map<string, string>> {
  kinds ??= (async () => {
    const lists = await Promise.all(labels.map((type) => pagefind.search(null, { filters: { type } })));
    return new Map(lists.flatMap((list, i) => (list?.results ?? []).map((r) => [r.id, labels[i]] as const)));
  })();
  kinds.catch(() => (kinds = undefined));
  return kinds;
}

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Pagefind asks for its entry file with `?ts=<now>` so no HTTP cache pairs an old entry with
    // a new index. Under the offline worker, the precache serves entry and index of one build
    // whatever the query, so we pass the fixed `metaCacheTag` Pagefind offers for offline sites;
    // a page with no worker keeps the timestamp.
    const offline = navigator.serviceWorker?.controller ? { metaCacheTag: 'precache' } : {};
    // Meta field weights and page length: lib/search/tuning.ts.
    await pagefind.options({ baseUrl: base, ranking: tuning.pagefind, ...offline });
    await pagefind.init();
    // Under the offline worker, which may hold the whole index, a term finds every word that
    // extends it (stored-index.ts); that code is loaded only there, from the worker's store.
    return navigator.serviceWorker?.controller ? (await import('./stored-index')).wholeWhereStored(pagefind) : pagefind;
  })();
  api.catch(() => (api = undefined));
  return api;
}
