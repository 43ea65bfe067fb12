/**
 * Accessibility audits in Chromium: axe-core over every page type in the light and the dark
 * theme (colour contrast included), the search dialog with results open, then what axe cannot
 * judge: the skip link, a visible focus ring on every stop of the keyboard path, the language.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, url } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';
import { pageTypes } from './support/page-types.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

// Every rule in the light theme; the dark theme changes only colours, so it reruns those rules.
const darkRules = ['color-contrast', 'link-in-text-block'];

async function assertAccessible(page) {
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(await axeViolations(page), [], 'light theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeViolations(page, { rules: darkRules }), [], 'dark theme');
}

describe('axe finds no violations in the light and dark themes', () => {
  let session;
  before(async () => (session = await openPage(browser, { context: { bypassCSP: true } })));
  after(async () => session?.context.close());

  for (const [name, path] of Object.entries(pageTypes)) {
    test(name, async () => {
      await session.page.goto(url(path));
      assert.equal(await session.page.getAttribute('html', 'lang'), 'zh-CN');
      await assertAccessible(session.page);
    });
  }

  // Tables live in MDX bodies, not in a page type: every built page that has one passes axe's
  // table rules (an empty corner cell `| | A | B |` is an empty header, axe empty-table-header).
  test('every page with a table', async () => {
    const dist = process.env.E2E_OUTDIR ?? 'dist';
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
      .filter((f) => readFileSync(path.join(dist, f), 'utf8').includes('<table'));
    assert.ok(pages.length >= 3, `pages with tables: ${pages.length}`);
    const rules = ['empty-table-header', 'th-has-data-cells', 'td-headers-attr', 'table-duplicate-name', 'scope-attr-valid'];
    for (const file of pages) {
      await session.page.goto(url(file.replace(/index\.html$/, '')));
      assert.deepEqual(await axeViolations(session.page, { rules }), [], file);
    }
  });

  test('the search dialog showing results', async () => {
    const { page } = session;
    await page.goto(url('objections/'));
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('返利');
    await page.getByRole('option').first().waitFor();
    await assertAccessible(page);
  });
});

describe('keyboard', () => {
  test('the first Tab shows a skip link that moves focus past the header and navigation', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('objections/price/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    assert.equal(await skip.evaluate((a) => a === document.activeElement), true);
    const box = await skip.boundingBox();
    assert.ok(box && box.width > 20 && box.height > 10 && box.y >= 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))), true);
    await context.close();
  });

  for (const path of ['objections/price/', 'prepare/']) {
    test(`every focus stop on /${path} shows a focus ring`, async () => {
      const { page, context } = await openPage(browser, { width: 390, height: 844 });
      await page.goto(url(path));
      const seen = new Set();
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { key: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, ring: ring || style.boxShadow !== 'none' };
        });
        if (!stop || seen.has(stop.key)) break;
        seen.add(stop.key);
        assert.ok(stop.ring, `no visible focus ring on ${stop.key}`);
      }
      assert.ok(seen.size >= 5, `only ${seen.size} focus stops reached`);
      await context.close();
    });
  }
});
