/**
 * <visit-prep>: enhances the static checklist on /prepare/ into saved, tailored visits.
 * State lives in lib/prepare/visit-state.ts (pure, tested); this element only wires the DOM to it. Every
 * change is applied to what is stored at that moment (lib/commit-stored.ts), so two tabs never
 * overwrite each other, and a tab redraws when another one saved. Which visit a tab shows is its
 * own; the stored `activeId` only says which one a new tab opens.
 */
import { assembleChecklist, progressOf } from '../../lib/prepare/assemble-checklist';
import { reconcileVisit } from '../../lib/prepare/checklist-keys';
import type { PrepData } from '../../lib/prepare/prepare-data';
import { decodeShare, encodeShare, shareFromHash } from '../../lib/prepare/share-link';
import { shareOrCopy } from '../share';
import {
  addCustomItem,
  addVisit,
  duplicateVisit,
  newVisit,
  parseStore,
  removeCustomItem,
  removeVisit,
  resetProgress,
  serialiseStore,
  setItemChecked,
  setNote,
  updateVisit,
  type Store,
  type Visit,
} from '../../lib/prepare/visit-state';
import type { Change, StoredState } from '../../lib/commit-stored';
import { renderBrief, renderLists, renderPrintHeader } from './render';
import { h } from '../dom';
import { prepareText, sharedLinkText } from '../../lib/ui-text';
import { openStored, STORAGE_KEY } from '../storage';

const FIELDS = ['channel', 'stage', 'customer', 'contact', 'role', 'date', 'goal'] as const;
const newId = () => Math.random().toString(36).slice(2, 10);

class VisitPrep extends HTMLElement {
  #data!: PrepData;
  #stored!: StoredState<Store>;
  /** The visit this tab shows. */
  #activeId = '';
  /** A blank visit shown before the rep changes anything: opening the page stores nothing. */
  #draft: Visit | undefined;
  #form!: HTMLFormElement;
  #message!: HTMLElement;

  connectedCallback() {
    this.#data = JSON.parse(this.querySelector('[data-prepare-data]')?.textContent ?? '{}') as PrepData;
    this.#form = this.querySelector('[data-visit-form]')!;
    this.#message = this.querySelector('[data-message]')!;
    const loaded = openStored(
      STORAGE_KEY,
      (raw) => {
        const { store, message } = parseStore(raw);
        return { state: store, message };
      },
      serialiseStore,
      () => this.#onSavedElsewhere(),
    );
    this.#stored = loaded.stored;
    const store = this.#stored.state;
    this.#activeId = store.activeId ?? '';
    const messages = loaded.message ? [loaded.message] : [];
    // A store read with a message (reset, upgraded, visits dropped) is written back as read.
    if (loaded.message) this.#commit(() => store);
    messages.push(...this.#reconcile(), ...this.#openShareLink());
    if (!this.#active()) this.#startDraft(newVisit(newId(), Date.now(), { channel: this.#channelFromUrl() }));
    this.#say(messages.join(' '));
    for (const selector of ['[data-visits]', '[data-toolbar]', '[data-custom-form]']) this.querySelector(selector)?.removeAttribute('data-pending');
    // Where the phone has a share sheet (WeChat, messages, mail), the button opens it.
    if (typeof navigator.share === 'function') this.querySelector('[data-action="share"]')!.textContent = prepareText.shareButton;
    this.#wire();
    this.#render();
  }

  /** Another tab saved: its visits are refreshed in already; show them. */
  #onSavedElsewhere() {
    const { activeId, visits } = this.#stored.state;
    // A note being written keeps its box; the list is redrawn when the note is saved.
    if (this.querySelector('[data-checklists] textarea')) return;
    // An untouched blank visit gives way to what another tab saved; so does one deleted there.
    if (this.#draft && visits.length) this.#draft = undefined;
    if (!this.#active()) this.#activeId = activeId ?? visits[0]?.id ?? '';
    if (!this.#active()) this.#startDraft(newVisit(newId(), Date.now()));
    this.#render();
  }

  #commit(change: Change<Store>) {
    if (this.#stored.commit(change).newlyRefused) {
      this.#say(prepareText.cannotSave);
    }
  }

  #startDraft(visit: Visit) {
    this.#draft = visit;
    this.#activeId = visit.id;
  }

  /** Stored visits, and the blank one this tab shows if the rep has not touched it yet. */
  #visits(): Visit[] {
    return this.#draft ? [...this.#stored.state.visits, this.#draft] : this.#stored.state.visits;
  }

  /** Moves ticks saved under a renamed checklist and reports the ones whose item is gone. */
  #reconcile(): string[] {
    const known = { keys: new Set(this.#data.checklists.flatMap((c) => c.items.map((i) => `${c.id}/${i.id}`))), renamed: this.#data.renamed };
    const before = this.#stored.state.visits;
    let moved = 0;
    const dropped: string[] = [];
    const visits = before.map((visit) => {
      const result = reconcileVisit(visit, known, newId);
      moved += result.moved;
      dropped.push(...result.dropped);
      return result.visit;
    });
    if (visits.every((v, i) => v === before[i])) return [];
    // Written as reconciled visit by visit, over whatever another tab saved since.
    const byId = new Map(visits.map((v) => [v.id, v]));
    this.#commit((latest) => ({ ...latest, visits: latest.visits.map((v) => byId.get(v.id) ?? v) }));
    const keptNotes = visits.reduce((n, v, i) => n + v.custom.length - before[i].custom.length, 0);
    return [
      moved > 0 ? prepareText.itemsMoved(moved) : '',
      dropped.length > 0 ? prepareText.itemsDropped(dropped) : '',
      keptNotes > 0 ? prepareText.notesKept(keptNotes) : '',
    ].filter(Boolean);
  }

  #active(): Visit | undefined {
    return this.#visits().find((v) => v.id === this.#activeId);
  }

  #channelFromUrl(): string {
    const id = new URLSearchParams(location.search).get('channel') ?? '';
    return this.#data.channels.some((c) => c.id === id) ? id : '';
  }

  #openShareLink(): string[] {
    const payload = shareFromHash(location.hash);
    if (!payload) return [];
    history.replaceState(null, '', location.pathname + location.search);
    const shared = decodeShare(payload);
    if (!shared.ok) return [shared.message];
    this.#addVisit({ ...shared.visit, id: newId() });
    return [prepareText.openedShared(shared.visit.customer || prepareText.unnamed)];
  }

  #addVisit(visit: Visit) {
    this.#draft = undefined;
    this.#activeId = visit.id;
    this.#commit((latest) => addVisit(latest, visit));
  }

  #change(change: (visit: Visit) => Visit) {
    const id = this.#activeId;
    const draft = this.#draft?.id === id ? this.#draft : undefined;
    this.#draft = undefined;
    // Stamped once: a change applied again after a refused save keeps its first time.
    const now = Date.now();
    this.#commit((latest) => updateVisit(draft ? addVisit(latest, draft) : latest, id, change, now));
  }

  #say(text: string) {
    this.#message.textContent = text;
  }

  #wire() {
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.addEventListener('input', (event) => {
      const field = event.target as HTMLInputElement | HTMLSelectElement;
      const name = field.name as (typeof FIELDS)[number];
      if (!FIELDS.includes(name)) return;
      this.#change((v) => ({ ...v, [name]: field.value }));
      if (name === 'channel' || name === 'stage') return this.#render();
      this.#renderSummary();
      // The brief's way into /choose/ names the customer.
      if (name === 'customer') this.#renderBrief(this.#active()!);
    });
    this.querySelector('[data-checklists]')!.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.dataset.key) {
        this.#change((v) => setItemChecked(v, box.dataset.key!, box.checked));
        this.#renderSummary();
      }
    });
    this.querySelector('[data-checklists]')!.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (button?.dataset.note) this.#editNote(button);
      if (button?.dataset.remove) {
        this.#change((v) => removeCustomItem(v, button.dataset.remove!));
        this.#render();
      }
    });
    this.querySelector<HTMLFormElement>('[data-custom-form]')!.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = (event.currentTarget as HTMLFormElement).elements.namedItem('text') as HTMLInputElement;
      this.#change((v) => addCustomItem(v, newId(), input.value));
      input.value = '';
      this.#render();
    });
    this.querySelector<HTMLSelectElement>('[data-visit-select]')!.addEventListener('change', (event) => {
      this.#activeId = (event.target as HTMLSelectElement).value;
      const id = this.#activeId;
      this.#commit((latest) => ({ ...latest, activeId: id }));
      this.#render();
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action) void this.#act(action);
    });
  }

  async #act(action: string) {
    const active = this.#active();
    if (!active) return;
    if (action === 'new') this.#addVisit(newVisit(newId(), Date.now()));
    if (action === 'duplicate') this.#addVisit(duplicateVisit(active, newId(), Date.now()));
    if (action === 'delete') {
      if (!confirm(prepareText.confirmDelete(active.customer || prepareText.unnamed))) return;
      if (this.#draft?.id === active.id) this.#draft = undefined;
      else this.#commit((latest) => removeVisit(latest, active.id, newVisit(newId(), Date.now())));
      const { activeId, visits } = this.#stored.state;
      this.#activeId = visits.some((v) => v.id === activeId) ? activeId! : (visits[0]?.id ?? '');
      if (!this.#active()) this.#startDraft(newVisit(newId(), Date.now()));
    }
    if (action === 'reset') this.#change(resetProgress);
    if (action === 'print') return window.print();
    if (action === 'share') {
      const url = `${location.origin}${location.pathname}#v=${encodeShare(active)}`;
      const outcome = await shareOrCopy({ title: prepareText.visitTitle(active.customer || prepareText.unnamed), url }, url);
      if (outcome === 'copied') this.#say(prepareText.linkCopied);
      if (outcome === 'failed') this.#say(sharedLinkText.copyFailed(url));
      return;
    }
    this.#render();
  }

  #editNote(button: HTMLButtonElement) {
    const key = button.dataset.note!;
    const row = button.closest('li')!;
    if (row.querySelector('textarea')) return;
    const box = h('div', 'mt-1 flex gap-2 pl-8 print:hidden');
    const area = h('textarea', 'min-h-16 flex-1 rounded border border-line bg-paper p-2 text-sm');
    area.maxLength = 1000;
    area.value = this.#active()?.notes[key] ?? '';
    area.setAttribute('aria-label', prepareText.note);
    const save = h('button', 'btn', prepareText.saveNote);
    save.type = 'button';
    save.addEventListener('click', () => {
      this.#change((v) => setNote(v, key, area.value));
      this.#render();
    });
    box.append(area, save);
    row.append(box);
    area.focus();
  }

  #lists(visit: Visit) {
    return assembleChecklist(this.#data.checklists, this.#data.stages, visit);
  }

  #renderBrief(visit: Visit) {
    const channel = this.#data.channels.find((c) => c.id === visit.channel);
    this.querySelector<HTMLElement>('[data-brief]')!.hidden = !channel;
    this.querySelector('[data-brief-body]')!.replaceChildren(...renderBrief(channel, visit.customer));
  }

  #render() {
    const visit = this.#active();
    if (!visit) return;
    for (const name of FIELDS) {
      const field = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      // The field being typed in keeps what is typed; another tab's value shows once it is left.
      if (field && field !== document.activeElement) field.value = visit[name];
    }
    this.querySelector('[data-checklists]')!.replaceChildren(...renderLists(this.#lists(visit), visit, this.querySelector('template[data-item-row]')!));
    this.#renderBrief(visit);
    const select = this.querySelector<HTMLSelectElement>('[data-visit-select]')!;
    select.replaceChildren(
      ...this.#visits().map((v) => {
        const option = h('option', '', `${v.customer || prepareText.unnamedVisit}${v.date ? ` · ${v.date}` : ''}`);
        option.value = v.id;
        return option;
      }),
    );
    select.value = visit.id;
    this.#renderSummary();
  }

  /** Progress and print header: cheap, redrawn on every tick or field edit. */
  #renderSummary() {
    const visit = this.#active();
    if (!visit) return;
    const { done, total } = progressOf(
      this.#lists(visit),
      visit.custom.map((c) => c.id),
      visit.checked,
    );
    this.querySelector('[data-progress]')!.textContent = prepareText.progress(done, total);
    const channel = this.#data.channels.find((c) => c.id === visit.channel)?.title ?? '';
    const stage = this.#data.stages.find((s) => s.id === visit.stage)?.title ?? '';
    this.querySelector('[data-print-header]')!.replaceChildren(...renderPrintHeader(visit, channel, stage));
  }
}

customElements.define('visit-prep', VisitPrep);
