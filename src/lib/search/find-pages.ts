/**
 * Runs a query plan against Pagefind: one search per term and synonym (all in parallel; Pagefind
 * loads each index chunk once), then one fused ranking. The engine is passed in, so this runs
 * against a fake in unit tests and against the real index in the browser.
 */
import { segmentWords, type QueryPlan, type Segment } from './query-plan.ts';
import { rankPages, type Ranked } from './rank.ts';

export interface EngineResult<Data> {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words?: number[];
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

export async function findPages<Data>(
  engine: Engine<Data>,
  plan: QueryPlan,
  { filters, segment = segmentWords }: { filters?: Record<string, string>; segment?: Segment } = {},
): Promise<Found<Data>[]> {
  const options = filters ? { filters } : {};
  // Pagefind splits a term into words again (返利 stays whole, 低价 may become 低/价) and then
  // wants the words anywhere on the page. A pair means two characters side by side, so a page
  // counts only where its matched words stand next to each other.
  const search = async (term: string) => {
    const results = (await engine.search(term, options))?.results ?? [];
    const parts = segment(term).length;
    return parts > 1 ? results.filter((r) => hasRun(r.words ?? [], parts)) : results;
  };
  const lists = await Promise.all(plan.groups.map((alternatives) => Promise.all(alternatives.map(search))));
  const loaders = new Map<string, () => Promise<Data>>();
  for (const result of lists.flat(2)) if (!loaders.has(result.id)) loaders.set(result.id, result.data);
  return rankPages(lists, plan.weights).map((ranked) => ({ ...ranked, data: loaders.get(ranked.id)! }));
}
