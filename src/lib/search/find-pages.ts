/**
 * Runs a query plan against Pagefind: one search per term and synonym (all in parallel; Pagefind
 * loads each index chunk once), then one fused ranking. The engine is passed in, so this runs
 * against a fake in unit tests and against the real index in the browser.
 */
import { segmentWords, type QueryPlan, type Segment } from './query-plan.ts';
import { rankPages, type Ranked } from './rank.ts';
import { mayBePinyin } from './pinyin-run.ts';
import type { SoundsLike } from './sounds-like.ts';

export interface EngineResult<Data> {
  id: string;
  score: number;
  /** Positions of the matched words in the page body. */
  words?: number[];
  /** Metadata fields the term matched in (they have no body positions). */
  matchedMetaFields?: string[];
  data: () => Promise<Data>;
}
export interface Engine<Data> {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: EngineResult<Data>[] } | null>;
}

export interface Found<Data> extends Ranked {
  data: () => Promise<Data>;
}

/** True when `positions` hold `length` consecutive word positions. */
export function hasRun(positions: number[], length: number): boolean {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let run = 1;
  for (let i = 1; i < sorted.length && run < length; i += 1) run = sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
  return sorted.length > 0 && run >= length;
}

const isPair = (term: string) => /^\p{Script=Han}{2}$/u.test(term);

export async function findPages<Data>(
  engine: Engine<Data>,
  plan: QueryPlan,
  {
    filters,
    segment = segmentWords,
    soundsLike,
  }: {
    filters?: Record<string, string>;
    segment?: Segment;
    /** Loads the homophone table, asked for only when a pair of characters or a pinyin run found nothing. */
    soundsLike?: () => Promise<SoundsLike>;
  } = {},
): Promise<Found<Data>[]> {
  const options = filters ? { filters } : {};
  // Pagefind splits a term into words again (返利 stays whole, 低价 may become 低/价) and then
  // wants the words anywhere on the page. A pair means two characters side by side, so a page
  // counts only where its matched words stand next to each other, or in a search-only field,
  // which holds pairs (meta-tokens.ts) and so matched the pair itself.
  const search = async (term: string) => {
    const results = (await engine.search(term, options))?.results ?? [];
    const parts = segment(term).length;
    if (parts === 1) return { results, inText: results.length > 0 };
    const together = results.filter((r) => hasRun(r.words ?? [], parts));
    const inFields = results.filter((r) => !together.includes(r) && (r.matchedMetaFields?.length ?? 0) > 0);
    return { results: [...together, ...inFields], inText: together.length > 0 };
  };
  const searched = await Promise.all(plan.groups.map((alternatives) => Promise.all(alternatives.map(search))));
  const lists = searched.map((alternatives) => alternatives.map((a) => a.results));
  // A pair that stands in no page's text is most likely a pinyin typo (培迅): the site's pairs
  // that sound the same are searched too. (Its halves may still be found apart in the search-only
  // fields, which is why those do not count here.) Pairs that merely straddle two words (钱跑)
  // rarely sound like a real one. A run of letters no page holds at all may be pinyin the rep
  // left unconverted (waibao), read the same way.
  const unfound = plan.groups.flatMap((alternatives, g) => {
    if (alternatives.length !== 1) return [];
    const [term] = alternatives;
    if (isPair(term)) return searched[g].some((a) => a.inText) ? [] : [g];
    return mayBePinyin(term) && searched[g].every((a) => a.results.length === 0) ? [g] : [];
  });
  if (unfound.length > 0 && soundsLike) {
    const like = await soundsLike().catch(() => undefined);
    if (like) {
      await Promise.all(unfound.map(async (g) => lists[g].push(...(await Promise.all(like(plan.groups[g][0]).map(search))).map((a) => a.results))));
    }
  }
  const loaders = new Map<string, () => Promise<Data>>();
  // Called through the result, which the closure keeps alive: Pagefind's worker frees a result's
  // data once the result object is garbage-collected (a FinalizationRegistry), and its data()
  // then resolves to null. Holding `result.data` alone let "显示更多结果" fail when GC ran first.
  for (const result of lists.flat(2)) if (!loaders.has(result.id)) loaders.set(result.id, () => result.data());
  return rankPages(lists, plan.weights).map((ranked) => ({ ...ranked, data: loaders.get(ranked.id)! }));
}
