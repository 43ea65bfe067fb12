/**
 * 复制 and 发给同事 on content pages. This part is on every page and only listens; the first tap
 * loads the code that does the work (share-actions.ts), so reading a page costs nothing more.
 */
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-copy-say], [data-share-say], [data-share-page]');
  if (button) void import('./share-actions').then(({ act }) => act(button));
});
