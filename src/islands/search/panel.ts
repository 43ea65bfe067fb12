/**
 * The search UI shared by the header dialog and the /search/ page: a combobox input, type
 * filter chips and a listbox of results. The query is planned (function words out, synonyms in)
 * and searched term by term, then fused (src/lib/search/); queries are debounced and numbered so
 * a slow old result never replaces a newer one. Result pages are fetched as they are shown, each
 * for the list it was asked for (see Listing).
 */
import { findPages, type Engine, type Found } from '../../lib/search/find-pages';
import { rememberSearches } from '../../lib/search/remembered-searches';
import { bestExcerpt, highlightTerms, markTerms, type Run } from '../../lib/search/highlight';
import { whyMatched } from '../../lib/search/why-matched';
import { makePlanner, type QueryPlan } from '../../lib/search/query-plan';
import { pageCollections, sectionIndexLabel, typeLabel } from '../../lib/collections';
import { loadKinds, loadPagefind, type PagefindResultData } from './pagefind';
import { loadSoundsLike, loadStageMap, loadVocabulary } from './vocabulary';
import { logSearch } from './log';
import { intentOf, signalWeights, weighByIntent, type SignalWeights } from '../../lib/search/intent';
import { metaField, tuning } from '../../lib/search/tuning';
import type { StageMap } from '../../lib/search/stage-map';
import { h } from '../dom';
import { offlineChannel } from '../../lib/offline/channel';
import { searchText } from '../../lib/ui-text';

// The labels the pages write as their Pagefind `type` filter, in the collections table's order (objections first).
const types = pageCollections.map((c) => c.label);
/** Every kind search weighs by (intent.ts): the pages' types and the sections' index pages. */
const kindsWeighed = [...types, sectionIndexLabel];
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Results shown at first and per 显示更多, each one Pagefind fragment (lib/search/tuning.ts). */
const PAGE_SIZE = tuning.pageSize;
let panels = 0;
let planner: ((raw: string) => QueryPlan) | undefined;
let engine: Engine<PagefindResultData> | undefined;

function fromRuns(runs: Run[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const run of runs) out.append(run.marked ? h('mark', '', run.text) : document.createTextNode(run.text));
  return out;
}

/** Signal weights `npm run bench:search` sets to show what each adds (a global the site never sets). */
const benchWeights = () => (globalThis as { __searchWeights?: Partial<SignalWeights> & { concept?: number } }).__searchWeights ?? {};

/** Ranked results in the order the query's intent gives them (lib/search/intent.ts). */
async function byIntent(query: string, found: Found<PagefindResultData>[], pagefind: Engine<PagefindResultData>): Promise<Found<PagefindResultData>[]> {
  const intent = intentOf(query);
  if (!intent.voice && !intent.next) return found;
  const weights = { ...signalWeights, ...benchWeights() };
  const [kinds, stages] = await Promise.all([loadKinds(pagefind, kindsWeighed), intent.next ? loadStageMap() : ({} as StageMap)]);
  const known = new Map(found.map((f) => [f.id, f]));
  return weighByIntent(found, intent, { kindOf: (id) => kinds.get(id), stages }, weights).map(({ id, score, after }) => {
    const result = known.get(id);
    if (!after) return { ...result!, score };
    const stage = stages[id];
    const nextOf = searchText.nextOf(stages[after].title);
    // A next stage the words missed has no Pagefind result: the stage map stands in for its data.
    const data = async (): Promise<PagefindResultData> => {
      const page = result ? await result.data() : { url: stage.url, content: '', meta: { title: stage.title }, filters: { type: [typeLabel.stages] } };
      return { ...page, meta: { ...page.meta, nextOf } };
    };
    return { id, score, matched: result?.matched ?? 0, data };
  });
}

async function search(query: string, type: string | undefined) {
  const [loaded, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
  // Each key typed asks again for the terms of the key before: those come from memory.
  const pagefind = (engine ??= rememberSearches(loaded));
  planner ??= makePlanner(vocabulary, undefined, benchWeights().concept);
  const plan = planner(query);
  const filters = type ? { type } : undefined;
  if (plan.groups.length === 0) {
    // Only a type chosen: every page of that type, in Pagefind's order.
    const all = (await pagefind.search(null, filters ? { filters } : {}))?.results ?? [];
    const found: Found<PagefindResultData>[] = all.map((r) => ({ id: r.id, score: 0, matched: 0, data: r.data }));
    return { plan, found };
  }
  const found = await findPages(pagefind, plan, { filters, soundsLike: loadSoundsLike });
  const weighed = await byIntent(query, found, pagefind);
  // Under a type chip, a next stage brought in from outside the filter stays out.
  const ids = new Set(found.map((f) => f.id));
  return { plan, found: type && type !== typeLabel.stages ? weighed.filter((f) => ids.has(f.id)) : weighed };
}

/**
 * One search's results on screen and how far 显示更多结果 has got through them. A page fetched for
 * one listing is appended only while that listing is on screen, and a listing loads one page at a
 * time: a second tap while the fragments arrive adds nothing, instead of the same page twice.
 */
interface Listing {
  /** The search it shows (searchKey); none for an error, so asking again retries. */
  key?: string;
  found: Found<PagefindResultData>[];
  /** Results asked for so far: where the next page starts (a result without data is skipped, not re-asked). */
  next: number;
  /** The page being fetched, if any. */
  loading?: Promise<void>;
  /** Results whose page entry could not be fetched: with no signal, pages this phone has not stored. */
  unreachable: number;
}

/** What a search asked for: the same words under the same chip find the same results. */
const searchKey = (query: string, type: string | undefined) => `${type ?? ''}\u0000${query}`;

export class SearchPanel {
  readonly root = h('div', 'search-panel flex min-h-0 flex-col gap-3');
  readonly input = h('input', 'w-full rounded-lg border-2 border-line bg-paper px-3 py-2.5 text-lg text-ink focus:border-accent');
  #list = h('ul', 'min-h-0 flex-1 space-y-2 overflow-y-auto');
  #status = h('p', 'text-sm text-muted');
  #empty = h('div', 'text-sm');
  #chips: HTMLButtonElement[] = [];
  #type: string | undefined;
  #active = -1;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listing: Listing = { found: [], next: 0, unreachable: 0 };
  #offline = h('p', 'text-sm text-muted');
  /** The worker could not load a part of the index for the search on screen (src/sw/sw.ts). */
  #indexMissed = false;
  /** A search is on its way (the list is marked busy until it is shown). */
  #searching = false;
  #terms: string[] = [];
  #more = h('button', 'self-start rounded border border-line px-3 py-1 text-sm');
  #onQuery: (query: string) => void;
  /** The search on screen, not yet logged (log.ts): logged when a result is opened or the search is left. */
  #settled: { query: string; count: number } | undefined;

  constructor(onQuery: (query: string) => void = () => {}) {
    this.#onQuery = onQuery;
    const id = `search-${(panels += 1)}`;
    const label = h('label', 'sr-only', searchText.label);
    label.htmlFor = `${id}-input`;
    Object.assign(this.input, {
      id: `${id}-input`,
      type: 'search',
      autocomplete: 'off',
      enterKeyHint: 'search',
      placeholder: searchText.placeholder,
    });
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', `${id}-list`);
    this.#list.id = `${id}-list`;
    this.#list.setAttribute('role', 'listbox');
    this.#list.setAttribute('aria-label', searchText.results);
    this.#status.setAttribute('role', 'status');

    const chips = h('div', 'flex flex-wrap gap-2');
    chips.setAttribute('role', 'group');
    chips.setAttribute('aria-label', searchText.filterByType);
    for (const type of [searchText.allTypes, ...types]) {
      const chip = h(
        'button',
        'rounded-full border border-line px-3 py-1 text-sm aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper',
        type,
      );
      chip.type = 'button';
      chip.setAttribute('aria-pressed', String(type === searchText.allTypes));
      chip.addEventListener('click', () => this.#setType(type === searchText.allTypes ? undefined : type));
      this.#chips.push(chip);
      chips.append(chip);
    }

    this.#more.type = 'button';
    this.#more.hidden = true;
    this.#more.addEventListener('click', () => void this.#append(this.#listing));
    this.#offline.hidden = true;
    this.root.append(label, this.input, chips, this.#status, this.#list, this.#more, this.#offline, this.#empty);
    // The worker posts here only when a part of the index could not be had (lib/offline/channel.ts).
    new BroadcastChannel(offlineChannel).addEventListener('message', () => {
      this.#indexMissed = true;
      // Answers given while part of the index was out of reach are not kept: with signal back, or
      // the index saved, the same words are searched in full again.
      engine = undefined;
      void this.#showOffline();
    });
    this.input.addEventListener('input', () => this.#schedule());
    this.input.addEventListener('keydown', (event) => this.#onKey(event));
    void this.#showSuggestions(searchText.suggestionsIntro);
    // Start loading the engine while the rep types; a failure shows on the first search.
    loadPagefind().catch(() => {});
  }

  /** Sets the query (from a link or a shortcut) and searches at once. */
  setQuery(query: string) {
    this.input.value = query;
    void this.#run();
  }

  #setType(type: string | undefined) {
    this.#type = type;
    this.#chips.forEach((chip) => chip.setAttribute('aria-pressed', String(chip.textContent === (type ?? searchText.allTypes))));
    void this.#run();
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), 120);
  }

  async #run() {
    const ticket = (this.#latest += 1);
    const query = this.input.value.trim();
    const key = searchKey(query, this.#type);
    this.#onQuery(query);
    // The search on screen asked for again (a trailing space, the chosen chip tapped again, the
    // dialog reopened on the same words) would find the same results: the list stays as it is,
    // with the pages shown and any page being loaded. The new ticket still stops a different
    // search on its way from replacing it.
    if (key === this.#listing.key) {
      this.#searching = false;
      this.#showBusy();
      return;
    }
    if (!query && !this.#type) {
      this.#searching = false;
      await this.#show([], { groups: [], weights: [], marks: [] }, '', ticket, key);
      return;
    }
    this.#searching = true;
    this.#indexMissed = false;
    this.#showBusy();
    try {
      const { plan, found } = await search(query, this.#type);
      if (ticket !== this.#latest) return;
      this.#searching = false;
      await this.#show(found, plan, query, ticket, key);
    } catch (error) {
      if (ticket !== this.#latest) return;
      this.#searching = false;
      // Shown without a key: the same words asked again search again.
      await this.#show([], { groups: [], weights: [], marks: [] }, query, ticket);
      this.#status.textContent = import.meta.env.DEV ? searchText.noIndexInDev : searchText.unavailable;
      console.warn(error);
    }
  }

  /** Renders the first page of results and offers the rest a page at a time. */
  async #show(found: Found<PagefindResultData>[], plan: QueryPlan, query: string, ticket: number, key?: string) {
    const listing: Listing = { key, found, next: 0, unreachable: 0 };
    this.#listing = listing;
    this.#terms = highlightTerms(plan.marks);
    this.#active = -1;
    this.#list.replaceChildren();
    this.#more.hidden = true;
    await this.#append(listing);
    if (ticket !== this.#latest || this.#listing !== listing) return;
    const scope = this.#type ? searchText.inType(this.#type) : '';
    this.#status.textContent = query || this.#type ? (found.length ? searchText.found(scope, found.length) : searchText.notFound(scope, query)) : '';
    this.input.setAttribute('aria-expanded', String(found.length > 0));
    this.input.removeAttribute('aria-activedescendant');
    this.#empty.hidden = found.length > 0;
    if (found.length === 0) void this.#showSuggestions(query || this.#type ? searchText.noResultsIntro : searchText.suggestionsIntro);
    this.root.dataset.count = String(found.length);
    this.root.dataset.query = query;
    // A refinement replaces the search it refines: only the one the rep stops at is logged.
    this.#settled = query ? { query, count: found.length } : undefined;
  }

  /**
   * Fetches and renders the listing's next PAGE_SIZE results, one page at a time: asked again
   * while a page loads (a second tap on 显示更多结果), it waits for that page instead of fetching
   * the same results twice.
   */
  #append(listing: Listing): Promise<void> {
    listing.loading ??= this.#appendPage(listing).finally(() => {
      listing.loading = undefined;
      this.#showBusy();
    });
    this.#showBusy();
    return listing.loading;
  }

  async #appendPage(listing: Listing) {
    const results: PagefindResultData[] = [];
    // A result whose page entry cannot be fetched (no signal, a page this phone has not stored)
    // is counted and the next one taken in its place, so a page of results stays full.
    while (results.length < PAGE_SIZE && listing.next < listing.found.length) {
      const page = listing.found.slice(listing.next, listing.next + PAGE_SIZE - results.length);
      listing.next += page.length;
      const data = await Promise.all(page.map((f) => f.data().catch(() => ((listing.unreachable += 1), null))));
      // A newer search has replaced the list this page was for.
      if (this.#listing !== listing) return;
      // A result whose data is null (freed by Pagefind) is left out rather than breaking the list.
      results.push(...data.filter((d): d is PagefindResultData => Boolean(d)));
    }
    const shown = this.#list.children.length;
    this.#list.append(...results.map((result, i) => this.#option(result, shown + i)));
    const left = listing.found.length - listing.next;
    this.#more.hidden = left <= 0;
    this.#more.textContent = searchText.showMore(left);
    void this.#showOffline();
  }

  /**
   * Says what a search with no signal could not reach, instead of quietly finding less. Its words
   * load only then (offline-note.ts), so a first search online carries none of them.
   */
  async #showOffline() {
    const { unreachable } = this.#listing;
    const missed = this.#indexMissed;
    const text = missed || unreachable ? (await import('./offline-note')).offlineNote(missed, unreachable) : '';
    this.#offline.hidden = !text;
    this.#offline.textContent = text;
  }

  /** The list is busy (aria-busy) while a search or a page of its results is on its way. */
  #showBusy() {
    if (this.#searching || this.#listing.loading) this.#list.setAttribute('aria-busy', 'true');
    else this.#list.removeAttribute('aria-busy');
  }

  #option(result: PagefindResultData, index: number) {
    // The link itself is the option: an option may not contain a focusable link (axe nested-interactive).
    const item = h('li');
    item.setAttribute('role', 'none');
    const link = h('a', 'block rounded-lg border border-line px-3 py-2 text-ink no-underline aria-selected:border-accent aria-selected:bg-accent-soft');
    link.id = `${this.#list.id}-${index}`;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.href = result.url;
    link.tabIndex = -1;
    const head = h('span', 'flex items-baseline gap-2');
    head.append(h('span', 'shrink-0 rounded bg-accent-soft px-1.5 text-xs font-semibold text-accent', result.filters.type?.[0] ?? searchText.untypedPage));
    const title = h('span', 'font-bold');
    title.append(fromRuns(markTerms(result.meta.title ?? result.url, this.#terms)));
    head.append(title);
    link.append(head);
    if (result.meta.nextOf) link.append(h('span', 'mt-0.5 block text-sm font-semibold text-accent', result.meta.nextOf));
    const short = result.meta.answer ?? result.meta.summary;
    if (short) link.append(h('span', 'mt-0.5 block text-sm', short));
    // What it matched: the page's sentence, or the ask or alias that holds more of the query.
    const fields = [
      { label: searchText.askedAs, tokens: result.meta[metaField.asks] },
      { label: searchText.alsoCalled, tokens: result.meta[metaField.aliases] },
    ];
    const why = whyMatched(bestExcerpt(result.content, this.#terms), fields, this.#terms);
    if (why) {
      const line = h('span', 'mt-0.5 block text-sm text-muted');
      if (why.label) line.append(h('span', 'font-semibold', `${why.label}：`));
      line.append(fromRuns(why.runs));
      link.append(line);
    }
    item.append(link);
    link.addEventListener('mousemove', () => this.#select(index));
    link.addEventListener('click', () => this.#opened(index, link.href));
    return item;
  }

  /** Logs the search on screen as left without opening anything (the dialog closed, the page hidden). */
  flush() {
    if (this.#settled) logSearch({ ...this.#settled, rank: -1 });
    this.#settled = undefined;
  }

  #opened(index: number, href: string) {
    if (this.#settled) logSearch({ ...this.#settled, rank: index, page: new URL(href, location.href).pathname });
    this.#settled = undefined;
  }

  async #showSuggestions(intro: string) {
    const box = h('div', 'space-y-2');
    box.append(h('p', 'text-muted', intro));
    const list = h('ul', 'flex flex-wrap gap-2');
    box.append(list);
    const all = h('a', 'inline-block', searchText.allObjections);
    all.href = `${base}objections/`;
    box.append(all);
    this.#empty.replaceChildren(box);
    this.#empty.hidden = false;
    try {
      for (const item of (await loadVocabulary()).suggestions) {
        const link = h('a', 'inline-block rounded-full border border-line px-3 py-1 text-ink no-underline hover:border-accent', item.title);
        link.href = item.url;
        const li = h('li');
        li.append(link);
        list.append(li);
      }
    } catch {
      /* the link to the index above is enough when the vocabulary cannot load */
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
        this.#opened(Math.max(this.#active, 0), target.href);
        window.location.assign(target.href);
      }
    }
  }
}
