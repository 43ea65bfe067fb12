/**
 * 保存全部以离线使用: the first visit stores only the core (src/integrations/first-visit.ts);
 * this control shows what the rest weighs, downloads it into the `saved` cache with progress,
 * can be stopped and resumed (what is stored is not fetched again), and undone. The worker
 * (src/sw/sw.ts) serves from that cache like its others. The rep's choice is remembered, so a
 * new build's content is saved again on the next visit with signal.
 */
import { cacheNames, type OfflineFiles, type OfflineSummary } from '../../lib/offline/caches';
import { describeSave, type SaveState } from '../../lib/offline/save-all';
import { h } from '../dom';
import { offlineText } from '../../lib/ui-text';

/** Set while the rep wants everything offline; cleared by 撤销. */
const WANTED = 'channel-playbook:offline-all';
// One flag, behind try/catch like islands/storage.ts (whose import would regroup the tools' chunks).
const wanted = () => {
  try {
    return localStorage.getItem(WANTED) === '1';
  } catch {
    return false;
  }
};
const want = (yes: boolean) => {
  try {
    localStorage.setItem(WANTED, yes ? '1' : '0');
  } catch {
    // Private mode or a full disk: 保存全部 still works, it is just not redone for a new build.
  }
};
/** The saved cache's mark that every file of this build is in it. */
const COMPLETE = 'offline/complete';
const PARALLEL = 4;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const at = (url: string) => new URL(base + url, location.origin).href;

class OfflineSave extends HTMLElement {
  #summary?: OfflineSummary;
  #state: SaveState = { kind: 'idle' };
  #stop?: AbortController;
  #text = h('p', 'text-sm');
  #progress = h('progress', 'mt-2 block h-2 w-full');
  #actions = h('p', 'mt-2 flex flex-wrap gap-2');
  /** The buttons on show, so progress does not redraw them. */
  #labels?: string;

  connectedCallback() {
    this.replaceChildren(this.#text, this.#progress, this.#actions);
    void this.#start();
  }

  async #start() {
    if (!('caches' in window) || !('serviceWorker' in navigator)) return this.#show({ kind: 'unsupported' });
    try {
      this.#summary = (await (await fetch(at('offline/summary.json'))).json()) as OfflineSummary;
    } catch {
      // No summary (the dev server, or nothing stored yet and no signal): nothing to offer.
      return void (this.hidden = true);
    }
    const saved = await caches.open(cacheNames(this.#summary.build).saved);
    if (await saved.match(at(COMPLETE))) return this.#show({ kind: 'saved' });
    // The rep saved everything of an older build (or stopped part-way): carry on while there is
    // signal, unless the phone asks to save data.
    const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
    if (wanted() && navigator.onLine && !saveData) return void this.#save();
    this.#show({ kind: 'idle' });
  }

  #show(state: SaveState) {
    this.#state = state;
    this.hidden = false;
    const view = describeSave(state, this.#summary ?? { build: '', files: 0, bytes: 0, pages: 0 });
    this.#text.textContent = view.text;
    this.#progress.hidden = !view.progress;
    if (view.progress) {
      this.#progress.max = view.progress.max;
      this.#progress.value = view.progress.value;
      this.#progress.setAttribute('aria-label', offlineText.progress);
    }
    // Progress redraws text and bar only: a 停止 button replaced under the finger would lose the tap.
    const labels = `${view.button ?? ''}|${view.secondary ?? ''}`;
    if (labels === this.#labels) return;
    this.#labels = labels;
    const hadFocus = this.#actions.contains(document.activeElement);
    const buttons = [];
    if (view.button) buttons.push(this.#button(view.button, 'bg-accent text-paper', () => void this.#save()));
    if (view.secondary)
      buttons.push(
        this.#button(view.secondary, 'border border-line text-ink', () => (this.#state.kind === 'saving' ? this.#stop?.abort() : void this.#undo())),
      );
    this.#actions.replaceChildren(...buttons);
    // The button tapped is gone: keyboard focus goes to what replaced it, not back to the page top.
    if (hadFocus) buttons[0]?.focus();
  }

  #button(text: string, tone: string, onClick: () => void) {
    const button = h('button', `min-h-11 rounded-lg px-4 font-semibold ${tone}`, text);
    button.type = 'button';
    button.addEventListener('click', onClick);
    return button;
  }

  async #save() {
    const summary = this.#summary!;
    want(true);
    // Ask the browser not to clear what the rep chose to keep when the phone runs low on space.
    void navigator.storage?.persist?.().catch(() => false);
    const stop = (this.#stop = new AbortController());
    let files: OfflineFiles;
    try {
      files = (await (await fetch(at('offline/files.json'), { signal: stop.signal })).json()) as OfflineFiles;
    } catch {
      return this.#show({ kind: 'stopped', done: 0, total: summary.files, offline: !stop.signal.aborted });
    }
    const cache = await caches.open(cacheNames(summary.build).saved);
    let done = 0;
    let failed = false;
    this.#show({ kind: 'saving', done, total: files.length });
    const queue = files.map(([url]) => at(url));
    const worker = async () => {
      for (let url = queue.shift(); url && !stop.signal.aborted && !failed; url = queue.shift()) {
        // Stored already (opened, seen by a search, or saved before a stop): not fetched again.
        if (!(await caches.match(url))) {
          try {
            // The worker keeps what a page fetches; this header tells it the page keeps this one.
            const response = await fetch(url, { signal: stop.signal, headers: { 'x-offline-save': '1' } });
            if (!response.ok) throw new Error(`${response.status} ${url}`);
            await cache.put(url, response);
          } catch {
            failed = !stop.signal.aborted;
            return;
          }
        }
        done += 1;
        if (this.#state.kind === 'saving') this.#show({ kind: 'saving', done, total: files.length });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (stop.signal.aborted || failed) return this.#show({ kind: 'stopped', done, total: files.length, offline: failed });
    await cache.put(at(COMPLETE), new Response(String(Date.now())));
    this.#show({ kind: 'saved' });
  }

  async #undo() {
    want(false);
    await caches.delete(cacheNames(this.#summary!.build).saved);
    this.#show({ kind: 'idle' });
  }
}

if (!customElements.get('offline-save')) customElements.define('offline-save', OfflineSave);
