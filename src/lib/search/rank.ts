/**
 * Fuses Pagefind's per-term result lists into one ranking, the way a search engine relaxes a
 * query that matches nothing whole (Algolia's optional words): each page scores the sum of its
 * Pagefind scores over the groups it matches (BM25 with Pagefind's weights for titles, customer
 * phrases and aliases, IDF included), times the share of the query it covers, so pages holding
 * more of the customer's words come first. Words that stand close together count extra: a page
 * where the customer's words meet in one passage answers the sentence, a long page that holds
 * them scattered merely mentions them. Pure, so it is unit-tested.
 */
import { tuning } from './tuning.ts';

export interface Hit {
  id: string;
  score: number;
  /** Positions of the matched words in the page, when the engine reports them. */
  words?: number[];
}

export interface Ranked {
  id: string;
  score: number;
  /** How many of the query's term groups the page holds. */
  matched: number;
}

const { passage: PASSAGE, proximity: PROXIMITY } = tuning.rank;

/** The largest weight of distinct groups whose words fall within `span` positions of each other. */
export function bestPassage(located: Array<{ at: number; group: number }>, weight: number[], span = PASSAGE): number {
  const sorted = [...located].sort((a, b) => a.at - b.at);
  const inside = new Map<number, number>();
  let best = 0;
  for (let end = 0, start = 0; end < sorted.length; end += 1) {
    inside.set(sorted[end].group, (inside.get(sorted[end].group) ?? 0) + 1);
    for (; sorted[end].at - sorted[start].at > span; start += 1) {
      const left = inside.get(sorted[start].group)! - 1;
      if (left > 0) inside.set(sorted[start].group, left);
      else inside.delete(sorted[start].group);
    }
    let sum = 0;
    for (const group of inside.keys()) sum += weight[group];
    best = Math.max(best, sum);
  }
  return best;
}

/**
 * `groups[g][a]` is the hit list of alternative `a` (a synonym) of term group `g`; a page takes
 * its best alternative. `weights[g]` scales group g (default 1). Groups that found nothing
 * are left out of the coverage: a typo no page holds must not sink every page.
 */
export function rankPages(groups: Hit[][][], weights: number[] = []): Ranked[] {
  const perGroup = groups.map((alternatives) => {
    const best = new Map<string, Hit>();
    for (const hits of alternatives) {
      for (const hit of hits) if (hit.score > (best.get(hit.id)?.score ?? -Infinity)) best.set(hit.id, hit);
    }
    return best;
  });
  const weight = perGroup.map((best, g) => (best.size === 0 ? 0 : (weights[g] ?? 1)));
  const totalWeight = weight.reduce((a, b) => a + b, 0);
  if (totalWeight === 0) return [];

  const pages = new Map<string, { coverage: number; sum: number; matched: number; located: Array<{ at: number; group: number }> }>();
  perGroup.forEach((best, g) => {
    for (const [id, hit] of best) {
      const page = pages.get(id) ?? { coverage: 0, sum: 0, matched: 0, located: [] };
      page.coverage += weight[g];
      page.sum += weight[g] * hit.score;
      page.matched += 1;
      for (const at of hit.words ?? []) page.located.push({ at, group: g });
      pages.set(id, page);
    }
  });

  return [...pages]
    .map(([id, p]) => {
      const together = bestPassage(p.located, weight) / totalWeight;
      return { id, matched: p.matched, score: (p.coverage / totalWeight) * p.sum * (1 + PROXIMITY * together) };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
