/**
 * How the offline worker (src/sw/sw.ts) tells the search (islands/search/panel.ts) that a part of
 * the index could not be had with no signal. Apart from caches.ts so the search's first load
 * carries only these few bytes.
 */
export const offlineChannel = 'channel-playbook:offline';
export interface OfflineMiss {
  type: 'index-miss';
}
