/** /search/?q=…: the panel inline, its query kept in the URL so a search can be sent as a link. */
import { SearchPanel } from './panel';

const mount = document.querySelector<HTMLElement>('[data-search-page]');
if (mount) {
  const panel = new SearchPanel((query) => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  mount.replaceChildren(panel.root);
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  if (query) panel.setQuery(query);
  panel.input.focus();
}
