/**
 * Runs the search-quality set in a real page: Pagefind's own browser API, the query cleaned
 * exactly as the search island cleans it, results compared with the pages each query should find.
 */
import { readFileSync } from 'node:fs';
// Node 24 runs this TypeScript module directly: the very function the island uses.
import { normaliseQuery } from '../../src/lib/search-query.ts';

export const queries = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));

/** Returns, per query, the result paths (relative to the base) of the first five hits. */
export async function runQueries(page, baseUrl) {
  await page.goto(baseUrl);
  return page.evaluate(
    async ({ cleaned: all, base }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: base });
      await pagefind.init();
      const out = [];
      for (const cleaned of all) {
        const search = await pagefind.search(cleaned);
        const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        out.push(top.map((d) => d.url.slice(base.length)));
      }
      return out;
    },
    { cleaned: queries.map(({ q }) => normaliseQuery(q)), base: new URL(baseUrl).pathname },
  );
}

export function score(results) {
  let hit1 = 0;
  let hit3 = 0;
  const misses = [];
  results.forEach((found, i) => {
    const { q, expect } = queries[i];
    const rank = found.findIndex((url) => expect.includes(url));
    if (rank === 0) hit1 += 1;
    if (rank >= 0 && rank < 3) hit3 += 1;
    else misses.push({ q, expect, found: found.slice(0, 3) });
  });
  return { total: queries.length, hit1: hit1 / queries.length, hit3: hit3 / queries.length, misses };
}
