/**
 * The offline caches beside the worker's precache, named per build so a new build never serves
 * an old page next to its new styles and index: the worker (src/sw/sw.ts) deletes other builds'
 * caches when it takes over. Shared by the worker and the 保存全部 control (islands/offline/).
 */
export const cacheNames = (build: string) => ({
  /** Pages the rep opened: kept so they work again with no signal. */
  opened: `opened-${build}`,
  /** What 保存全部以离线使用 downloaded; 撤销 deletes this cache only. */
  saved: `saved-${build}`,
  /** Search index files and page entries fetched by searches made online. */
  seen: `seen-${build}`,
});

/** True for an offline cache of a build other than `build` (the precache cleans up after itself). */
export const isOtherBuild = (name: string, build: string) => /^(opened|saved|seen)-/.test(name) && !name.endsWith(`-${build}`);

/** One cache entry per page, whatever query (`?channel=dealer`) or fragment it was opened with. */
export function pageKey(url: string) {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/** What `npm run build` writes for the 保存全部 control: offline/summary.json and offline/files.json. */
export interface OfflineSummary {
  build: string;
  /** Files not stored on the first visit, and their bytes as sent. */
  files: number;
  bytes: number;
  /** Pages among them. */
  pages: number;
  /** The first visit left part of the core (objections, checklists, the index) to 保存全部. */
  partial?: boolean;
}
/** offline/files.json: site-relative URL (pages as their folder, `guides/x/`) and bytes. */
export type OfflineFiles = Array<[url: string, bytes: number]>;
