/**
 * Where the phone holds the search index, a term finds every word that extends it, whatever
 * earlier searches loaded (lib/search/whole-prefixes.ts): the extra index chunks that takes come
 * from the phone. Where they must be downloaded, they would take a first search over its budget
 * (300 KB), so an index not stored is searched as Pagefind loads it.
 */
import { prefixEnds } from '../../lib/search/whole-prefixes';
import type { PagefindApi } from './pagefind';

/**
 * True when the offline worker has the index stored: on the first visit (its precache, which
 * takes the index whole or not at all) or by 保存全部 (the `saved` cache).
 */
// The prefixes of Workbox's precache (its default name) and of lib/offline/caches.ts's `saved`,
// written here: importing that module made a shared chunk that cost the first search 160 bytes.
async function indexStored(): Promise<boolean> {
  if (!('caches' in globalThis)) return false;
  for (const name of await caches.keys()) {
    if (!name.startsWith('workbox-precache') && !name.startsWith('saved-')) continue;
    const requests = await (await caches.open(name)).keys();
    if (requests.some((request) => request.url.includes('/pagefind/index/'))) return true;
  }
  return false;
}

export async function wholeWhereStored(pagefind: PagefindApi): Promise<PagefindApi> {
  if (!(await indexStored())) return pagefind;
  const search: PagefindApi['search'] = async (term, options) => {
    if (term) await Promise.all(prefixEnds(term).map((end) => pagefind.preload(end)));
    return pagefind.search(term, options);
  };
  return { ...pagefind, search };
}
