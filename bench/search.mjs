#!/usr/bin/env node
/**
 * Search figures over the built site (run `npm run build` first), all through the real UI:
 * per evaluation set (test/search/quality.mjs) hit@1, hit@3, MRR and the zero-result rate; term
 * recall; what each ranking signal adds on source-dev; the bytes a first search fetches; and the
 * time from typing to rendered results. Misses are printed for the sets tuned on, never for a
 * `…test` set, which is only reported.
 * Timings are medians within one run, compared as a ratio with a baseline measured in the same
 * page (one plain Pagefind search plus twelve fragments, what the panel did before the query
 * layer), never against fixed numbers: the machines are shared and noisy.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage } from '../test/e2e/support/browser.mjs';
import { startPreview } from '../test/e2e/support/preview.mjs';
import { formatScore, loadSet, runQueries, score, setNames } from '../test/search/quality.mjs';
import { fieldTerms, pagesContaining, searchAll } from '../test/search/recall.mjs';

const outDir = path.resolve(process.env.E2E_OUTDIR ?? 'dist');
const server = await startPreview({ outDir, base: '/' });
const browser = await launch();

{
  const { page, context } = await openPage(browser);
  for (const name of setNames) {
    const queries = loadSet(name);
    const result = score(queries, await runQueries(page, server.url, queries));
    console.log(formatScore(name, result));
    if (!name.endsWith('test'))
      for (const miss of result.misses.slice(0, 5)) console.log(`  miss@3: ${miss.q} → ${miss.found.join(', ') || '(nothing)'} (want ${miss.expect[0]})`);
  }
  const found = await searchAll(page, server.url, fieldTerms);
  const recall = fieldTerms.map((term) => {
    const pages = pagesContaining(outDir, term);
    return `${term} ${found[term].filter((u) => pages.includes(u)).length}/${pages.length}`;
  });
  console.log(`term recall (pages found / pages containing): ${recall.join(' · ')}`);
  await context.close();
}

// What each of the query layer's signals adds, on the sets written from the source that they were
// tuned on (source-dev, source2, source3 together: one set alone has too few queries of some
// shapes): the same queries with one signal off at a time (its weight 0, through __searchWeights).
{
  const tunedOn = ['source-dev', 'source2', 'source3'];
  const queries = tunedOn.flatMap(loadSet);
  const row = (s) => `hit@1 ${(s.hit1 * 100).toFixed(1)}% · hit@3 ${(s.hit3 * 100).toFixed(1)}% · MRR ${s.mrr.toFixed(3)}`;
  const scoreWith = async (weights) => {
    const { page, context } = await openPage(browser, { fresh: true });
    await page.addInitScript((w) => (globalThis.__searchWeights = w), weights);
    const result = score(queries, await runQueries(page, server.url, queries));
    await context.close();
    return result;
  };
  const all = await scoreWith({});
  console.log(`signals on ${tunedOn.join(' + ')} (${queries.length} queries) — all on: ${row(all)}`);
  const signals = {
    'concept groups (content/search/concepts.yaml)': { concept: 0 },
    "customer's voice → objections": { customer: 0 },
    '所有/一共/整套 → playbooks, section index pages': { overview: 0 },
    '是什么/区别/分几类 → guides, channel types, section index pages': { define: 0 },
    '这种渠道/型渠道/利弊/适合做 → channel types': { kind: 0 },
    '怎么/如何 → stages, checklists': { howto: 0 },
    '之后/下一步 → the next stage': { next: 0 },
  };
  for (const [name, off] of Object.entries(signals)) {
    const s = await scoreWith(off);
    const delta = (a, b) => `${a >= b ? '+' : ''}${((a - b) * 100).toFixed(1)}`;
    console.log(`  ${name}: adds ${delta(all.hit1, s.hit1)} hit@1, ${delta(all.hit3, s.hit3)} hit@3 (without it: ${row(s)})`);
  }
}

// Bytes of a first search: a fresh profile on a content page opens the dialog and types the
// customer's words. The offline worker is blocked, or its precache would count as search traffic.
{
  const { page, context } = await openPage(browser, { context: { serviceWorkers: 'block' } });
  await page.goto(`${server.url}objections/price/`);
  await page.waitForLoadState('networkidle');
  const files = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    files.push({ name: new URL(response.url()).pathname, bytes: body.length });
  });
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('你们返利太低');
  await page.getByRole('option').first().waitFor();
  await page.waitForLoadState('networkidle');
  const sum = (list) => list.reduce((s, f) => s + f.bytes, 0);
  const kinds = {
    'index chunks': files.filter((f) => f.name.includes('/pagefind/index/')),
    fragments: files.filter((f) => f.name.includes('/pagefind/fragment/')),
    filters: files.filter((f) => f.name.includes('/pagefind/filter/')),
    'vocabulary, stage order': files.filter((f) => /search-(vocabulary|stages)\.json/.test(f.name)),
  };
  const listed = new Set(Object.values(kinds).flat());
  kinds['runtime (pagefind.js, worker, WASM, meta, panel)'] = files.filter((f) => !listed.has(f));
  console.log(`first search "你们返利太低": ${sum(files)} bytes in ${files.length} files (as stored; budget 300,000)`);
  for (const [kind, list] of Object.entries(kinds)) console.log(`  ${kind}: ${sum(list)} bytes in ${list.length} files`);
  const sounds = statSync(path.join(outDir, 'search-sounds.json')).size;
  console.log(
    `  homophone table, fetched only when a query holds a pair no page has: ${sounds} bytes (${files.some((f) => f.name.endsWith('search-sounds.json')) ? 'fetched' : 'not fetched'} here)`,
  );
  await context.close();
}

// Query → rendered results through the real input (debounce included), over the test set,
// against a baseline in the same page: Pagefind's own search of the cleaned query plus twelve
// fragments, which is what the panel did before the query layer.
{
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}search/`);
  const input = page.getByRole('combobox');
  await input.fill('返利');
  await page.getByRole('option').first().waitFor();
  const queries = loadSet('test');
  const times = [];
  const baseline = [];
  for (const { q } of queries) {
    await input.fill('');
    await page.waitForFunction(() => document.querySelectorAll('[role=option]').length === 0);
    times.push(
      await page.evaluate(
        (q) =>
          new Promise((resolve) => {
            const input = document.querySelector('[role=combobox]');
            const root = document.querySelector('.search-panel');
            const start = performance.now();
            const done = new MutationObserver(() => {
              if (root.dataset.query === q) {
                done.disconnect();
                resolve(performance.now() - start);
              }
            });
            done.observe(root, { attributes: true, attributeFilter: ['data-query'] });
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        q,
      ),
    );
    baseline.push(
      await page.evaluate(async (q) => {
        const pagefind = await import('/pagefind/pagefind.js');
        const start = performance.now();
        const search = await pagefind.search(q.replace(/[，。？！,.?!\s]+/g, ' '));
        await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
        return performance.now() - start + 120; // the old panel's debounce
      }, q),
    );
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(
    `query → rendered results: median ${median(times).toFixed(0)} ms over ${times.length} queries (120 ms debounce included); ` +
      `baseline (one Pagefind search + 12 fragments + debounce) ${median(baseline).toFixed(0)} ms; ratio ${(median(times) / median(baseline)).toFixed(2)}× (target ≤ 1.5×)`,
  );
  await context.close();
}

await browser.close();
server.stop();
