/**
 * Visit prep as a rep uses it: tailor, tick, reload, survive corrupt or missing storage, share a
 * visit to a fresh phone, and print it on at most two A4 pages.
 */
import { after, before, describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, openPage, url } from './support/browser.mjs';
import { copiedBy } from './support/clipboard.mjs';
import { stubShareSheet } from './support/share-sheet.mjs';

const KEY = 'channel-playbook:visits';
let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function fillVisit(page) {
  await page.getByLabel('渠道类型').selectOption('distribution-type');
  await page.getByLabel('客户', { exact: true }).fill('华东五金批发');
  await page.getByLabel('联系人').fill('王经理');
  await page.getByLabel('这次拜访的目标').fill('约到老板，确认代理意向');
}

describe('visit prep', () => {
  test('a tick survives a reload, and the channel type tailors the list', async () => {
    const { page, errors, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(url('prepare/'));
    const before = await page.locator('[data-checklists] input[type=checkbox]').count();
    await fillVisit(page);
    const after = await page.locator('[data-checklists] input[type=checkbox]').count();
    assert.ok(after < before, `distribution-type hides other types' items (${before} → ${after})`);
    const first = page.locator('[data-checklists] input[type=checkbox]').first();
    await first.check();
    assert.match(await page.locator('[data-progress]').textContent(), /已准备 1 \//);
    await page.reload();
    assert.equal(await page.locator('[data-checklists] input[type=checkbox]').first().isChecked(), true);
    assert.equal(await page.getByLabel('客户', { exact: true }).inputValue(), '华东五金批发');
    assert.ok(await page.getByRole('heading', { name: '拜访简报' }).isVisible(), 'the brief appears for a chosen channel');
    // The policies this visit may touch, with the company's words or the unmistakable marker.
    await page.getByRole('heading', { name: '可能谈到的公司政策' }).waitFor();
    const policies = page.locator('.brief-policy');
    assert.ok((await policies.count()) >= 1);
    assert.match(await policies.first().textContent(), /：(以公司政策为准：尚未填写|.+)/);
    assert.match(await policies.first().locator('a').getAttribute('href'), /\/policies\/#[a-z-]+$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('notes and own items are shown as text, never as HTML', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('prepare/'));
    await page
      .getByRole('button', { name: /^添加备注/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: '备注', exact: true }).fill('<img src=x onerror="window.pwned=1">带样品');
    await page.getByRole('button', { name: '保存备注' }).click();
    await page.getByPlaceholder(/添加自己的一项/).fill('<b>带上次的报价单</b>');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    assert.equal(await page.locator('[data-checklists] img, [data-checklists] b').count(), 0);
    assert.ok(await page.getByText('备注：<img src=x onerror="window.pwned=1">带样品').isVisible());
    assert.ok(await page.getByText('<b>带上次的报价单</b>').isVisible());
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    await context.close();
  });

  test('corrupt saved state is reset with a message, not a blank page', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(url('prepare/'));
    await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"visits":[{"id":'), KEY);
    await page.reload();
    assert.match(await page.getByRole('alert').textContent(), /已损坏.*已重置/);
    assert.ok((await page.locator('[data-checklists] input[type=checkbox]').count()) > 10);
    await page.locator('[data-checklists] input[type=checkbox]').first().check();
    const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
    assert.equal(saved.version, 2);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('ticks saved under a renamed checklist move over; ticks on deleted items are named, their notes kept', async () => {
    const { page, errors, context } = await openPage(browser);
    // The built data with one rename added, as an editor's `formerIds: [visit-prep]` would write it.
    await page.route('**/prepare/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/"renamed":\{\}/, '"renamed":{"visit-prep":"pre-visit"}');
      await route.fulfill({ response, body: html });
    });
    await page.goto(url('prepare/'));
    const visit = {
      id: 'a1',
      channel: '',
      stage: '',
      customer: '老客户',
      contact: '',
      role: '',
      date: '',
      goal: '',
      updatedAt: 1,
      checked: ['visit-prep/research-size', 'gone-list/old-item'],
      notes: { 'gone-list/old-item': '记得问库存' },
      custom: [],
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ version: 2, activeId: 'a1', visits: [visit] })]);
    await page.reload();
    const message = await page.getByRole('alert').textContent();
    assert.match(message, /清单改了名，1 项/);
    assert.match(message, /gone-list\/old-item/);
    assert.equal(await page.locator('input[data-key="pre-visit/research-size"]').isChecked(), true);
    assert.ok(await page.getByText(/记得问库存（原清单项 gone-list\/old-item 已不在手册里）/).isVisible());
    const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
    assert.deepEqual(saved.visits[0].checked, ['pre-visit/research-size']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a page with storage disabled still works and says ticks will not be kept', async () => {
    const { page, errors, context } = await openPage(browser, { fresh: true });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto(url('prepare/'));
    await page.locator('[data-checklists] input[type=checkbox]').first().check();
    assert.match(await page.getByRole('alert').textContent(), /无法保存到本机/);
    assert.match(await page.locator('[data-progress]').textContent(), /已准备 1 \//);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('several visits are kept side by side: new, duplicate, switch, delete', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('prepare/'));
    await page.getByLabel('客户', { exact: true }).fill('甲公司');
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByLabel('客户', { exact: true }).fill('乙公司');
    await page.getByRole('button', { name: '复制', exact: true }).click();
    const select = page.getByLabel('已保存的拜访');
    assert.deepEqual(await select.locator('option').allTextContents(), ['甲公司', '乙公司', '乙公司（副本）']);
    await select.selectOption({ label: '甲公司' });
    assert.equal(await page.getByLabel('客户', { exact: true }).inputValue(), '甲公司');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: '删除' }).click();
    assert.deepEqual(await select.locator('option').allTextContents(), ['乙公司', '乙公司（副本）']);
    await context.close();
  });

  // Tests here share one page (support/browser.mjs): what one test saves must not reach the next.
  test('the shared test page starts each test with nothing saved', async () => {
    const first = await openPage(browser);
    await first.page.goto(url('prepare/'));
    await first.page.locator('[data-checklists] input[type=checkbox]').first().check();
    assert.ok(await first.page.evaluate((key) => localStorage.getItem(key), KEY));
    await first.context.close();
    const next = await openPage(browser, { width: 390, height: 844 });
    assert.equal(next.page, first.page, 'the same page, reused');
    await next.page.goto(url('prepare/'));
    assert.equal(await next.page.evaluate((key) => localStorage.getItem(key), KEY), null);
    assert.equal(await next.page.evaluate(() => innerWidth), 390);
    await next.context.close();
  });

  test('a share link opens the same visit on a fresh profile; a tampered one explains itself', async () => {
    const { page, context } = await openPage(browser, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await page.goto(url('prepare/'));
    await fillVisit(page);
    await page.locator('[data-checklists] input[type=checkbox]').nth(1).check();
    const link = await copiedBy(page, () => page.getByRole('button', { name: '复制分享链接' }).click());
    assert.match(link, /\/prepare\/#v=[A-Za-z0-9_-]+$/);
    await context.close();

    const fresh = await openPage(browser, { width: 390, height: 844 });
    await fresh.page.goto(link);
    assert.match(await fresh.page.getByRole('alert').textContent(), /已打开分享的拜访准备：华东五金批发/);
    assert.equal(await fresh.page.getByLabel('客户', { exact: true }).inputValue(), '华东五金批发');
    assert.equal(await fresh.page.getByLabel('渠道类型').inputValue(), 'distribution-type');
    assert.equal(await fresh.page.locator('[data-checklists] input[type=checkbox]').nth(1).isChecked(), true);
    await fresh.page.goto(link.replace(/#v=(.{20})./, '#v=$1A'));
    await fresh.page.reload();
    assert.match(await fresh.page.getByRole('alert').textContent(), /不完整或被改动过/);
    await fresh.context.close();
  });

  test('prints a typical visit on at most two A4 pages, ticks and notes included', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('prepare/'));
    await fillVisit(page);
    const boxes = page.locator('[data-checklists] input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    const firstItem = (await page.locator('[data-checklists] .check-item').first().textContent())
      .replace(/备注.*$/, '')
      .trim()
      .slice(0, 6);
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-pdf-'));
    const pdf = path.join(dir, 'visit.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.ok(pages <= 2, `printed on ${pages} pages`);
    assert.match(text, /华东五金批发/);
    assert.match(text, /拜访简报/);
    assert.ok(text.replace(/\s/g, '').includes(firstItem.replace(/\s/g, '')), `item text “${firstItem}” is in the PDF`);
    assert.doesNotMatch(text, /复制分享链接|已保存的拜访|网站导航/);
    await context.close();
  });

  test('without JavaScript the page is a readable, printable checklist', async () => {
    const { page, context } = await openPage(browser, { context: { javaScriptEnabled: false } });
    await page.goto(url('prepare/'));
    assert.ok((await page.locator('[data-checklists] input[type=checkbox]').count()) > 10);
    assert.equal(await page.getByRole('button', { name: '复制分享链接' }).isVisible(), false);
    await context.close();
  });
});

describe('blank checklists', () => {
  test('every checklist page prints as a blank list without navigation', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('checklists/delivery-flow/'));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: '网站导航' }).isVisible(), false);
    assert.ok((await page.locator('main input[type=checkbox]').count()) >= 9);
    assert.equal(await page.locator('main input[type=checkbox]:checked').count(), 0);
    await context.close();
  });
});

describe('nothing a rep saved is lost', () => {
  /** Ticks the checklist item whose key is `key` in `page`. */
  const tick = (page, key) => page.locator(`[data-checklists] input[data-key="${key}"]`).check();
  const ticked = (page) => page.locator('[data-checklists] input[type=checkbox]:checked').evaluateAll((boxes) => boxes.map((b) => b.dataset.key).sort());
  const noteOn = async (page, key, text) => {
    await page.locator(`[data-checklists] button[data-note="${key}"]`).click();
    await page.getByRole('textbox', { name: '备注' }).fill(text);
    await page.getByRole('button', { name: '保存备注' }).click();
  };

  test('two tabs each tick items and add notes; a third shows all of them, and the two show each other’s without a reload', async () => {
    const { page: first, context } = await openPage(browser, { fresh: true });
    await first.goto(url('prepare/'));
    const keys = await first.locator('[data-checklists] input[type=checkbox]').evaluateAll((boxes) => boxes.slice(0, 4).map((b) => b.dataset.key));
    const second = await context.newPage();
    await second.goto(url('prepare/'));
    await tick(first, keys[0]);
    await tick(first, keys[1]);
    await noteOn(first, keys[0], '第一个标签页的备注');
    await tick(second, keys[2]);
    await noteOn(second, keys[3], '第二个标签页的备注');
    const all = [keys[0], keys[1], keys[2]].sort();
    // The other tab redraws on the storage event, without a reload.
    await first.waitForFunction((n) => document.querySelectorAll('[data-checklists] input:checked').length === n, 3);
    assert.deepEqual(await ticked(first), all);
    assert.deepEqual(await ticked(second), all);
    assert.match(await first.locator('[data-checklists]').textContent(), /第二个标签页的备注/);
    assert.match(await second.locator('[data-checklists]').textContent(), /第一个标签页的备注/);
    const third = await context.newPage();
    await third.goto(url('prepare/'));
    assert.deepEqual(await ticked(third), all);
    const text = await third.locator('[data-checklists]').textContent();
    assert.match(text, /第一个标签页的备注/);
    assert.match(text, /第二个标签页的备注/);
    await context.close();
  });

  test('an untick in one tab is not undone by a change in another; each tab keeps showing its own visit', async () => {
    const { page: first, context } = await openPage(browser, { fresh: true });
    await first.goto(url('prepare/'));
    const key = await first.locator('[data-checklists] input[type=checkbox]').first().getAttribute('data-key');
    await tick(first, key);
    const second = await context.newPage();
    await second.goto(url('prepare/'));
    await first.locator(`[data-checklists] input[data-key="${key}"]`).uncheck();
    await second.getByLabel('客户', { exact: true }).fill('华东五金批发');
    await second.waitForFunction(() => document.querySelectorAll('[data-checklists] input:checked').length === 0);
    const third = await context.newPage();
    await third.goto(url('prepare/'));
    assert.deepEqual(await ticked(third), []);
    assert.equal(await third.getByLabel('客户', { exact: true }).inputValue(), '华东五金批发');
    // A new visit in one tab does not switch the other tab away from the one it shows.
    await first.getByRole('button', { name: '新建' }).click();
    await second.waitForFunction(() => document.querySelectorAll('[data-visit-select] option').length === 2);
    assert.equal(await second.getByLabel('客户', { exact: true }).inputValue(), '华东五金批发');
    await context.close();
  });

  test('a visit opened from a share link joins the visits already saved, never over them', async () => {
    const { page, context } = await openPage(browser, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await page.goto(url('prepare/'));
    await page.getByLabel('客户', { exact: true }).fill('本机的客户');
    const link = await copiedBy(page, () => page.getByRole('button', { name: '复制分享链接' }).click());
    await page.getByLabel('客户', { exact: true }).fill('本机的客户（改过）');
    await page.goto(link);
    await page.reload();
    const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
    assert.deepEqual(saved.visits.map((v) => v.customer).sort(), ['本机的客户', '本机的客户（改过）']);
    await context.close();
  });

  test('where the phone has a share sheet, 发给同事 opens it with the visit’s link; closing it says nothing', async () => {
    const { page, context } = await openPage(browser, { fresh: true });
    await stubShareSheet(context);
    await page.goto(url('prepare/'));
    await page.getByLabel('客户', { exact: true }).fill('华东五金批发');
    await page.getByRole('button', { name: '发给同事' }).click();
    const [shared] = await page.evaluate(() => window.__shared);
    assert.equal(shared.title, '拜访准备：华东五金批发');
    assert.match(shared.url, /\/prepare\/#v=[A-Za-z0-9_-]+$/);
    await page.evaluate(() => (window.__cancel = true));
    await page.getByRole('button', { name: '发给同事' }).click();
    assert.equal(await page.locator('[data-message]').textContent(), '');
    await context.close();
  });

  test('a passing status such as 分享链接已复制 is not printed on the brief', async () => {
    const { page, context } = await openPage(browser, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await page.goto(url('prepare/'));
    await copiedBy(page, () => page.getByRole('button', { name: '复制分享链接' }).click());
    assert.match(await page.getByRole('alert').textContent(), /分享链接已复制/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('alert').isVisible(), false);
    await context.close();
  });

  test('a full storage is said once, the page goes on, and what was stored stays as it was', async () => {
    const { page, errors, context } = await openPage(browser, { fresh: true });
    await page.goto(url('prepare/'));
    const [a, b] = await page.locator('[data-checklists] input[type=checkbox]').evaluateAll((boxes) => boxes.slice(0, 2).map((x) => x.dataset.key));
    await tick(page, a);
    const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await tick(page, b);
    const message = await page.getByRole('alert').textContent();
    assert.match(message, /无法保存到本机.*已经存下的准备不受影响/);
    await page.getByLabel('客户', { exact: true }).fill('华东五金批发');
    assert.equal(await page.getByRole('alert').textContent(), message, 'said once, not again on every change');
    assert.deepEqual(await ticked(page), [a, b].sort());
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), stored);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
