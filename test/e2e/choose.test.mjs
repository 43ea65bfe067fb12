/**
 * Choosing a dealer as a rep does it on a 390 px phone: the market first, three candidates
 * scored, the big one failing a key point is not chosen whatever his share, the comparison
 * survives a reload and prints on one A4 page with its evidence, reaches the manager by a link
 * and another phone by a file (merged into what is there, never over it), and a corrupted store
 * is recovered with a message.
 */
import { after, before, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, openPage, url } from './support/browser.mjs';
import { stubShareSheet } from './support/share-sheet.mjs';

const KEY = 'channel-playbook:choose';
const phone = { width: 390, height: 844, context: { viewport: { width: 390, height: 844 }, hasTouch: true } };
let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

/** Sets every standard of a candidate's card to `answer`, then the exceptions. */
async function score(page, name, answer, exceptions = {}) {
  const card = page.getByRole('region', { name: `候选：${name}` });
  const groups = card.locator('fieldset');
  for (let i = 0; i < (await groups.count()); i += 1) {
    const group = groups.nth(i);
    const legend = await group.locator('legend').textContent();
    const wanted = Object.entries(exceptions).find(([text]) => legend.includes(text))?.[1] ?? answer;
    await group.getByText(wanted, { exact: true }).click();
  }
  return card;
}

async function addCandidate(page, name) {
  await page.getByPlaceholder(/加一家候选/).fill(name);
  await page.getByRole('button', { name: '加候选' }).click();
  await page.getByRole('region', { name: `候选：${name}` }).waitFor();
}

test('three candidates: the biggest fails a key point and is not chosen; reload keeps all; one A4 page', async () => {
  const { page, context, errors } = await openPage(browser, phone);
  await stubShareSheet(context);
  // Opened from the dealer playbook's 确定对象 stage (and the channel and checklist pages the rule lists).
  await page.goto(url('playbooks/dealer/choose-target/'));
  await page.getByRole('link', { name: /选经销商：给候选经销商逐项打分/ }).click();
  await page.waitForURL(/\/choose\/$/);
  await page.getByText('KA 和渠道都不集中、市场分散？', { exact: false }).click();
  await addCandidate(page, '城东大户');
  await addCandidate(page, '城西老李');
  await addCandidate(page, '县城新店');

  const big = await score(page, '城东大户', '符合', { 配送能力: '不符合' });
  assert.match(await big.textContent(), /关键点不一致，不选/);
  assert.match(await big.textContent(), /契合度 9\d%/, 'a high share all the same');
  const fit = await score(page, '城西老李', '符合', { 一定规模: '部分符合', 市场影响力: '不符合' });
  assert.match(await fit.textContent(), /可以选定，其余靠培养/);
  await fit.getByLabel('依据：核实他是否及时回款').fill('问了两家上游：回款及时');
  await fit.getByLabel('依据：核实他是否及时回款').blur();
  const open = page.getByRole('region', { name: '候选：县城新店' });
  assert.match(await open.textContent(), /还有 12 项不清楚，先调查/);

  const rows = page.locator('[data-compare-rows] tr');
  assert.equal(await rows.count(), 3);
  assert.deepEqual(
    (await rows.locator('td:last-child').allTextContents()).map((t) => t.trim()),
    ['关键点不一致，不选', '可以选定，其余靠培养', '还有 12 项不清楚，先调查'],
  );
  // The table is stacked on a phone: nothing wider than the screen.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling');

  // The unknowns of the open candidate become a visit to prepare, next to the visits saved there.
  await open.getByRole('link', { name: '准备一次拜访，核实这 12 项' }).click();
  await page.waitForURL(/\/prepare\//);
  assert.match(await page.getByRole('alert').textContent(), /已打开分享的拜访准备：县城新店/);
  assert.equal(await page.getByLabel('客户', { exact: true }).inputValue(), '县城新店');
  assert.equal(await page.locator('[data-checklists] li', { hasText: '核实：核实他是否及时回款' }).count(), 1);
  await page.goto(url('choose/'));
  assert.equal(await page.locator('[data-compare-rows] tr').count(), 3);
  await page.reload();
  assert.equal(await page.locator('[data-compare-rows] tr').count(), 3);
  assert.equal(await page.getByRole('region', { name: '候选：城西老李' }).getByLabel('依据：核实他是否及时回款').inputValue(), '问了两家上游：回款及时');
  assert.equal(await page.locator('input[name="market"][value="scattered"]').isChecked(), true);

  const dir = mkdtempSync(path.join(tmpdir(), 'choose-pdf-'));
  const pdf = path.join(dir, 'choose.pdf');
  await page.emulateMedia({ media: 'print' });
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.equal(pages, 1, `printed on ${pages} pages`);
  for (const words of ['城东大户', '关键点不一致，不选', '可以选定，其余靠培养']) assert.match(text, new RegExp(words));
  // The evidence is on paper too, under its candidate's verdict.
  assert.match(text.replace(/\s+/g, ''), /【符合】核实他是否及时回款：问了两家上游：回款及时/);
  assert.doesNotMatch(text, /加候选|删除|发给经理/);
  await page.emulateMedia({ media: 'screen' });

  // 发给经理: a link that opens the same comparison on the manager's phone, next to what he has.
  await page.getByRole('button', { name: '发给经理' }).click();
  const [shared] = await page.evaluate(() => window.__shared);
  assert.match(shared.title, /比较 3 家候选/);
  assert.match(shared.url, /\/choose\/#c=[\w-]+$/);
  assert.deepEqual(errors, []);
  await context.close();

  const manager = await openPage(browser, phone);
  await manager.page.goto(url('choose/'));
  await addCandidate(manager.page, '经理自己看的一家');
  await manager.page.goto(shared.url);
  assert.match(await manager.page.getByRole('alert').textContent(), /打开了分享的比较：新增 3 家：城东大户、城西老李、县城新店/);
  assert.doesNotMatch(manager.page.url(), /#c=/, 'the link is not left in the address to be merged again');
  assert.deepEqual(
    (await manager.page.locator('[data-compare-rows] tr td:first-child').allTextContents()).map((t) => t.trim()),
    ['经理自己看的一家', '城东大户', '城西老李', '县城新店'],
  );
  assert.match(await manager.page.locator('[data-compare-rows] tr').nth(1).textContent(), /关键点不一致，不选/);
  assert.equal(
    await manager.page.getByRole('region', { name: '候选：城西老李' }).getByLabel('依据：核实他是否及时回款').inputValue(),
    '问了两家上游：回款及时',
  );
  // A link cut short in a chat is refused with a message; the comparison stays.
  await manager.page.goto(url(''));
  await manager.page.goto(shared.url.slice(0, -20));
  assert.match(await manager.page.getByRole('alert').textContent(), /不完整或被改动过/);
  assert.equal(await manager.page.locator('[data-compare-rows] tr').count(), 4);
  assert.deepEqual(manager.errors, []);
  await manager.context.close();
});

test('export to a file, import on another phone: added to what is there, never over it', async () => {
  const rep = await openPage(browser, { ...phone, context: { ...phone.context, acceptDownloads: true } });
  await rep.page.goto(url('choose/'));
  await addCandidate(rep.page, '城北周总');
  await score(rep.page, '城北周总', '符合');
  await rep.page.getByText(/导出、导入比较/).click();
  const [download] = await Promise.all([rep.page.waitForEvent('download'), rep.page.getByRole('button', { name: '导出比较' }).click()]);
  assert.match(download.suggestedFilename(), /^选经销商-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'choose-file-')), download.suggestedFilename());
  await download.saveAs(file);
  await rep.context.close();

  const other = await openPage(browser, phone);
  await other.page.goto(url('choose/'));
  await addCandidate(other.page, '这台手机上的');
  await other.page.getByText(/导出、导入比较/).click();
  await other.page.locator('[data-import]').setInputFiles(file);
  await other.page.getByRole('alert').filter({ hasText: '已导入' }).waitFor();
  assert.match(await other.page.getByRole('alert').textContent(), /新增 1 家：城北周总/);
  assert.equal(await other.page.locator('[data-compare-rows] tr').count(), 2);
  // The same file again changes nothing; a file that is not a comparison is refused.
  await other.page.locator('[data-import]').setInputFiles(file);
  await other.page.getByRole('alert').filter({ hasText: '没有变化' }).waitFor();
  await other.page
    .locator('[data-import]')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"channel-playbook/practice"}') });
  await other.page.getByRole('alert').filter({ hasText: '不是本手册导出的经销商比较' }).waitFor();
  await other.page.reload();
  assert.equal(await other.page.locator('[data-compare-rows] tr').count(), 2);
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test('from /prepare/, a dealer visit offers its customer as a candidate', async () => {
  const { page, context, errors } = await openPage(browser, phone);
  await page.goto(url('prepare/?channel=dealer'));
  await page.getByLabel('客户', { exact: true }).fill('城南张总');
  await page.getByLabel('客户', { exact: true }).blur();
  await page.getByRole('link', { name: /把“城南张总”和其他候选逐项打分比较/ }).click();
  await page.waitForURL(/\/choose\/\?candidate=/);
  assert.equal(await page.getByPlaceholder(/加一家候选/).inputValue(), '城南张总');
  await page.getByRole('button', { name: '加候选' }).click();
  await page.getByRole('region', { name: '候选：城南张总' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupted store is recovered with a message, and the page still works', async () => {
  const { page, context, errors } = await openPage(browser, { fresh: true });
  await context.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"candidates":[{"id":"a"');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto(url('choose/'));
  assert.match(await page.getByRole('alert').textContent(), /已损坏.*已重置/);
  await addCandidate(page, '新候选');
  await page.reload();
  assert.equal(await page.locator('[data-compare-rows] tr').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
