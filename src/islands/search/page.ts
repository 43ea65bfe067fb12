/**
 * /search/?q=…: the panel inline, its query kept in the URL so a search can be sent as a link.
 * Each search the rep pauses on becomes a history entry, so Back returns to the previous one.
 */
import { SearchPanel } from './panel';

const mount = document.querySelector<HTMLElement>('[data-search-page]');
if (mount) {
  const queryInUrl = () => new URLSearchParams(window.location.search).get('q') ?? '';
  const panel = new SearchPanel((query) => {
    if (query === queryInUrl()) return;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  mount.replaceChildren(panel.root);
  if (queryInUrl()) panel.setQuery(queryInUrl());
  window.addEventListener('popstate', () => panel.setQuery(queryInUrl()));
  panel.input.focus();
  // Leaving the page without opening a result is worth knowing too (log.ts).
  addEventListener('pagehide', () => panel.flush());
}
