/**
 * Works with no signal: after one visit, pages never opened, search, visit prep, practice and
 * choosing a dealer keep working offline (at the root and under a sub-path), the site can be
 * installed to the home screen, and a new build is offered with "内容已更新，刷新" without ever mixing old pages and a new index.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SITE, SUBPATH_SITE, launch, openPage, url } from './support/browser.mjs';
import { startPreview } from './support/preview.mjs';
import * as pagefind from 'pagefind';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Opens the first page and waits until its worker has the whole site and controls the page. */
async function firstVisit(base) {
  const visit = await openPage(browser, { width: 390, height: 844, context: { serviceWorkers: 'allow' } });
  await visit.page.goto(url('', base));
  const scope = await visit.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await visit.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { ...visit, scope };
}

/**
 * Chromium parses the manifest itself; its installability check refuses Playwright's incognito
 * contexts, so what it checks (start URL and scope, display, PNG icons that load) is asserted here.
 */
async function assertInstallable(page, context, base) {
  const cdp = await context.newCDPSession(page);
  const { url: manifestUrl, errors, data } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, []);
  const manifest = JSON.parse(data);
  const resolve = (relative) => new URL(relative, manifestUrl).href;
  assert.equal(resolve(manifest.start_url), url('', base));
  assert.equal(resolve(manifest.scope), url('', base));
  assert.equal(manifest.display, 'standalone');
  for (const [size, purpose] of [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ]) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === purpose && i.type === 'image/png');
    assert.ok(icon, `a ${size} ${purpose} PNG icon`);
    const response = await page.request.get(resolve(icon.src));
    assert.equal(response.status(), 200, icon.src);
    const png = await response.body();
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, size, `${icon.src} is really ${size}`);
  }
}

/** Searches from the header dialog; returns the paths of the results (none when nothing matched). */
async function search(page, query) {
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill(query);
  await page
    .getByRole('dialog')
    .getByRole('status')
    .filter({ hasText: /找到 \d+ 条结果|没有找到/ })
    .waitFor();
  const found = await page.getByRole('option').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  await page.getByRole('dialog').getByRole('button', { name: /^关闭/ }).click();
  return found;
}

/** "Deploys" a new build into `dir`: the page's heading gets `marker`, then index and worker are rebuilt. */
async function deployChangedPage(dir, page, marker) {
  const file = path.join(dir, page, 'index.html');
  const html = await readFile(file, 'utf8');
  const heading = /(<h1[^>]*>)([^<]+)(<\/h1>)/;
  assert.match(html, heading);
  await writeFile(file, html.replace(heading, `$1$2${marker}$3`));
  // As src/integrations/pagefind.ts and service-worker.ts do in `astro build`; the old index goes.
  await rm(path.join(dir, 'pagefind'), { recursive: true });
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: dir });
  await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  await writeServiceWorker(dir);
}

for (const [name, base] of [
  ['at the root', SITE],
  ['under a sub-path', SUBPATH_SITE],
]) {
  describe(`offline ${name}`, () => {
    test('installs from one visit; then unvisited pages, search and visit prep work with no connection', async () => {
      const { page, context, errors, scope } = await firstVisit(base);
      assert.equal(scope, url('', base), 'the worker covers exactly the site, from its base path');
      await assertInstallable(page, context, base);
      await context.setOffline(true);

      for (const path of ['objections/price/', 'playbooks/six-steps/during-visit/', 'channels/dealer/', 'guides/communication-techniques/']) {
        const response = await page.goto(url(path, base));
        assert.equal(response.status(), 200, path);
        assert.ok(response.fromServiceWorker(), `${path} should come from the offline copy`);
        assert.ok((await page.textContent('h1')).trim().length >= 2, path);
        // The stylesheet came along: the header is sticky only when the CSS is there.
        assert.equal(await page.getByRole('banner').evaluate((h) => getComputedStyle(h).position), 'sticky', path);
      }

      const found = await search(page, '你们返利太低');
      assert.ok(found.includes(new URL(url('objections/rebate/', base)).pathname), `search offline found ${found.join(', ')}`);

      // A link with a query string (from a channel page) is the same precached page.
      await page.goto(url('prepare/?channel=dealer', base));
      assert.equal(await page.locator('select[name="channel"]').inputValue(), 'dealer');
      const box = page.locator('[data-checklists] input[type="checkbox"]').first();
      const key = await box.getAttribute('data-key');
      await box.check();
      await page.reload();
      assert.ok(await page.locator(`[data-checklists] input[data-key="${key}"]`).isChecked(), 'the tick survives a reload offline');

      // Practice works offline too: a drill of one objection, revealed and graded.
      await page.goto(url('practice/?objections=price', base));
      await page.getByRole('button', { name: /看参考回答/ }).click();
      await page.getByRole('button', { name: /答上来了/ }).click();
      await page.getByText(/这一轮练了 1 张/).waitFor();

      // Choosing a dealer works offline: a candidate added and scored is there after a reload.
      await page.goto(url('choose/?candidate=离线候选', base));
      await page.getByRole('button', { name: '加候选' }).click();
      const card = page.getByRole('region', { name: '候选：离线候选' });
      await card.locator('fieldset').first().getByText('符合', { exact: true }).click();
      await page.reload();
      assert.ok(await card.locator('fieldset').first().getByLabel('符合', { exact: true }).isChecked(), 'the answer survives a reload offline');
      assert.deepEqual(errors, []);

      // A page that is not in the site shows the site's own 404 page, not the browser's error.
      await page.goto(url('no-such-page/', base));
      assert.match(await page.textContent('h1'), /不存在/);
      await context.close();
    });
  });
}

describe('a new build', () => {
  let dir;
  let server;
  before(async () => {
    // A copy of the build, served like the real host, so "deploying" a new build here leaves
    // the shared builds alone.
    dir = await mkdtemp(path.join(tmpdir(), 'offline-update-'));
    await cp(path.resolve(process.env.E2E_OUTDIR ?? 'dist'), dir, { recursive: true });
    server = await startPreview({ outDir: dir, base: '/' });
  });
  after(async () => {
    server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('is offered back online with 内容已更新，刷新; 刷新 moves every tab, pages and index together', async () => {
    const { page, context, errors } = await firstVisit(server.url);
    const other = await context.newPage();
    await other.goto(url('objections/price/', server.url));
    const oldTitle = await other.textContent('h1');
    const newTitle = `${oldTitle}（ZX42 版）`;

    // A new build is deployed while the rep has no signal.
    await context.setOffline(true);
    await page.goto(url('objections/price/', server.url));
    await deployChangedPage(dir, 'objections/price/', '（ZX42 版）');

    // Back online, the next visit still shows the build the page started with, and offers the new one.
    await context.setOffline(false);
    await page.goto(url('objections/price/', server.url));
    const prompt = page.getByRole('status').filter({ hasText: '内容已更新' });
    await prompt.waitFor();
    assert.equal(await prompt.textContent(), '内容已更新，刷新×');
    assert.equal(await page.textContent('h1'), oldTitle, 'nothing changes before the rep asks');
    assert.deepEqual(await search(page, 'ZX42'), [], 'the old pages search the old index');

    await prompt.getByRole('button', { name: '刷新', exact: true }).click();
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, newTitle);
    await other.waitForFunction((title) => document.querySelector('h1')?.textContent === title, newTitle);
    assert.deepEqual(await search(page, 'ZX42'), [new URL(url('objections/price/', server.url)).pathname], 'the new pages search the new index');
    assert.equal(await page.getByRole('status').filter({ hasText: '内容已更新' }).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
