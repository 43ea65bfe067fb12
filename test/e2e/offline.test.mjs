/**
 * Works with no signal: one visit stores the core (objections, checklists, the tools, search) and
 * pages opened stay, at the root and under a sub-path; 保存全部以离线使用 stores the rest and 撤销
 * takes it back; a site too large for the first visit says what its search could not reach; the
 * site can be installed to the home screen; and a new build is offered with "内容已更新，刷新"
 * without ever mixing old pages and a new index, keeping the pages the rep had opened.
 */
import { after, before, describe, test } from './support/test.mjs';
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

/** Opens the first page and waits until its worker has stored the first visit's files and controls the page. */
async function firstVisit(base) {
  const visit = await openPage(browser, { width: 390, height: 844, context: { serviceWorkers: 'allow' } });
  // The sub-path build has the search log on: with no signal a search's log request fails (the
  // search works; its log line is lost), which Chromium reports as an error like any failed load.
  const lostLogs = [];
  visit.page.on('requestfailed', (request) => new URL(request.url()).pathname.endsWith('/search-log') && lostLogs.push(request.url()));
  await visit.page.goto(url('', base));
  const scope = await visit.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await visit.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { ...visit, scope, lostLogs };
}

/** `errors` less one "no connection" error for each log request lost offline: any other failed load still counts. */
function withoutLostLogs(errors, lostLogs) {
  const left = [...errors];
  for (const _ of lostLogs) {
    const at = left.indexOf('Failed to load resource: net::ERR_INTERNET_DISCONNECTED');
    if (at >= 0) left.splice(at, 1);
  }
  return left;
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

/**
 * Searches from the header dialog; returns the paths of the results (none when nothing matched),
 * with `note`: what the search says it could not reach with no signal ('' when nothing).
 */
async function search(page, query) {
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill(query);
  await page
    .getByRole('dialog')
    .getByRole('status')
    .filter({ hasText: /找到 \d+ 条结果|没有找到/ })
    .waitFor();
  const found = await page.getByRole('option').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  const note = page.getByRole('dialog').getByText(/没存到手机上/);
  found.note = (await note.count()) && (await note.isVisible()) ? await note.textContent() : '';
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

/** The precache's files (build-folder paths), as the page sees Cache Storage. */
const precached = (page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'));
    const scope = (await navigator.serviceWorker.ready).scope;
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(new URL(scope).pathname.length));
  });

/** Opens `path` offline and checks it is the stored page, styled, not the "not stored" page. */
async function assertStored(page, path, base) {
  const response = await page.goto(url(path, base));
  assert.equal(response.status(), 200, path);
  assert.ok(response.fromServiceWorker(), `${path} should come from the offline copy`);
  assert.doesNotMatch(await page.textContent('h1'), /没存到/, `${path} is stored`);
  // The stylesheet came along: the header is sticky only when the CSS is there.
  assert.equal(await page.getByRole('banner').evaluate((h) => getComputedStyle(h).position), 'sticky', path);
}

for (const [name, base] of [
  ['at the root', SITE],
  ['under a sub-path', SUBPATH_SITE],
]) {
  describe(`offline ${name}`, () => {
    test('one visit stores the core; pages opened stay; search, visit prep, practice and choosing work with no connection', async () => {
      const { page, context, errors, scope, lostLogs } = await firstVisit(base);
      assert.equal(scope, url('', base), 'the worker covers exactly the site, from its base path');
      await assertInstallable(page, context, base);
      const stored = await precached(page);
      for (const core of ['objections/price/index.html', 'checklists/pre-visit/index.html', 'prepare/index.html', 'practice/index.html', 'policies/index.html'])
        assert.ok(
          stored.some((f) => f.startsWith(core)),
          `${core} is stored on the first visit`,
        );
      assert.ok(!stored.some((f) => f.startsWith('guides/')), 'guides wait for 保存全部 or a visit');
      // A page read online is kept.
      await page.goto(url('guides/communication-techniques/', base));
      await context.setOffline(true);

      for (const path of ['objections/price/', 'checklists/pre-visit/', 'guides/communication-techniques/']) await assertStored(page, path, base);

      // A page neither stored nor opened says so, and offers to store everything.
      await page.goto(url('channels/dealer/', base));
      assert.match(await page.textContent('h1'), /没有网络，这一页还没存到这部手机上/);
      await page.getByRole('button', { name: /保存全部以离线使用（约 [\d.]+ MB）/ }).waitFor();

      const found = await search(page, '你们返利太低');
      assert.ok(found.includes(new URL(url('objections/rebate/', base)).pathname), `search offline found ${found.join(', ')}`);
      // Results on pages not stored are counted, not shown as links that would not open.
      const wide = await search(page, '经销商');
      assert.match(wide.note, /另有 \d+ 条结果的页面没存到手机上/);
      assert.ok(wide.length > 0, 'stored pages are still listed');
      assert.ok(!wide.some((p) => p.includes('/guides/channel-flows/')), 'a page not stored is not listed');

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
      assert.deepEqual(withoutLostLogs(errors, lostLogs), []);
      await context.close();
    });
  });
}

test('保存全部 shows its size, stores the rest with progress so every page works offline, and 撤销 takes it back', async () => {
  const { page, context, errors } = await firstVisit(SITE);
  const summary = await (await page.request.get(url('offline/summary.json', SITE))).json();
  const control = page.locator('offline-save');
  // Its script loads as it comes near the screen.
  await control.scrollIntoViewIfNeeded();
  await control.getByText(`其余 ${summary.pages} 页和完整的搜索索引`).waitFor();
  await control.getByRole('button', { name: /^保存全部以离线使用（约 [\d.]+ MB）$/ }).click();
  await control.getByText(/全部内容（约 [\d.]+ MB）已存到这部手机上/).waitFor({ timeout: 60_000 });
  assert.equal(await control.locator('progress').isHidden(), true);

  await context.setOffline(true);
  for (const path of ['channels/dealer/', 'guides/channel-flows/', 'playbooks/engineering/bidding/']) await assertStored(page, path, SITE);
  assert.equal((await search(page, '经销商')).note, '', 'with everything stored, nothing is out of reach');

  await page.goto(url('', SITE));
  await control.scrollIntoViewIfNeeded();
  await control.getByRole('button', { name: '撤销，删掉这些离线内容' }).click();
  await control.getByRole('button', { name: /保存全部以离线使用/ }).waitFor();
  await page.goto(url('channels/dealer/', SITE));
  assert.match(await page.textContent('h1'), /还没存到/, '撤销 removed what 保存全部 stored');
  // …but not what was there before it: the core, and pages the rep opened.
  await assertStored(page, 'objections/price/', SITE);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * A copy of the build, changed by `prepare` and served like the real host, so a test may rebuild
 * its worker or "deploy" a new build there and leave the shared builds alone.
 */
function servedCopy(name, prepare = async () => {}) {
  const copy = {};
  before(async () => {
    copy.dir = await mkdtemp(path.join(tmpdir(), `offline-${name}-`));
    await cp(path.resolve(process.env.E2E_OUTDIR ?? 'dist'), copy.dir, { recursive: true });
    await prepare(copy.dir);
    // Not `fixed`: a test may deploy a new build into it while it is served.
    copy.server = await startPreview({ outDir: copy.dir, base: '/', fixed: false });
  });
  after(async () => {
    copy.server?.stop();
    if (copy.dir) await rm(copy.dir, { recursive: true, force: true });
  });
  return copy;
}

describe('a site too large to store on the first visit', () => {
  // A budget the search index does not fit in, as at thousands of pages.
  const copy = servedCopy('large', (dir) => writeServiceWorker(dir, { budget: 400 * 1024 }));

  test('searching with no signal says the index is not all stored, and finds what searches online kept', async () => {
    const { page, context } = await firstVisit(copy.server.url);
    assert.ok(!(await precached(page)).some((f) => f.startsWith('pagefind/index/')), 'the index is left to 保存全部');
    // 保存全部 does not claim the whole core is stored when it is not.
    const control = page.locator('offline-save');
    await control.scrollIntoViewIfNeeded();
    await control.getByText(/^第一次打开时只存了常用内容的一部分/).waitFor();
    // Online, a search fetches and keeps the parts of the index it needs.
    assert.ok((await search(page, '返利')).length > 0);
    await context.setOffline(true);
    await page.goto(url('objections/price/', copy.server.url));
    assert.ok((await search(page, '返利')).length > 0, 'what a search online kept works offline');
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('工地项目招标');
    await page
      .getByRole('dialog')
      .getByText(/部分搜索索引没存到手机上/)
      .waitFor();
    await context.close();
  });
});

describe('a new build', () => {
  const copy = servedCopy('update');

  test('is offered back online with 内容已更新，刷新; 刷新 moves every tab, pages and index together, and keeps the pages opened', async () => {
    const { page, context, errors } = await firstVisit(copy.server.url);
    // A page outside the core, read before the update.
    await page.goto(url('guides/channel-flows/', copy.server.url));
    const other = await context.newPage();
    await other.goto(url('objections/price/', copy.server.url));
    const oldTitle = await other.textContent('h1');
    const newTitle = `${oldTitle}（ZX42 版）`;

    // A new build is deployed while the rep has no signal.
    await context.setOffline(true);
    await page.goto(url('objections/price/', copy.server.url));
    await deployChangedPage(copy.dir, 'objections/price/', '（ZX42 版）');

    // Back online, the next visit still shows the build the page started with, and offers the new one.
    await context.setOffline(false);
    await page.goto(url('objections/price/', copy.server.url));
    const prompt = page.getByRole('status').filter({ hasText: '内容已更新' });
    await prompt.waitFor();
    assert.equal(await prompt.textContent(), '内容已更新，刷新×');
    assert.equal(await page.textContent('h1'), oldTitle, 'nothing changes before the rep asks');
    assert.deepEqual([...(await search(page, 'ZX42'))], [], 'the old pages search the old index');

    await prompt.getByRole('button', { name: '刷新', exact: true }).click();
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, newTitle);
    await other.waitForFunction((title) => document.querySelector('h1')?.textContent === title, newTitle);
    assert.deepEqual([...(await search(page, 'ZX42'))], [new URL(url('objections/price/', copy.server.url)).pathname], 'the new pages search the new index');
    assert.equal(await page.getByRole('status').filter({ hasText: '内容已更新' }).count(), 0);

    // The new worker fetched again the page read before, so it is there with no signal.
    await page.waitForFunction(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('opened-'));
      return names.length === 1 && (await (await caches.open(names[0])).keys()).some((r) => r.url.endsWith('/guides/channel-flows/'));
    });
    await context.setOffline(true);
    await assertStored(page, 'guides/channel-flows/', copy.server.url);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
