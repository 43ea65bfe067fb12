/**
 * <practice-drill>: a session of up to ten objection cards. It shows one customer line, reveals
 * the reference answer on demand (button or space), and takes the rep's grade (buttons or 1–4).
 * Choosing, scheduling and storing live in lib/practice/ (pure, unit-tested); this element only
 * wires the DOM to them.
 */
import { filterFromSearch, selectCards, type DrillCard, type DrillFilter } from '../../lib/practice/deck';
import {
  describeMerge,
  dueCards,
  gradeCard,
  grades,
  mergeProgress,
  parseProgress,
  PROGRESS_KEY,
  readImport,
  serialiseExport,
  serialiseProgress,
  summarise,
  MAX_IMPORT_BYTES,
  type SavedCard,
  type Progress,
} from '../../lib/practice/progress';
import type { Change, StoredState } from '../../lib/commit-stored';
import { openStored } from '../storage';
import { h } from '../dom';
import { chosenFile, download, today } from '../files';
import { practiceText } from '../../lib/ui-text';

const SESSION = 10;
const gradeKeys = ['again', 'hard', 'good', 'easy'] as const;

class PracticeDrill extends HTMLElement {
  #deck: DrillCard[] = [];
  #stored!: StoredState<Progress>;
  #filter: DrillFilter = {};
  #queue: string[] = [];
  #done = 0;
  #current: DrillCard | undefined;
  #retried = new Set<string>();

  connectedCallback() {
    this.#deck = JSON.parse(this.querySelector('[data-drill-data]')?.textContent ?? '[]') as DrillCard[];
    // Graded in another tab: this one's counts follow; its session queue stays as it is.
    const loaded = openStored(
      PROGRESS_KEY,
      (raw) => {
        const { progress, message } = parseProgress(raw);
        return { state: progress, message };
      },
      serialiseProgress,
      () => this.#summary(),
    );
    this.#stored = loaded.stored;
    this.#say(loaded.message ?? '');
    if (loaded.message) this.#save((latest) => latest);
    this.#filter = filterFromSearch(location.search);
    const form = this.querySelector<HTMLFormElement>('[data-filter]')!;
    for (const name of ['channel', 'category', 'stage'] as const) (form.elements.namedItem(name) as HTMLSelectElement).value = this.#filter[name] ?? '';
    form.addEventListener('change', () => {
      const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value || undefined;
      this.#filter = { channel: value('channel'), category: value('category'), stage: value('stage') };
      const url = new URL(location.href);
      url.search = new URLSearchParams(Object.entries(this.#filter).filter((e): e is [string, string] => typeof e[1] === 'string')).toString();
      history.replaceState(null, '', url);
      this.#start();
    });
    this.querySelector('[data-reveal]')!.addEventListener('click', () => this.#reveal());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      button.addEventListener('click', () => this.#grade(button.dataset.grade as (typeof gradeKeys)[number]));
    }
    this.querySelector('[data-action="more"]')!.addEventListener('click', () => this.#start());
    this.querySelector('[data-action="export"]')!.addEventListener('click', () => this.#export());
    this.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', (e) => this.#import(e.target as HTMLInputElement));
    document.addEventListener('keydown', (e) => this.#key(e));
    this.#start();
    for (const selector of ['[data-filter]', '[data-summary]', '[data-card]', '[data-backup]']) this.querySelector(selector)!.removeAttribute('data-pending');
  }

  #ids = () => selectCards(this.#deck, this.#filter).map((c) => c.id);

  #start() {
    const ids = this.#ids();
    this.#queue = dueCards(this.#stored.state, ids, new Date(), { early: !!this.#filter.ids }).slice(0, SESSION);
    this.#done = 0;
    this.#retried.clear();
    const scope = this.querySelector('[data-scope]')!;
    scope.textContent = this.#filter.ids ? practiceText.onlyThisVisit(ids.length) : '';
    this.#summary();
    this.#next();
  }

  #next() {
    const id = this.#queue.shift();
    this.#current = this.#deck.find((c) => c.id === id);
    const card = this.querySelector<HTMLElement>('[data-card]')!;
    const done = this.querySelector<HTMLElement>('[data-done]')!;
    card.hidden = !this.#current;
    done.hidden = !!this.#current;
    if (!this.#current) {
      // A session is ten cards, and a card missed twice stays due: say what is left for today.
      const left = summarise(this.#stored.state, this.#ids(), new Date()).due;
      this.querySelector('[data-done-text]')!.textContent =
        this.#done === 0 ? practiceText.nothingToday : practiceText.roundDone(this.#done, left > 0 ? practiceText.leftToday(left) : practiceText.allDoneToday);
      return;
    }
    const c = this.#current;
    this.querySelector('[data-position]')!.textContent = practiceText.position(this.#done + 1);
    this.querySelector('[data-phrase]')!.textContent = `“${c.phrases[Math.floor(Math.random() * c.phrases.length)]}”`;
    this.querySelector('[data-title]')!.textContent = c.title;
    this.querySelector('[data-answer-text]')!.textContent = c.answer;
    this.querySelector<HTMLAnchorElement>('[data-page]')!.href = c.url;
    this.querySelector('[data-responses]')!.replaceChildren(
      ...c.responses.map((r, i) => {
        const box = h('details', 'rounded border border-line px-3 py-2');
        box.open = i === 0;
        box.append(h('summary', 'cursor-pointer font-semibold', r.title), h('p', 'mt-2', r.say));
        if (r.close) box.append(h('p', 'mt-2 text-sm', practiceText.closingQuestion(r.close)));
        return box;
      }),
    );
    this.querySelector<HTMLElement>('[data-answer]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-reveal]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-prompt]')!.hidden = false;
  }

  #reveal() {
    if (!this.#current) return;
    this.querySelector<HTMLElement>('[data-answer]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-reveal]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-prompt]')!.hidden = true;
    this.querySelector<HTMLButtonElement>('[data-grade="good"]')!.focus();
  }

  #grade(grade: (typeof gradeKeys)[number]) {
    const card = this.#current;
    if (!card || this.querySelector<HTMLElement>('[data-answer]')!.hidden) return;
    // Graded once, on the latest stored progress; applied again as it is if a save must be retried.
    const now = new Date();
    let graded: SavedCard | undefined;
    this.#save((latest) => {
      graded ??= gradeCard(latest, card.id, grades[grade], now).cards[card.id];
      return { ...latest, cards: { ...latest.cards, [card.id]: graded } };
    });
    this.#done += 1;
    // Missed: once more before the session ends, the way a coach would ask again.
    if (grade === 'again' && !this.#retried.has(card.id)) {
      this.#retried.add(card.id);
      this.#queue.push(card.id);
    }
    this.#summary();
    this.#next();
    this.querySelector<HTMLElement>(this.#current ? '[data-reveal]' : '[data-action="more"]')?.focus();
  }

  #key(event: KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, select, textarea, dialog')) return;
    const answer = this.querySelector<HTMLElement>('[data-answer]')!;
    if (event.key === ' ' && answer.hidden && this.#current) {
      event.preventDefault();
      this.#reveal();
    } else if (/^[1-4]$/.test(event.key) && !answer.hidden) {
      event.preventDefault();
      this.#grade(gradeKeys[Number(event.key) - 1]);
    }
  }

  #summary() {
    const ids = this.#ids();
    const s = summarise(this.#stored.state, ids, new Date());
    this.querySelector('[data-counts]')!.textContent = practiceText.counts(s.due, s.practising, s.mastered, s.fresh, ids.length);
    const hardest = this.querySelector('[data-hardest]')!;
    hardest.replaceChildren();
    if (s.hardest.length === 0) return;
    const list = h('ul', 'mt-1 list-disc pl-6 text-sm');
    for (const { id, again } of s.hardest) {
      const card = this.#deck.find((c) => c.id === id)!;
      const item = h('li');
      const link = h('a', '', card.title);
      link.href = card.url;
      item.append(link, practiceText.missedTimes(again));
      list.append(item);
    }
    hardest.append(h('p', 'mt-2 text-sm font-semibold', practiceText.hardest), list);
  }

  #save(change: Change<Progress>) {
    const { newlyRefused } = this.#stored.commit(change);
    if (newlyRefused) this.#say(practiceText.cannotSave);
  }

  #say(text: string) {
    this.querySelector('[data-message]')!.textContent = text;
  }

  #export() {
    download(practiceText.fileName(today()), serialiseExport(this.#stored.state));
  }

  /** Merges a chosen file into what is stored, after saying what it will add, update and leave alone. */
  async #import(input: HTMLInputElement) {
    const file = await chosenFile(input, MAX_IMPORT_BYTES);
    if (!file) return;
    const read = readImport(file.size, () => file.text);
    if (!read.ok) return this.#say(read.message);
    const latest = this.#stored.refresh();
    const plan = describeMerge(mergeProgress(latest, read.progress), Object.keys(latest.cards).length);
    if (!confirm(practiceText.confirmImport(plan))) return this.#say(practiceText.untouched);
    let merged: ReturnType<typeof mergeProgress> | undefined;
    const { saved } = this.#stored.commit((stored) => (merged = mergeProgress(stored, read.progress)).progress);
    const { added, updated, kept } = merged!;
    const done = practiceText.imported(added.length, updated.length, kept.length, read.message ?? '');
    this.#say(saved ? done : practiceText.importedNotSaved(done));
    this.#start();
  }
}

customElements.define('practice-drill', PracticeDrill);
