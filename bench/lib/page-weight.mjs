/**
 * What a first visit downloads, measured in Chromium by recording every response a page gets
 * (so module imports, lazy chunks and Pagefind's files all count), grouped by kind, raw and
 * gzip (level 9, summed per file: what a compressing host sends). Bytes of a given build are
 * stable, so `npm run bench` prints them and test/e2e/budgets.test.mjs asserts budgets on them.
 * Nothing is cached and no service worker runs.
 */
import { gzipSync } from 'node:zlib';
import { openPage } from '../../test/e2e/support/browser.mjs';
import { pageTypes } from '../../test/e2e/support/page-types.mjs';

/** html, css, js, and `search` for Pagefind's WebAssembly and index chunks. */
export function kindOf(url, resourceType) {
  const { pathname } = new URL(url);
  if (resourceType === 'document') return 'html';
  if (pathname.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(pathname)) return 'js';
  if (pathname.includes('/pagefind/')) return 'search';
  return 'other';
}

const emptyTotals = () => ({ files: [], raw: 0, gzip: 0, gzipOf: {} });

function recorder(page) {
  const totals = {};
  const pending = new Set();
  const onResponse = (response) => {
    const job = response
      .body()
      .then((body) => {
        const kind = kindOf(response.url(), response.request().resourceType());
        const group = (totals[kind] ??= emptyTotals());
        group.files.push(new URL(response.url()).pathname);
        const gzip = gzipSync(body, { level: 9 }).length;
        group.raw += body.length;
        group.gzip += gzip;
        group.gzipOf[new URL(response.url()).pathname] = gzip;
      })
      .catch(() => {}); // a redirect or aborted request has no body to count
    pending.add(job);
    job.finally(() => pending.delete(job));
  };
  page.on('response', onResponse);
  return async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    page.off('response', onResponse);
    for (const kind of ['html', 'css', 'js']) totals[kind] ??= emptyTotals();
    return totals;
  };
}

/**
 * What a first view of each page type (support/page-types.mjs) at `baseUrl` loads, by kind, keyed
 * by page type. The tests' page (openPage) never caches and runs no service worker, so every load
 * fetches everything again, as a first view does.
 */
export async function measurePageTypes(browser, baseUrl) {
  const { page, context } = await openPage(browser);
  const weightOf = {};
  for (const [name, pagePath] of Object.entries(pageTypes)) {
    const stop = recorder(page);
    await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'networkidle' });
    weightOf[name] = await stop();
  }
  await context.close();
  return weightOf;
}

/** Bytes fetched after the page has loaded, by opening the search dialog and typing `query`. */
export async function measureFirstSearch(browser, pageUrl, query) {
  const { page, context } = await openPage(browser);
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  const stop = recorder(page);
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill(query);
  await page.getByRole('option').first().waitFor();
  const totals = await stop();
  await context.close();
  return totals;
}

/** Sum of every kind in a measurement. */
export function total(totals) {
  return Object.values(totals).reduce((sum, g) => ({ raw: sum.raw + g.raw, gzip: sum.gzip + g.gzip, files: sum.files + g.files.length }), {
    raw: 0,
    gzip: 0,
    files: 0,
  });
}
