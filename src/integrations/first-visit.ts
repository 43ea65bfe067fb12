/**
 * What the offline worker stores on the first visit, and what waits for 保存全部以离线使用.
 *
 * A phone on a paid data plan must not download the whole site unasked: at 10,000 pages that is
 * over 100 MB. So the first visit stores, in the order a rep needs them with no signal, only
 * what fits the budget: the shell (styles, scripts, home, search, the offline page) and the search
 * runtime and vocabulary; the tools (visit prep, practice, choosing a dealer) and the policies;
 * the objection pages; the search index with the core pages' search entries; the checklists.
 * A group of pages that does not fit is taken in part (its pages in order); the index is taken
 * whole or not at all. Everything else is listed, with its size, for 保存全部 (islands/offline/),
 * and every page the rep opens is kept as it is opened (src/sw/sw.ts).
 *
 * Pure: it sorts a list of files with their sizes, so it is unit-tested and used by the build
 * (service-worker.ts) and by `npm run bench:precache` alike.
 */

/** Bytes a phone downloads on the first visit, gzip as a host sends them (#27: ≤ 1.5 MB). */
export const firstVisitBudget = 1.5 * 1024 * 1024;

export interface SiteFile {
  /** Path in the build folder, e.g. `objections/price/index.html`, `pagefind/index/en_1.pf_index`. */
  url: string;
  /** Bytes as sent: gzip for text, as they are for Pagefind's compressed files. */
  bytes: number;
  /** For a Pagefind fragment: the page (build-folder path of its index.html) it describes. */
  fragmentOf?: string;
  /** Workbox's revision: none for a file whose name carries its content hash. */
  revision?: string | null;
}

export type Group = 'shell' | 'tools' | 'objections' | 'index' | 'checklists' | 'rest';

const shellPages = new Set(['index.html', '404.html', 'offline/index.html', 'search/index.html']);
const toolFolders = ['prepare/', 'practice/', 'choose/', 'policies/'];
const searchRuntime = /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+|filter\/.*)$/;

/** The group a page (an `…index.html`) belongs to. */
function pageGroup(url: string): Group {
  if (shellPages.has(url)) return 'shell';
  if (toolFolders.some((folder) => url.startsWith(folder))) return 'tools';
  if (url.startsWith('objections/')) return 'objections';
  if (url.startsWith('checklists/')) return 'checklists';
  return 'rest';
}

/** The group of any file; a fragment goes with the index when its page is stored on the first visit. */
export function groupOf(file: SiteFile): Group {
  const { url } = file;
  if (url.endsWith('.html')) return pageGroup(url);
  if (url.startsWith('pagefind/index/')) return 'index';
  if (url.startsWith('pagefind/fragment/')) return file.fragmentOf && pageGroup(file.fragmentOf) !== 'rest' ? 'index' : 'rest';
  if (url.startsWith('pagefind/')) return searchRuntime.test(url) ? 'shell' : 'rest';
  return 'shell';
}

const order: Group[] = ['shell', 'tools', 'objections', 'index', 'checklists'];
/** Groups taken whole or not at all: half an index finds half the words. */
const whole = new Set<Group>(['shell', 'index']);

export interface FirstVisitPlan {
  /** Stored on the first visit (the worker's precache). */
  first: SiteFile[];
  /** Listed for 保存全部. */
  rest: SiteFile[];
  /** Bytes of `first`. */
  bytes: number;
  /** Groups that did not fit whole, for the build log and the bench. */
  cut: Group[];
}

export function planFirstVisit(files: SiteFile[], budget = firstVisitBudget): FirstVisitPlan {
  const byGroup = new Map<Group, SiteFile[]>();
  for (const file of [...files].sort((a, b) => a.url.localeCompare(b.url))) {
    const group = groupOf(file);
    byGroup.set(group, [...(byGroup.get(group) ?? []), file]);
  }
  const first: SiteFile[] = [];
  const rest: SiteFile[] = [...(byGroup.get('rest') ?? [])];
  const cut: Group[] = [];
  let bytes = 0;
  for (const group of order) {
    const members = byGroup.get(group) ?? [];
    const size = members.reduce((sum, f) => sum + f.bytes, 0);
    // The shell is what makes the site open at all: always stored, whatever it weighs.
    if (group === 'shell' || bytes + size <= budget) {
      first.push(...members);
      bytes += size;
      continue;
    }
    cut.push(group);
    if (whole.has(group)) {
      rest.push(...members);
      continue;
    }
    for (const file of members) {
      if (bytes + file.bytes <= budget) {
        first.push(file);
        bytes += file.bytes;
      } else rest.push(file);
    }
  }
  return { first, rest, bytes, cut };
}
