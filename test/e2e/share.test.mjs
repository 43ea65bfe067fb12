/**
 * 复制 and 发给同事 on content pages, as on a phone: with a share sheet (navigator.share, stubbed
 * here: headless Chromium has none) and without one, where the clipboard stands in. A copied 话术
 * is plain text ready for a chat, and a policy the company has not filled in stays a visible gap.
 */
import { after, before, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { launch, openPage, url } from './support/browser.mjs';
import { stubShareSheet } from './support/share-sheet.mjs';
import { copiedBy } from './support/clipboard.mjs';

let browser;
before(async () => (browser = await launch()));
after(() => browser?.close());

const clipboard = { context: { permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } };

/** The first 话术 on the price objection page whose words cite a policy not yet filled in. */
const sayWithGap = (page) => page.locator('figure.say', { has: page.locator('.policy-unset') }).first();

test('复制 puts a 话术 on the clipboard as plain text, gaps marked, and says so in a passing note', async () => {
  const { page, context, errors } = await openPage(browser, clipboard);
  await page.goto(url('objections/price/'));
  const say = sayWithGap(page);
  const gaps = await say.locator('.policy-unset').allTextContents();
  const copied = await copiedBy(page, () => say.getByRole('button', { name: /^复制话术/ }).click());
  const words = (await say.locator('blockquote').textContent()).replace(/\s+/g, '');
  for (const gap of gaps) assert.ok(copied.includes(`【待公司确定：${gap}】`), `the gap ${gap} stays a gap in «${copied}»`);
  assert.equal(copied.replace(/【待公司确定：([^】]*)】/g, '$1').replace(/\s+/g, ''), words, 'the words, and nothing else');
  assert.doesNotMatch(copied, /复制|发给同事|💬/);
  const toast = page.getByRole('status').filter({ hasText: '话术已复制' });
  assert.equal(await toast.isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await toast.isVisible(), false, 'a passing note is never printed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a share sheet, 发给同事 copies the words or the page with its link', async () => {
  const { page, context } = await openPage(browser, clipboard);
  await page.goto(url('objections/price/'));
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined');
  const say = await copiedBy(page, () =>
    sayWithGap(page)
      .getByRole('button', { name: /^把话术发给同事/ })
      .click(),
  );
  assert.match(say, /\n——价格异议\nhttp:\/\/[^\s]+\/objections\/price\/$/);
  const pageText = await copiedBy(page, () => page.locator('[data-share-page]').click());
  assert.match(pageText, /^价格异议：客户嫌价格太高/);
  assert.match(pageText, /\/objections\/price\/$/);
  assert.equal(await page.getByRole('status').filter({ hasText: '已复制，可以粘贴发给同事' }).isVisible(), true);
  await context.close();
});

test('with a share sheet, 发给同事 opens it for the page or for one 话术; closing it says nothing', async () => {
  const { page, context } = await openPage(browser, clipboard);
  await stubShareSheet(context);
  await page.goto(url('objections/price/'));
  await page.locator('[data-share-page]').click();
  await page.waitForFunction(() => window.__shared.length === 1);
  await sayWithGap(page)
    .getByRole('button', { name: /^把话术发给同事/ })
    .click();
  await page.waitForFunction(() => window.__shared.length === 2);
  const [whole, one] = await page.evaluate(() => window.__shared);
  assert.equal(whole.title, '价格异议');
  assert.match(whole.text, /^客户嫌价格太高/);
  assert.match(whole.url, /\/objections\/price\/$/);
  assert.equal(one.title, '话术 · 价格异议');
  assert.match(one.text, /【待公司确定：[^】]+】[\s\S]*\n——价格异议$/);
  await page.evaluate(() => (window.__cancel = true));
  await page.locator('[data-share-page]').click();
  await page.waitForFunction(() => window.__shared.length === 3);
  assert.equal(await page.getByRole('status').count(), 0, 'nothing said: the rep saw the sheet');
  await context.close();
});
