#!/usr/bin/env node
/**
 * Search figures over the built site (run `npm run build` first): hit@1 and hit@3 over the
 * quality set, term recall, bytes fetched by a first search, and the median time from typing a
 * query to rendered results in the real island. Timings are medians within one run; compare
 * them as ratios, never against fixed numbers (the machines are shared and noisy).
 */
import path from 'node:path';
import { launch, openPage } from '../test/e2e/support/browser.mjs';
import { startPreview } from '../test/e2e/support/preview.mjs';
import { queries, runQueries, score } from '../test/search/quality.mjs';
import { fieldTerms, pagesContaining, searchAll } from '../test/search/recall.mjs';

const outDir = path.resolve(process.env.E2E_OUTDIR ?? 'dist');
const server = await startPreview({ outDir, base: '/' });
const browser = await launch();

const { page, context } = await openPage(browser);
const quality = score(await runQueries(page, server.url));
console.log(`quality set: ${quality.total} queries · hit@1 ${(quality.hit1 * 100).toFixed(1)}% · hit@3 ${(quality.hit3 * 100).toFixed(1)}%`);
for (const miss of quality.misses) console.log(`  miss@3: ${miss.q} → ${miss.found.join(', ') || '(nothing)'} (want ${miss.expect[0]})`);

const found = await searchAll(page, server.url, fieldTerms);
const recall = fieldTerms.map((term) => {
  const pages = pagesContaining(outDir, term);
  return `${term} ${found[term].filter((u) => pages.includes(u)).length}/${pages.length}`;
});
console.log(`term recall (pages found / pages containing): ${recall.join(' · ')}`);
await context.close();

// Bytes of a first search: a fresh profile opens the dialog and types one query. The offline
// worker is blocked here, or its background precache would be counted as search traffic.
{
  const { page, context } = await openPage(browser, { context: { serviceWorkers: 'block' } });
  await page.goto(`${server.url}objections/price/`);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const files = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    files.push(`${new URL(response.url()).pathname.split('/').pop()} ${body.length}`);
  });
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('进店费谁出');
  await page.getByRole('option').first().waitFor();
  await page.waitForLoadState('networkidle');
  console.log(`first search fetched ${bytes} bytes in ${files.length} files (uncompressed bodies)`);
  await context.close();
}

// Query → rendered results in the island, warm, over the whole quality set.
{
  const { page, context } = await openPage(browser);
  await page.goto(`${server.url}search/`);
  const input = page.getByRole('combobox');
  await input.fill('返利');
  await page.getByRole('option').first().waitFor();
  const times = [];
  for (const { q } of queries) {
    await input.fill('');
    await page.waitForFunction(() => document.querySelectorAll('[role=option]').length === 0);
    const ms = await page.evaluate(
      (q) =>
        new Promise((resolve) => {
          const input = document.querySelector('[role=combobox]');
          const list = document.querySelector('[role=listbox]');
          const status = document.querySelector('[role=status]');
          const start = performance.now();
          const done = new MutationObserver(() => {
            if (list.children.length > 0 || /没有找到/.test(status.textContent)) {
              done.disconnect();
              resolve(performance.now() - start);
            }
          });
          done.observe(status, { childList: true, characterData: true, subtree: true });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      q,
    );
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`query → rendered results: median ${median.toFixed(0)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(0)} ms over ${times.length} queries (includes the 120 ms debounce)`);
  await context.close();
}

await browser.close();
server.stop();
