/**
 * The only script every page loads: it waits for the search button, `/` or Ctrl/⌘+K and then
 * imports the search dialog. Kept tiny on purpose: content pages ship nothing else.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

async function openSearch(query = '') {
  const { showSearchDialog } = await import('./search/dialog');
  showSearchDialog(query);
}

document.addEventListener('click', (event) => {
  const trigger = (event.target as Element | null)?.closest?.('[data-search-trigger]');
  if (!trigger || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void openSearch();
});

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
  if (shortcut || (event.key === '/' && !isTyping(event.target))) {
    event.preventDefault();
    void openSearch();
  }
});
