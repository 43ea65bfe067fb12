/** The header's search: a modal <dialog> around the shared panel, created on first use. */
import { SearchPanel } from './panel';
import { searchDialogText } from '../../lib/ui-text';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;

function create() {
  dialog = document.createElement('dialog');
  dialog.className =
    'search-dialog m-0 h-dvh max-h-none w-full max-w-none bg-paper p-4 text-ink backdrop:bg-black/50 sm:mx-auto sm:mt-16 sm:h-auto sm:max-h-[80vh] sm:max-w-2xl sm:rounded-xl sm:border sm:border-line';
  dialog.setAttribute('aria-label', searchDialogText.label);
  panel = new SearchPanel();
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'self-end rounded px-2 py-1 text-sm text-muted underline';
  close.textContent = searchDialogText.close;
  close.addEventListener('click', () => dialog?.close());
  const frame = document.createElement('div');
  frame.className = 'flex h-full max-h-[calc(80vh-2rem)] flex-col gap-2 max-sm:max-h-full';
  frame.append(close, panel.root);
  dialog.append(frame);
  // Closes on a tap on the backdrop only. A tap on the dialog's own padding also targets the
  // dialog, and on a phone the dialog is the whole screen: a tap just beside 显示更多结果 (or a
  // button that moved as results loaded) must not close the search.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
  // Leaving a search without opening a result is worth knowing too (log.ts).
  dialog.addEventListener('close', () => panel?.flush());
  addEventListener('pagehide', () => panel?.flush());
  document.body.append(dialog);
}

export function showSearchDialog(query = '') {
  if (!dialog) create();
  if (query) panel?.setQuery(query);
  dialog?.showModal();
  panel?.input.focus();
  panel?.input.select();
}
