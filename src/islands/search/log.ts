/**
 * Sends a settled search to the search log (lib/search/search-log.ts), only when the build was
 * made with PUBLIC_SEARCH_LOG=1 and the host logs `search-log` requests (deploy/nginx.conf).
 * Without it this is a constant `false` and the bundler drops the rest.
 */
import { logParams, type SearchEntry } from '../../lib/search/search-log';

const enabled = import.meta.env.PUBLIC_SEARCH_LOG === '1';
const endpoint = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-log`;

export function logSearch(entry: SearchEntry) {
  if (!enabled || !entry.query.trim()) return;
  // A beacon outlives the page: opening a result navigates away at once.
  const url = `${endpoint}?${logParams(entry)}`;
  if (!navigator.sendBeacon?.(url)) void fetch(url, { method: 'POST', keepalive: true }).catch(() => {});
}
