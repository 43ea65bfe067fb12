/**
 * The quiet "内容已更新，刷新" prompt, loaded only when a new build is waiting. A polite status
 * message at the bottom of the screen, never a modal: the rep may be mid-sentence with a
 * customer, so it takes no focus and can be closed; 刷新 switches to the new build.
 */
import { updateText } from '../lib/ui-text';

let prompt: HTMLElement | undefined;
let waiting: ServiceWorker | undefined;

/** The waiting worker takes over; sw-register.ts then reloads every open tab. */
function activate() {
  // A worker another tab already switched to is no longer waiting: a reload shows its build.
  if (!waiting || waiting.state === 'redundant' || waiting.state === 'activated') location.reload();
  else waiting.postMessage({ type: 'SKIP_WAITING' });
}

function button(text: string, className: string) {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = text;
  return node;
}

function create() {
  const root = document.createElement('div');
  root.className =
    'update-prompt fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-line bg-panel px-4 py-2 text-ink shadow-lg print:hidden';
  root.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.className = 'mr-auto';
  const refresh = button(updateText.refresh, 'min-h-11 rounded-lg bg-accent px-4 font-semibold text-paper');
  refresh.addEventListener('click', () => {
    refresh.disabled = true;
    refresh.textContent = updateText.refreshing;
    activate();
  });
  const close = button('×', 'min-h-11 min-w-11 rounded-lg text-xl text-muted');
  close.setAttribute('aria-label', updateText.close);
  close.addEventListener('click', () => root.remove());
  root.append(text, refresh, close);
  document.body.append(root);
  // Text goes in after the live region exists, so screen readers announce it.
  requestAnimationFrame(() => (text.textContent = updateText.updated));
  return root;
}

/** Shows the prompt once for the newest waiting build (a second new build replaces the first). */
export function showUpdatePrompt(worker: ServiceWorker) {
  waiting = worker;
  if (!prompt?.isConnected) prompt = create();
}
