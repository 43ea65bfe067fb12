/**
 * <practice-drill>: a session of up to ten objection cards. It shows one customer line, reveals
 * the reference answer on demand (button or space), and takes the rep's grade (buttons or 1–4).
 * Choosing, scheduling and storing live in lib/practice/ (pure, unit-tested); this element only
 * wires the DOM to them.
 */
import { filterFromSearch, selectCards, type DrillCard, type DrillFilter } from '../../lib/practice/deck';
import { dueCards, gradeCard, grades, parseProgress, PROGRESS_KEY, serialiseProgress, summarise, type Progress } from '../../lib/practice/progress';
import { readStored, writeStored } from '../storage';
import { h } from '../dom';

const SESSION = 10;
const gradeKeys = ['again', 'hard', 'good', 'easy'] as const;

class PracticeDrill extends HTMLElement {
  #deck: DrillCard[] = [];
  #progress!: Progress;
  #filter: DrillFilter = {};
  #queue: string[] = [];
  #done = 0;
  #current: DrillCard | undefined;
  #retried = new Set<string>();

  connectedCallback() {
    this.#deck = JSON.parse(this.querySelector('[data-drill-data]')?.textContent ?? '[]') as DrillCard[];
    const loaded = parseProgress(readStored(PROGRESS_KEY));
    this.#progress = loaded.progress;
    this.#say(loaded.message ?? '');
    if (loaded.message) this.#save();
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
    for (const selector of ['[data-filter]', '[data-summary]', '[data-backup]']) this.querySelector(selector)!.removeAttribute('hidden');
    this.#start();
  }

  #ids = () => selectCards(this.#deck, this.#filter).map((c) => c.id);

  #start() {
    const ids = this.#ids();
    this.#queue = dueCards(this.#progress, ids, new Date(), { early: !!this.#filter.ids }).slice(0, SESSION);
    this.#done = 0;
    this.#retried.clear();
    const scope = this.querySelector('[data-scope]')!;
    scope.textContent = this.#filter.ids ? `只练这次拜访可能遇到的 ${ids.length} 个异议。改上面的选项就练别的。` : '';
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
      const left = summarise(this.#progress, this.#ids(), new Date()).due;
      this.querySelector('[data-done-text]')!.textContent =
        this.#done === 0 ? '这里今天没有要练的。换个渠道类型或类别，或者过几天再来。' : `这一轮练了 ${this.#done} 张。${left > 0 ? `今天还有 ${left} 张要练。` : '今天要练的都练完了。'}`;
      return;
    }
    const c = this.#current;
    this.querySelector('[data-position]')!.textContent = `第 ${this.#done + 1} 张 · `;
    this.querySelector('[data-phrase]')!.textContent = `“${c.phrases[Math.floor(Math.random() * c.phrases.length)]}”`;
    this.querySelector('[data-title]')!.textContent = c.title;
    this.querySelector('[data-answer-text]')!.textContent = c.answer;
    this.querySelector<HTMLAnchorElement>('[data-page]')!.href = c.url;
    this.querySelector('[data-responses]')!.replaceChildren(
      ...c.responses.map((r, i) => {
        const box = h('details', 'rounded border border-line px-3 py-2');
        box.open = i === 0;
        box.append(h('summary', 'cursor-pointer font-semibold', r.title), h('p', 'mt-2', r.say));
        if (r.close) box.append(h('p', 'mt-2 text-sm', `收口问：${r.close}`));
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
    this.#progress = gradeCard(this.#progress, card.id, grades[grade], new Date());
    this.#save();
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
    const s = summarise(this.#progress, ids, new Date());
    this.querySelector('[data-counts]')!.textContent = `今天要练 ${s.due} · 已掌握 ${s.learnt} · 还没练过 ${s.fresh}（共 ${ids.length} 个异议）`;
    const hardest = this.querySelector('[data-hardest]')!;
    hardest.replaceChildren();
    if (s.hardest.length === 0) return;
    const list = h('ul', 'mt-1 list-disc pl-6 text-sm');
    for (const { id, again } of s.hardest) {
      const card = this.#deck.find((c) => c.id === id)!;
      const item = h('li');
      const link = h('a', '', card.title);
      link.href = card.url;
      item.append(link, ` · 答不上来 ${again} 次`);
      list.append(item);
    }
    hardest.append(h('p', 'mt-2 text-sm font-semibold', '最常答不上来的：'), list);
  }

  #save() {
    if (!writeStored(serialiseProgress(this.#progress), PROGRESS_KEY)) this.#say('无法保存到本机（浏览器禁止了存储或空间已满）。可以继续练，但刷新后记录会丢失。');
  }

  #say(text: string) {
    this.querySelector('[data-message]')!.textContent = text;
  }

  #export() {
    const link = h('a');
    link.href = URL.createObjectURL(new Blob([serialiseProgress(this.#progress)], { type: 'application/json' }));
    link.download = `练习记录-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const loaded = parseProgress(await file.text());
    const count = Object.keys(loaded.progress.cards).length;
    if (count === 0) {
      this.#say(`没能从这个文件读到练习记录，原来的记录没有动。${loaded.message ?? ''}`);
      return;
    }
    this.#progress = loaded.progress;
    this.#save();
    this.#say(`已导入 ${count} 张卡片的练习记录。${loaded.message ?? ''}`);
    this.#start();
  }
}

customElements.define('practice-drill', PracticeDrill);
