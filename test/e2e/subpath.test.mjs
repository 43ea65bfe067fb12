/**
 * The build made with BASE_PATH=/playbook/ (SUBPATH_URL), as a host serving it under that
 * sub-path meets it: every link and every request stays under /playbook/, and search, ticks
 * and share links work there. Requests outside the base get the server's 404, so a stray
 * root-relative URL fails here even where the root build would hide it.
 */
import { after, before, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { launch, openPage, SUBPATH_SITE, url } from './support/browser.mjs';
import { copiedBy } from './support/clipboard.mjs';

const base = new URL(SUBPATH_SITE);
const at = (path) => url(path, SUBPATH_SITE);
let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Opens a page in `session`, returning the URLs it requested that are not under the base. */
async function visit({ page }, path) {
  const outside = [];
  const onRequest = (request) => {
    const target = new URL(request.url());
    if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) outside.push(request.url());
  };
  page.on('request', onRequest);
  const response = await page.goto(at(path), { waitUntil: 'networkidle' });
  page.off('request', onRequest);
  return { status: response.status(), outside };
}

test('every internal link on the main page types resolves under /playbook/', async () => {
  const session = await openPage(browser);
  const checked = new Map();
  for (const path of ['', 'objections/price/', 'playbooks/six-steps/during-visit/', 'checklists/', 'prepare/', 'no-such-page/']) {
    if (path === 'no-such-page/') assert.deepEqual(session.errors, [], 'console errors on the pages before the 404');
    const { outside } = await visit(session, path);
    assert.deepEqual(outside, [], `/${path} requested files outside the base`);
    const hrefs = await session.page.locator('a[href]:not([href^="#"])').evaluateAll((links) => links.map((a) => a.href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== base.origin) continue;
      target.hash = '';
      assert.ok(target.pathname.startsWith(base.pathname), `/${path} links to ${target.pathname}, outside the base`);
      if (!checked.has(target.href)) checked.set(target.href, (await session.page.request.head(target.href)).status());
    }
  }
  const broken = [...checked].filter(([, status]) => status !== 200);
  assert.deepEqual(broken, []);
  assert.ok(checked.size > 50, `only ${checked.size} links checked`);
  // The 404 page's own status is the one console error allowed; a missing asset would add more.
  assert.equal(session.errors.length, 1, session.errors.join('\n'));
  await session.context.close();
});

test('a search from the header finds pages under the base and opens one', async () => {
  const session = await openPage(browser);
  await visit(session, 'guides/');
  const { page } = session;
  const outside = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith(base.pathname)) outside.push(request.url());
  });
  await page.getByRole('link', { name: /搜索/ }).first().click();
  await page.getByRole('combobox').fill('返利');
  const first = page.getByRole('option').first();
  await first.waitFor();
  assert.ok(new URL(await first.getAttribute('href'), base).pathname.startsWith(`${base.pathname}objections/`));
  await first.click();
  await page.waitForURL((u) => u.pathname.startsWith(`${base.pathname}objections/`));
  assert.deepEqual(outside, []);
  assert.deepEqual(session.errors, []);
  await session.context.close();
});

test('a tick on /playbook/prepare/ survives a reload and its share link opens there', async () => {
  const session = await openPage(browser, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  const { page } = session;
  await visit(session, 'prepare/');
  await page.getByLabel('客户', { exact: true }).fill('子路径五金');
  const box = page.locator('[data-checklists] input[type=checkbox]').nth(1);
  await box.check();
  await page.reload();
  assert.equal(await box.isChecked(), true);
  const link = await copiedBy(page, () => page.getByRole('button', { name: '复制分享链接' }).click());
  assert.ok(link.startsWith(`${base.href}prepare/#v=`), link);
  assert.deepEqual(session.errors, []);
  await session.context.close();

  const fresh = await openPage(browser);
  await fresh.page.goto(link);
  assert.match(await fresh.page.getByRole('alert').textContent(), /已打开分享的拜访准备：子路径五金/);
  assert.equal(await fresh.page.locator('[data-checklists] input[type=checkbox]').nth(1).isChecked(), true);
  await fresh.context.close();
});

test('an old channel-type address of a page that became a guide redirects inside the base', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(at('channels/sales-forms/'));
  await page.waitForURL(new RegExp(`^${base.href}guides/sales-forms/$`));
  await context.close();
});
