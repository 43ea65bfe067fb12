/**
 * Accessibility audits in Chromium: axe-core over every page type in the light and the dark
 * theme (colour contrast included), the search dialog with results open, then what axe cannot
 * judge: the skip link, a visible focus ring on every stop of the keyboard path, the language.
 */
import { after, before, describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { launch, openPage, url } from './support/browser.mjs';
import { axeViolations, openAxePage } from './support/axe.mjs';
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
  before(async () => (session = await openAxePage(browser)));
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
  // The rules read table structure only, so each page's tables are checked inside one page
  // instead of loading every page: a second, not eighty page loads.
  test('every page with a table', async () => {
    const dist = process.env.E2E_OUTDIR ?? 'dist';
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
      .map((f) => ({ file: f, html: readFileSync(path.join(dist, f), 'utf8') }))
      .filter(({ html }) => html.includes('<table'));
    assert.ok(pages.length >= 3, `pages with tables: ${pages.length}`);
    const rules = ['empty-table-header', 'th-has-data-cells', 'td-headers-attr', 'table-duplicate-name', 'scope-attr-valid'];
    const { page } = session;
    await page.goto(url('404.html'));
    const found = await page.evaluate(
      async ({ pages, rules }) => {
        const out = {};
        const main = document.querySelector('main');
        for (const { file, html } of pages) {
          const tables = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('main table');
          main.replaceChildren(...[...tables].map((t) => document.adoptNode(t)));
          const { violations } = await window.axe.run(main, { resultTypes: ['violations'], runOnly: { type: 'rule', values: rules } });
          out[file] = { tables: tables.length, violations: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`) };
        }
        return out;
      },
      { pages, rules },
    );
    for (const { file } of pages) {
      assert.ok(found[file].tables > 0, `${file}: its table was not read`);
      assert.deepEqual(found[file].violations, [], file);
    }
  });

  // /choose/ is empty until a rep adds candidates: audited with two scored, their forms, verdicts and table.
  test('/choose/ comparing two candidates', async () => {
    const { page } = session;
    await page.goto(url('choose/'));
    await page.evaluate(() => {
      const candidate = (id, name, answers) => ({ id, name, answers, evidence: { 'pays-on-time': '问了两家上游' } });
      const candidates = [
        candidate('a', '城东大户', { network: 'not', 'pays-on-time': 'met' }),
        candidate('b', '城西老李', { network: 'met', scale: 'partly' }),
      ];
      localStorage.setItem('channel-playbook:choose', JSON.stringify({ version: 1, market: 'catering', candidates }));
    });
    await page.reload();
    await page.locator('[data-compare-rows] tr').nth(1).waitFor();
    await assertAccessible(page);
    await page.evaluate(() => localStorage.removeItem('channel-playbook:choose'));
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

  for (const [path, mustReach] of [
    ['objections/price/', 'a[href*="/playbooks/"]'],
    ['prepare/', 'input[type="checkbox"]'],
  ]) {
    test(`every focus stop on /${path} shows a focus ring, down to ${mustReach}`, async () => {
      const { page, context } = await openPage(browser, { width: 390, height: 844 });
      await page.goto(url(path));
      // Each stop is marked on the element itself, so two empty inputs are two stops and the walk
      // ends only when focus comes back round to an element it has visited.
      const stops = [];
      for (let i = 0; i < 120; i += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate((mustReach) => {
          const el = document.activeElement;
          if (!el || el === document.body) return undefined;
          // A date input takes several Tabs (day, month, year) without losing focus: one stop.
          const last = document.querySelector('[data-focus-last]');
          last?.removeAttribute('data-focus-last');
          el.setAttribute('data-focus-last', '');
          if (last === el) return { same: true };
          const again = el.hasAttribute('data-focus-walk');
          el.setAttribute('data-focus-walk', '');
          const style = getComputedStyle(el);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.getAttribute('type') || '';
          return { again, ring, target: el.matches(mustReach), key: `${el.tagName} ${name.trim().slice(0, 30)}` };
        }, mustReach);
        if (stop?.same) continue;
        if (!stop || stop.again) break;
        stops.push(stop);
        assert.ok(stop.ring, `no visible focus ring on ${stop.key}`);
      }
      assert.ok(stops.length >= 5, `only ${stops.length} focus stops reached`);
      assert.ok(
        stops.some((s) => s.target),
        `the walk never reached ${mustReach} (${stops.length} stops: ${stops.map((s) => s.key).join(' · ')})`,
      );
      await context.close();
    });
  }
});
