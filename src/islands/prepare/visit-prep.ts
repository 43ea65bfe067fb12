/**
 * <visit-prep>: enhances the static checklist on /prepare/ into saved, tailored visits.
 * State lives in lib/visit-state.ts (pure, tested); this element only wires the DOM to it.
 */
import { assembleChecklist, progressOf } from '../../lib/assemble-checklist';
import { reconcileVisit } from '../../lib/checklist-keys';
import type { PrepData } from '../../lib/prepare-data';
import { decodeShare, encodeShare, shareFromHash } from '../../lib/share-link';
import {
  addCustomItem,
  duplicateVisit,
  newVisit,
  parseStore,
  removeCustomItem,
  resetProgress,
  serialiseStore,
  setNote,
  toggleItem,
  updateVisit,
  type Store,
  type Visit,
} from '../../lib/visit-state';
import { renderBrief, renderLists, renderPrintHeader } from './render';
import { h } from '../dom';
import { readStored, writeStored } from '../storage';

const FIELDS = ['channel', 'stage', 'customer', 'contact', 'role', 'date', 'goal'] as const;
const newId = () => Math.random().toString(36).slice(2, 10);

class VisitPrep extends HTMLElement {
  #data!: PrepData;
  #store!: Store;
  #form!: HTMLFormElement;
  #message!: HTMLElement;

  connectedCallback() {
    this.#data = JSON.parse(this.querySelector('[data-prepare-data]')?.textContent ?? '{}') as PrepData;
    this.#form = this.querySelector('[data-visit-form]')!;
    this.#message = this.querySelector('[data-message]')!;
    const loaded = parseStore(readStored());
    this.#store = loaded.store;
    const messages = loaded.message ? [loaded.message] : [];
    const reconciled = this.#reconcile();
    messages.push(...reconciled, ...this.#openShareLink());
    if (!this.#active()) this.#addVisit(newVisit(newId(), Date.now(), { channel: this.#channelFromUrl() }));
    this.#say(messages.join(' '));
    for (const selector of ['[data-visits]', '[data-toolbar]', '[data-custom-form]']) this.querySelector(selector)?.removeAttribute('hidden');
    this.#wire();
    this.#render();
    if (loaded.message || reconciled.length > 0) this.#save();
  }

  /** Moves ticks saved under a renamed checklist and reports the ones whose item is gone. */
  #reconcile(): string[] {
    const known = { keys: new Set(this.#data.checklists.flatMap((c) => c.items.map((i) => `${c.id}/${i.id}`))), renamed: this.#data.renamed };
    const before = this.#store.visits;
    let moved = 0;
    const dropped: string[] = [];
    const visits = before.map((visit) => {
      const result = reconcileVisit(visit, known, newId);
      moved += result.moved;
      dropped.push(...result.dropped);
      return result.visit;
    });
    if (visits.every((v, i) => v === before[i])) return [];
    this.#store = { ...this.#store, visits };
    const keptNotes = visits.reduce((n, v, i) => n + v.custom.length - before[i].custom.length, 0);
    return [
      moved > 0 ? `清单改了名，${moved} 项勾选和备注已跟着移过去。` : '',
      dropped.length > 0 ? `有 ${dropped.length} 项勾选的清单项已从手册里删除，勾选已去掉：${dropped.join('、')}。` : '',
      keptNotes > 0 ? `${keptNotes} 条写在已删除清单项上的备注，已保留在“我自己加的”里。` : '',
    ].filter(Boolean);
  }

  #active(): Visit | undefined {
    return this.#store.visits.find((v) => v.id === this.#store.activeId);
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
    this.#save();
    return [`已打开分享的拜访准备：${shared.visit.customer || '未命名'}。`];
  }

  #addVisit(visit: Visit) {
    this.#store = { ...this.#store, activeId: visit.id, visits: [...this.#store.visits, visit] };
  }

  #change(change: (visit: Visit) => Visit) {
    const active = this.#active();
    if (!active) return;
    this.#store = updateVisit(this.#store, active.id, change);
    this.#save();
  }

  #save() {
    if (!writeStored(serialiseStore(this.#store))) {
      this.#say('无法保存到本机（浏览器禁止了存储或空间已满）。本页仍可使用和打印，但刷新后勾选会丢失。');
    }
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
      if (name === 'channel' || name === 'stage') this.#render();
      else this.#renderSummary();
    });
    this.querySelector('[data-checklists]')!.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.dataset.key) {
        this.#change((v) => toggleItem(v, box.dataset.key!));
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
      this.#store = { ...this.#store, activeId: (event.target as HTMLSelectElement).value };
      this.#save();
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
      if (!confirm(`删除“${active.customer || '未命名'}”的拜访准备？`)) return;
      const visits = this.#store.visits.filter((v) => v.id !== active.id);
      const next = visits[0] ?? newVisit(newId(), Date.now());
      this.#store = { ...this.#store, visits: visits.length ? visits : [next], activeId: next.id };
    }
    if (action === 'reset') this.#change(resetProgress);
    if (action === 'print') return window.print();
    if (action === 'share') {
      const url = `${location.origin}${location.pathname}#v=${encodeShare(active)}`;
      try {
        await navigator.clipboard.writeText(url);
        this.#say('分享链接已复制，发给同事即可打开同一份准备。');
      } catch {
        this.#say(`复制失败，请手动复制这个链接：${url}`);
      }
      return;
    }
    this.#save();
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
    area.setAttribute('aria-label', '备注');
    const save = h('button', 'btn', '保存备注');
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

  #render() {
    const visit = this.#active();
    if (!visit) return;
    for (const name of FIELDS) {
      const field = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = visit[name];
    }
    this.querySelector('[data-checklists]')!.replaceChildren(...renderLists(this.#lists(visit), visit, this.querySelector('template[data-item-row]')!));
    const brief = this.querySelector<HTMLElement>('[data-brief]')!;
    const channel = this.#data.channels.find((c) => c.id === visit.channel);
    brief.hidden = !channel;
    this.querySelector('[data-brief-body]')!.replaceChildren(...renderBrief(channel));
    const select = this.querySelector<HTMLSelectElement>('[data-visit-select]')!;
    select.replaceChildren(
      ...this.#store.visits.map((v) => {
        const option = h('option', '', `${v.customer || '未命名拜访'}${v.date ? ` · ${v.date}` : ''}`);
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
    const { done, total } = progressOf(this.#lists(visit), visit.custom.map((c) => c.id), visit.checked);
    this.querySelector('[data-progress]')!.textContent = `已准备 ${done} / ${total} 项`;
    const channel = this.#data.channels.find((c) => c.id === visit.channel)?.title ?? '';
    const stage = this.#data.stages.find((s) => s.id === visit.stage)?.title ?? '';
    this.querySelector('[data-print-header]')!.replaceChildren(...renderPrintHeader(visit, channel, stage));
  }
}

customElements.define('visit-prep', VisitPrep);
