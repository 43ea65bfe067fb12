/**
 * The search UI shared by the header dialog and the /search/ page: a combobox input, type
 * filter chips and a listbox of results. Queries are debounced and numbered so a slow old
 * result never replaces a newer one (the pattern of Pagefind's own debouncedSearch).
 */
import { highlightTerms, markTerms, normaliseQuery } from '../../lib/search-query';
import { typeLabel } from '../../lib/labels';
import { loadPagefind, type PagefindResultData } from './pagefind';

// The same labels the pages write as their Pagefind `type` filter, objections first.
const types = [typeLabel.objections, typeLabel.stages, typeLabel.playbooks, typeLabel.channelTypes, typeLabel.checklists, typeLabel.guides];
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const MAX_RESULTS = 12;
let panels = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Pagefind excerpts are our own text with <mark>; rebuild them from text and marks only. */
function safeExcerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  template.content.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') out.append(el('mark', '', node.textContent ?? ''));
    else out.append(document.createTextNode(node.textContent ?? ''));
  });
  return out;
}

function marked(text: string, terms: string[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const run of markTerms(text, terms)) out.append(run.marked ? el('mark', '', run.text) : document.createTextNode(run.text));
  return out;
}

export class SearchPanel {
  readonly root = el('div', 'search-panel flex min-h-0 flex-col gap-3');
  readonly input = el('input', 'w-full rounded-lg border-2 border-line bg-paper px-3 py-2.5 text-lg text-ink focus:border-accent');
  #list = el('ul', 'min-h-0 flex-1 space-y-2 overflow-y-auto');
  #status = el('p', 'text-sm text-muted');
  #empty = el('div', 'text-sm');
  #chips: HTMLButtonElement[] = [];
  #type: string | undefined;
  #active = -1;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onQuery: (query: string) => void;

  constructor(onQuery: (query: string) => void = () => {}) {
    this.#onQuery = onQuery;
    const id = `search-${(panels += 1)}`;
    const label = el('label', 'sr-only', '搜索客户原话、异议、流程和清单');
    label.htmlFor = `${id}-input`;
    Object.assign(this.input, { id: `${id}-input`, type: 'search', autocomplete: 'off', enterKeyHint: 'search', placeholder: '输入客户原话，如：你们返利太低' });
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', `${id}-list`);
    this.#list.id = `${id}-list`;
    this.#list.setAttribute('role', 'listbox');
    this.#list.setAttribute('aria-label', '搜索结果');
    this.#status.setAttribute('role', 'status');

    const chips = el('div', 'flex flex-wrap gap-2');
    chips.setAttribute('role', 'group');
    chips.setAttribute('aria-label', '按类型筛选');
    for (const type of ['全部', ...types]) {
      const chip = el('button', 'rounded-full border border-line px-3 py-1 text-sm aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper', type);
      chip.type = 'button';
      chip.setAttribute('aria-pressed', String(type === '全部'));
      chip.addEventListener('click', () => this.#setType(type === '全部' ? undefined : type));
      this.#chips.push(chip);
      chips.append(chip);
    }

    this.root.append(label, this.input, chips, this.#status, this.#list, this.#empty);
    this.input.addEventListener('input', () => this.#schedule());
    this.input.addEventListener('keydown', (event) => this.#onKey(event));
    void this.#showSuggestions();
  }

  /** Sets the query (from a link or a shortcut) and searches at once. */
  setQuery(query: string) {
    this.input.value = query;
    void this.#run();
  }

  #setType(type: string | undefined) {
    this.#type = type;
    this.#chips.forEach((chip) => chip.setAttribute('aria-pressed', String(chip.textContent === (type ?? '全部'))));
    void this.#run();
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), 120);
  }

  async #run() {
    const ticket = (this.#latest += 1);
    const query = normaliseQuery(this.input.value);
    this.#onQuery(query);
    if (!query && !this.#type) {
      this.#render([], '');
      return this.#showSuggestions();
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query || null, this.#type ? { filters: { type: this.#type } } : {});
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== this.#latest) return;
      this.#render(data, query);
    } catch (error) {
      if (ticket !== this.#latest) return;
      this.#render([], query);
      this.#status.textContent = import.meta.env.DEV ? '开发模式下没有搜索索引：先运行 npm run build 再 npm start。' : '搜索暂时无法加载，请刷新后再试。';
      console.warn(error);
    }
  }

  #render(results: PagefindResultData[], query: string) {
    const terms = highlightTerms(query);
    this.#active = -1;
    this.#list.replaceChildren(
      ...results.map((result, index) => {
        // The link itself is the option: an option may not contain a focusable link (axe nested-interactive).
        const item = el('li');
        item.setAttribute('role', 'none');
        const link = el('a', 'block rounded-lg border border-line px-3 py-2 text-ink no-underline aria-selected:border-accent aria-selected:bg-accent-soft');
        link.id = `${this.#list.id}-${index}`;
        link.setAttribute('role', 'option');
        link.setAttribute('aria-selected', 'false');
        link.href = result.url;
        link.tabIndex = -1;
        const head = el('span', 'flex items-baseline gap-2');
        head.append(el('span', 'shrink-0 rounded bg-accent-soft px-1.5 text-xs font-semibold text-accent', result.filters.type?.[0] ?? '页面'));
        const title = el('span', 'font-bold');
        title.append(marked(result.meta.title ?? result.url, terms));
        head.append(title);
        link.append(head);
        const short = result.meta.answer ?? result.meta.summary;
        if (short) link.append(el('span', 'mt-0.5 block text-sm', short));
        const excerpt = el('span', 'mt-0.5 block text-sm text-muted');
        excerpt.append(safeExcerpt(result.excerpt));
        link.append(excerpt);
        item.append(link);
        link.addEventListener('mousemove', () => this.#select(index));
        return item;
      }),
    );
    this.input.setAttribute('aria-expanded', String(results.length > 0));
    this.input.removeAttribute('aria-activedescendant');
    const scope = this.#type ? `「${this.#type}」中` : '';
    this.#status.textContent = query || this.#type ? (results.length ? `${scope}找到 ${results.length} 条结果` : `${scope}没有找到“${query}”`) : '';
    this.#empty.hidden = results.length > 0;
    if (results.length === 0 && (query || this.#type)) void this.#showSuggestions('换个说法试试，比如客户的原话或“返利”“窜货”这类词。常见异议：');
  }

  async #showSuggestions(intro = '常见异议：') {
    const box = el('div', 'space-y-2');
    box.append(el('p', 'text-muted', intro));
    const list = el('ul', 'flex flex-wrap gap-2');
    box.append(list);
    const all = el('a', 'inline-block', '查看全部客户异议 →');
    all.href = `${base}objections/`;
    box.append(all);
    this.#empty.replaceChildren(box);
    this.#empty.hidden = false;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(null, { filters: { type: typeLabel.objections } });
      const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      for (const item of data) {
        const link = el('a', 'inline-block rounded-full border border-line px-3 py-1 text-ink no-underline hover:border-accent', item.meta.title ?? '');
        link.href = item.url;
        const li = el('li');
        li.append(link);
        list.append(li);
      }
    } catch {
      /* the link to the index above is enough when the index cannot load */
    }
  }

  #options() {
    return [...this.#list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  #select(index: number) {
    const options = this.#options();
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    this.#active = index;
    const chosen = options[index];
    if (chosen) {
      this.input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    }
  }

  #onKey(event: KeyboardEvent) {
    const count = this.#options().length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      this.#select((this.#active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      this.#select((this.#active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      const target = this.#options()[Math.max(this.#active, 0)];
      if (target instanceof HTMLAnchorElement) {
        event.preventDefault();
        window.location.assign(target.href);
      }
    }
  }
}
