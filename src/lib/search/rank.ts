/**
 * Fuses Pagefind's per-term result lists into one ranking, the way a search engine relaxes a
 * query that matches nothing whole (Algolia's optional words): each page scores the sum of its
 * Pagefind scores over the groups it matches (BM25 with Pagefind's weights for titles, customer
 * phrases and aliases, IDF included), times the share of the query it covers, so pages holding
 * more of the customer's words come first. Pure, so it is unit-tested.
 */
export interface Hit {
  id: string;
  score: number;
}

export interface Ranked {
  id: string;
  score: number;
  /** How many of the query's term groups the page holds. */
  matched: number;
}

/**
 * `groups[g][a]` is the hit list of alternative `a` (a synonym) of term group `g`; a page takes
 * its best alternative. `weights[g]` scales group g (default 1). Groups that found nothing
 * are left out of the coverage: a typo no page holds must not sink every page.
 */
export function rankPages(groups: Hit[][][], weights: number[] = []): Ranked[] {
  const perGroup = groups.map((alternatives) => {
    const best = new Map<string, number>();
    for (const hits of alternatives) {
      for (const hit of hits) best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit.score));
    }
    return best;
  });
  const weight = perGroup.map((best, g) => (best.size === 0 ? 0 : (weights[g] ?? 1)));
  const totalWeight = weight.reduce((a, b) => a + b, 0);
  if (totalWeight === 0) return [];

  const pages = new Map<string, { coverage: number; sum: number; matched: number }>();
  perGroup.forEach((best, g) => {
    for (const [id, score] of best) {
      const page = pages.get(id) ?? { coverage: 0, sum: 0, matched: 0 };
      page.coverage += weight[g];
      page.sum += weight[g] * score;
      page.matched += 1;
      pages.set(id, page);
    }
  });

  return [...pages]
    .map(([id, p]) => ({ id, matched: p.matched, score: (p.coverage / totalWeight) * p.sum }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
