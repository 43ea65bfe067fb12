/**
 * Learning from real searches: a build made with PUBLIC_SEARCH_LOG=1 (the sub-path build of
 * support/builds.mjs, which has every deploy option on) sends each settled search to
 * `search-log`, which the host only logs (served here as deploy/nginx.conf does it). Searches made
 * in the browser become the log that `npm run search-report` turns into work for an editor; a
 * phone number typed into the search never reaches the log. The normal build sends nothing.
 */
import { after, before, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, openPage } from './support/browser.mjs';
import { startPreview } from './support/preview.mjs';
import { outDirOf, SUBPATH_BASE, subpathOutDir } from './support/builds.mjs';
import { runNode } from '../../scripts/lib/run-node.mjs';

const work = mkdtempSync(path.join(os.tmpdir(), 'channel-playbook-search-log-'));
const logFile = path.join(work, 'search.log');
let browser;
let server;
let plain;

before(async () => {
  server = await startPreview({ outDir: subpathOutDir(outDirOf()), base: SUBPATH_BASE, searchLog: logFile });
  plain = await startPreview({ outDir: outDirOf(), searchLog: logFile });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
  plain?.stop();
  rmSync(work, { recursive: true, force: true });
});

const logLines = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean) : []);
async function untilLogged(count) {
  for (let i = 0; i < 100 && logLines().length < count; i += 1) await new Promise((r) => setTimeout(r, 50));
  return logLines();
}

test('searches made in the browser become a report of what reps did not find', async () => {
  const { page, context, errors } = await openPage(browser, { width: 390, height: 844 });
  // A result opened far down, from a query that carries a phone number.
  await page.goto(`${server.url}search/?q=${encodeURIComponent('退货 13812345678')}`);
  const options = page.locator('[data-search-page] [role=option]');
  await options.nth(3).waitFor();
  const farPage = new URL(await options.nth(3).getAttribute('href'), server.url).pathname;
  await options.nth(3).click();
  await page.waitForURL((u) => u.pathname === farPage);
  let lines = await untilLogged(1);
  // The first result, opened from the header's search with Enter.
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('返利太低');
  await page.getByRole('option').first().waitFor();
  await page.getByRole('combobox').press('Enter');
  await page.waitForURL((u) => u.pathname.includes('/objections/'));
  lines = await untilLogged(2);
  // A search that finds nothing, then the dialog closed.
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('zzqxv');
  await page.locator('dialog .search-panel[data-query="zzqxv"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: /^关闭/ }).click();
  lines = await untilLogged(3);
  assert.deepEqual(errors, []);
  await context.close();

  assert.equal(lines.length, 3, lines.join('\n'));
  assert.ok(
    lines.every((l) => /^\d{4}-\d\d-\d\dT\S+ \S+$/.test(l)),
    'a line is the time and the query string, nothing else',
  );
  assert.doesNotMatch(readFileSync(logFile, 'utf8'), /13812345678|1381234/, 'the phone number never reaches the log');

  const { code, output } = await runNode(['scripts/search-report.mjs', logFile]);
  assert.equal(code, 0, output);
  assert.match(output, /3 次搜索/);
  assert.match(output, /没有结果（1 种说法）\n\s+1 × {2}zzqxv/);
  assert.match(output, new RegExp(`打开的结果排在第 4 位或更后（1 种说法）\\n\\s+1 ×  退货 …  →  打开：${farPage}（平均第 4\\.0 位）`));
  assert.doesNotMatch(output, /返利太低/, 'a search whose first result was opened is not work');
});

test('the normal build sends nothing', async () => {
  const before = logLines().length;
  const { page, context } = await openPage(browser);
  await page.goto(`${plain.url}search/?q=${encodeURIComponent('返利')}`);
  await page.getByRole('option').first().click();
  await page.waitForLoadState('networkidle');
  assert.equal(logLines().length, before);
  await context.close();
});
