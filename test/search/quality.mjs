/**
 * Search quality through the real UI: each query is put into the /search/ page (as the Back
 * button would, so no debounce), and the result links the rep sees are compared with the pages
 * that answer it. Sets live in test/search/sets/: `dev` (tuned on), `test` (never tuned on) and
 * `keywords` (the first release's short-keyword set), written by the team; `source-dev` (tuned on)
 * and `source-test` (only reported), 259 queries written from the source document alone by
 * writers who never saw the site's pages, split before any tuning; `source2` and `source3` (tuned
 * on), 259 and 212 more from the source alone by two more writers, each read once before it was
 * tuned on (README › Search, the evaluation sets, gives those first readings).
 */
import { readFileSync } from 'node:fs';

export const setNames = ['dev', 'test', 'keywords', 'source-dev', 'source2', 'source3', 'source-test'];
export const loadSet = (name) => JSON.parse(readFileSync(new URL(`./sets/${name}.json`, import.meta.url), 'utf8'));

/** Per query, the base-relative paths of the results shown (at most the first page) and the total count. */
export async function runQueries(page, baseUrl, queries) {
  const base = new URL(baseUrl).pathname;
  await page.goto(new URL('search/', baseUrl).href);
  await page.locator('[data-search-page] [role=combobox]').waitFor();
  // These runs measure which pages the UI lists, not how it draws them: the page is not laid out or
  // painted while they run (the same results for ~30 % less CPU). The search tests draw it on a
  // desk and a phone. The next navigation shows the page again.
  await page.evaluate(() => (document.documentElement.style.display = 'none'));
  const out = [];
  for (const { q } of queries) {
    out.push(
      await page.evaluate(
        async ({ q, base }) => {
          const root = document.querySelector('[data-search-page] .search-panel');
          const url = new URL(location.href);
          url.searchParams.set('q', q);
          history.pushState(null, '', url);
          delete root.dataset.query;
          dispatchEvent(new PopStateEvent('popstate'));
          const want = q.trim();
          while (root.dataset.query !== want) await new Promise((r) => setTimeout(r, 5));
          const links = [...root.querySelectorAll('[role=option]')].map((a) => new URL(a.href).pathname.slice(base.length));
          return { links, count: Number(root.dataset.count) };
        },
        { q, base },
      ),
    );
  }
  return out;
}

/** hit@1, hit@3, MRR (over the results shown), zero-result rate and the queries missed at 3. */
export function score(queries, results) {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let zero = 0;
  const misses = [];
  results.forEach(({ links, count }, i) => {
    const { q, expect } = queries[i];
    const rank = links.findIndex((url) => expect.includes(url));
    if (rank === 0) hit1 += 1;
    if (rank >= 0 && rank < 3) hit3 += 1;
    else misses.push({ q, expect, found: links.slice(0, 3), rank });
    if (rank >= 0) rr += 1 / (rank + 1);
    if (count === 0) zero += 1;
  });
  const n = queries.length;
  return { total: n, hit1: hit1 / n, hit3: hit3 / n, mrr: rr / n, zero: zero / n, misses };
}

export const formatScore = (name, s) =>
  `${name}: ${s.total} queries · hit@1 ${(s.hit1 * 100).toFixed(1)}% · hit@3 ${(s.hit3 * 100).toFixed(1)}% · MRR ${s.mrr.toFixed(3)} · zero results ${(s.zero * 100).toFixed(1)}%`;
