/**
 * Search as a rep uses it: the quality set against the built index, then the island by keyboard
 * and on a phone, the /search/?q= link, and the promise that content pages load no search code
 * until search is opened.
 */
import { after, before, describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { launch, openPage, url, SITE } from './support/browser.mjs';
import { formatScore, loadSet, runQueries, score } from '../search/quality.mjs';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fieldTerms, pagesContaining, searchAll } from '../search/recall.mjs';
import { tuning } from '../../src/lib/search/tuning.ts';

/** Results per page of the list (lib/search/tuning.ts). */
const PAGE = tuning.pageSize;

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

// `test` and `keywords` hold the bars (test: hit@1 80 %, hit@3 95 %; keywords: no worse
// than the first release). Measured through the UI: test 83.5 % / 97.5 %, keywords 94.6 % / 100 %.
// `source-test`, written apart from the source alone and never tuned on, holds today's figures as
// a floor (75.4 % / 90.8 %; the bar of 80 % / 95 % is not reached): its misses are never
// printed, so nobody tunes on them.
// `dev`, the set the ranking is tuned on, is measured by `npm run bench:search`, not here: a floor
// on the tuning set guards nothing the held-out set does not, and costs a minute and a half.
const bars = {
  test: { hit1: 0.8, hit3: 0.95 },
  keywords: { hit1: 0.875, hit3: 1 },
  'source-test': { hit1: 0.75, hit3: 0.9, unseen: true },
};

describe('search quality', () => {
  for (const [name, bar] of Object.entries(bars)) {
    test(`${name} set: hit@1 ≥ ${bar.hit1 * 100}%, hit@3 ≥ ${bar.hit3 * 100}%, and every query finds something`, async () => {
      const queries = loadSet(name);
      const { page, errors, context } = await openPage(browser);
      const results = await runQueries(page, SITE, queries);
      const result = score(queries, results);
      const misses = bar.unseen ? '(misses not shown: a set only reported)' : result.misses.map((m) => `${m.q} → ${m.found.join(', ')}`).join('\n');
      console.log(formatScore(name, result));
      assert.ok(result.hit3 >= bar.hit3, `hit@3 ${result.hit3}\n${misses}`);
      assert.ok(result.hit1 >= bar.hit1, `hit@1 ${result.hit1}`);
      // Every query of every set holds a content word, so none may end with 没有找到.
      assert.deepEqual(
        queries.filter((_, i) => results[i].count === 0).map((q) => (bar.unseen ? '(a query)' : q.q)),
        [],
      );
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('every synonym and concept group leads somewhere: a page holds one of its words, and each typo finds results', async () => {
    const dist = process.env.E2E_OUTDIR ?? 'dist';
    const vocabulary = JSON.parse(gunzipSync(readFileSync(path.join(dist, 'search-vocabulary.json.gz'))).toString('utf8'));
    // A group's words are searched together, so one word on a page is enough for all of them.
    for (const group of vocabulary.synonyms) {
      assert.ok(
        group.some((term) => pagesContaining(dist, term).length > 0),
        `no page holds any of ${group.join('、')}`,
      );
    }
    // A concept group's page words are what it adds to a query: one of them must be on a page.
    for (const [says, means] of vocabulary.concepts) {
      assert.ok(
        means.some((term) => pagesContaining(dist, term).length > 0),
        `the concept of ${says.join('、')}: no page holds any of ${means.join('、')}`,
      );
    }
    // A typo is replaced before searching: each must still find pages through the UI.
    const { page, context } = await openPage(browser);
    const typos = Object.keys(vocabulary.typos).map((q) => ({ q }));
    const results = await runQueries(page, SITE, typos);
    assert.deepEqual(
      typos.filter((_, i) => results[i].count === 0).map((w) => w.q),
      [],
      'typos that find nothing',
    );
    // A typo finds what the right word finds.
    const [typo, right] = await runQueries(page, SITE, [{ q: '反利太低' }, { q: '返利太低' }]);
    assert.deepEqual(typo.links.slice(0, 3), right.links.slice(0, 3));
    await context.close();
  });

  test('a pinyin typo finds what the right word finds; the homophone table loads only for it', async () => {
    const { page, context } = await openPage(browser);
    const asked = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    const [right] = await runQueries(page, SITE, [{ q: '投标要准备什么' }]);
    assert.equal(asked.filter((u) => u.endsWith('/search-sounds.json')).length, 0, 'no table for a clean query');
    // 头标 (tóu biāo) stands in no page. 投表 no longer serves: Pagefind matches prefixes, and one
    // page has a word starting 投 right before one starting 表, so the pair counts as found.
    const [typo] = await runQueries(page, SITE, [{ q: '头标要准备什么' }]);
    assert.equal(asked.filter((u) => u.endsWith('/search-sounds.json')).length, 1);
    assert.equal(right.links[0], 'playbooks/engineering/bidding/', right.links.join(' '));
    assert.equal(typo.links[0], right.links[0], typo.links.join(' '));
    // A slip in a counted term, 五六 for 五流: numerals are not stopwords (stopwords.yaml keeps
    // them), so the pair reaches the homophone step instead of leaving only 渠道 to search.
    const [counted] = await runQueries(page, SITE, [{ q: '渠道五六是哪五个' }]);
    assert.ok(counted.links.slice(0, 3).includes('guides/channel-flows/'), counted.links.join(' '));
    await context.close();
  });

  test('"what comes next" lands on the following stage, and the result says whose next step it is', async () => {
    const { page, context } = await openPage(browser);
    const [next] = await runQueries(page, SITE, [{ q: '首期合作谈成了接下来呢' }]);
    assert.equal(next.links[0], 'playbooks/engineering/bidding/', next.links.join(' '));
    assert.match(await page.locator('[data-search-page] [role=option]').first().textContent(), /「首期合作达成共识」的下一步/);
    await context.close();
  });

  test('a result met through an ask says which: 问法 and the ask, its matched words marked', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(`search/?q=${encodeURIComponent('前任经理答应的没兑现')}`));
    await page.getByRole('option').first().waitFor();
    const asked = page.getByRole('option').filter({ hasText: '问法：' }).first();
    assert.match(await asked.textContent(), /问法：\S*答应\S*没兑现/);
    assert.ok((await asked.locator('mark').count()) > 0);
    await context.close();
  });

  test('question shapes reach the page that defines the term', async () => {
    const { page, context } = await openPage(browser);
    const [meaning, difference] = await runQueries(page, SITE, [{ q: '甲指乙购是什么意思' }, { q: '定期订货和定量订货的区别' }]);
    assert.ok(
      meaning.links.slice(0, 3).some((u) => /engineering/.test(u)),
      meaning.links.join(' '),
    );
    assert.ok(difference.links.slice(0, 3).includes('guides/channel-flows/'), difference.links.join(' '));
    await context.close();
  });

  test('asking for a whole list reaches the section index, shown as 目录; a page the list names still comes first for itself', async () => {
    const { page, context } = await openPage(browser);
    const [lists, process, one] = await runQueries(page, SITE, [{ q: '所有清单' }, { q: '开发流程总览' }, { q: '价格异议' }]);
    assert.equal(lists.links[0], 'checklists/', lists.links.join(' '));
    assert.equal(process.links[0], 'playbooks/', process.links.join(' '));
    // The index lists 价格异议 among its pages, but only its header is indexed.
    assert.equal(one.links[0], 'objections/price/', one.links.join(' '));
    await page.goto(url(`search/?q=${encodeURIComponent('所有清单')}`));
    assert.match(await page.getByRole('option').first().textContent(), /^目录\s*清单/);
    await context.close();
  });

  test('with the index stored on the phone, a term finds the same pages in a fresh page view as after other searches', async () => {
    const { page, context } = await openPage(browser, { context: { serviceWorkers: 'allow' } });
    // The offline worker stores the index on the first visit; the next page views are its own.
    await page.goto(url(''));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // 评标 once found 43 pages first thing and 64 after 负则人 had loaded another index chunk.
    const [fresh] = await runQueries(page, SITE, [{ q: '评标' }]);
    const [, , later] = await runQueries(page, SITE, [{ q: '负则人' }, { q: '渠道商类型' }, { q: '评标' }]);
    assert.deepEqual(fresh, later);
    await context.close();
  });

  test('every field term finds pages, with its own topic among the first three', async () => {
    const { page, context } = await openPage(browser);
    const found = await searchAll(page, SITE, fieldTerms);
    // Recall: of the pages whose indexed text contains a term, how many a search for it returns.
    // Guards against the query/index segmentation mismatch of Pagefind issue #1237.
    const dist = process.env.E2E_OUTDIR ?? 'dist';
    let containing = 0;
    let returned = 0;
    for (const term of fieldTerms) {
      const pages = pagesContaining(dist, term);
      const hits = found[term].filter((u) => pages.includes(u)).length;
      assert.ok(hits >= 0.7 * pages.length, `${term}: found ${hits} of ${pages.length} pages that contain it`);
      containing += pages.length;
      returned += hits;
    }
    assert.ok(returned >= 0.9 * containing, `field-term recall ${returned}/${containing}`);
    assert.ok(found['进店费'].slice(0, 3).includes('objections/contract-support/'));
    assert.ok(found['甲指乙购'].slice(0, 3).includes('channels/engineering/'));
    await context.close();
  });
});

describe('search island', () => {
  test('a content page loads no search code until search is opened', async () => {
    const { page, context } = await openPage(browser);
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(url('objections/price/'));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      requested.filter((u) => /pagefind|dialog|panel/.test(u)),
      [],
    );
    await page.keyboard.press('/');
    await page.getByRole('combobox').waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok(
      requested.some((u) => u.includes('/pagefind/pagefind.js')),
      'opening search loads Pagefind',
    );
    await context.close();
  });

  test('opens with Ctrl+K, shows answers as you type and is driven by the keyboard', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(url('playbooks/'));
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox');
    await input.waitFor();
    assert.equal(await input.evaluate((el) => el === document.activeElement), true);
    await input.fill('你们返利太低');
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    const first = options.first();
    assert.match(await first.textContent(), /奖励异议/);
    assert.match(await first.textContent(), /异议/);
    assert.ok(await first.locator('mark').count(), 'matched words are highlighted');
    await page.keyboard.press('ArrowDown');
    assert.equal(await first.getAttribute('aria-selected'), 'true');
    assert.equal(await input.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/objections\/rebate\/$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a first search stays within 300 KB: suggestions cost no fragments, results load a page of four at a time', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('objections/price/'));
    await page.waitForLoadState('networkidle');
    const responses = [];
    page.on('response', async (response) => responses.push({ url: response.url(), bytes: (await response.body().catch(() => Buffer.alloc(0))).length }));
    await page.keyboard.press('/');
    await page.getByRole('combobox').waitFor();
    await page.locator('dialog').getByRole('link', { name: '价格异议' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(responses.filter((b) => b.url.includes('/fragment/')).length, 0, 'the suggestion list needs no fragments');
    await page.getByRole('combobox').fill('你们返利太低');
    await page.getByRole('option').first().waitFor();
    await page.waitForLoadState('networkidle');
    const fragments = responses.filter((b) => b.url.includes('/fragment/')).length;
    const total = responses.reduce((sum, b) => sum + b.bytes, 0);
    assert.ok(fragments <= PAGE, `${fragments} fragments`);
    assert.ok(!responses.some((b) => b.url.endsWith('/search-sounds.json')), 'a query without typos needs no homophone table');
    // Bytes as stored, as bench/search.mjs counts them (budgets.test.mjs holds another query to the gzip budget).
    assert.ok(total <= 300_000, `first search fetched ${total} bytes`);
    const more = page.getByRole('button', { name: /显示更多结果/ });
    await more.click();
    await page
      .locator('[role=option]')
      .nth(PAGE + 1)
      .waitFor();
    await context.close();
  });

  /**
   * Result pages come from Pagefind fragments, which take a moment on a phone. Here they are held
   * until the test releases them, and `asked` resolves once the first is held: a tap made after it
   * lands while a page is loading, every time.
   */
  async function holdFragments(page) {
    const held = [];
    let heldOne;
    const asked = new Promise((resolve) => (heldOne = resolve));
    await page.route('**/pagefind/fragment/**', (route) => {
      held.push(route);
      heldOne();
    });
    return {
      asked,
      release: async () => {
        while (held.length) await held.shift().continue();
      },
    };
  }
  const optionHrefs = (page) => page.locator('[data-search-page] [role=option]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  /** The list is marked aria-busy while a search or a page of results is on its way. */
  const settled = (page) => page.locator('[data-search-page] [role=listbox]:not([aria-busy])').waitFor({ state: 'attached' });

  test('显示更多结果 tapped twice while the page loads adds the next page once', async () => {
    const { page, errors, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(url(`search/?q=${encodeURIComponent('你们返利太低')}`));
    await page
      .getByRole('option')
      .nth(PAGE - 1)
      .waitFor();
    const fragments = await holdFragments(page);
    const more = page.getByRole('button', { name: /显示更多结果/ });
    await more.click();
    await fragments.asked;
    await more.click();
    await fragments.release();
    await page
      .getByRole('option')
      .nth(2 * PAGE - 1)
      .waitFor();
    await settled(page);
    const hrefs = await optionHrefs(page);
    assert.equal(hrefs.length, 2 * PAGE, hrefs.join(' '));
    assert.equal(new Set(hrefs).size, 2 * PAGE, 'no result shown twice');
    assert.match(await more.textContent(), /还有 \d+ 条/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the same search run again while 显示更多结果 loads keeps the list and the page asked for', async () => {
    const { page, errors, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(url(`search/?q=${encodeURIComponent('你们返利太低')}`));
    await page
      .getByRole('option')
      .nth(PAGE - 1)
      .waitFor();
    const first = await optionHrefs(page);
    const fragments = await holdFragments(page);
    await page.getByRole('button', { name: /显示更多结果/ }).click();
    await fragments.asked;
    // The same search again before that page arrives: here the chip already chosen, tapped once
    // more; a trailing space typed or the dialog reopened on the same words ask the same way.
    await page.getByRole('button', { name: '全部', exact: true }).click();
    await fragments.release();
    await page
      .getByRole('option')
      .nth(2 * PAGE - 1)
      .waitFor();
    await settled(page);
    const hrefs = await optionHrefs(page);
    assert.deepEqual(hrefs.slice(0, PAGE), first);
    assert.equal(new Set(hrefs).size, 2 * PAGE, hrefs.join(' '));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('excerpts are sentences from the page, never the alias list', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(`search/?q=${encodeURIComponent('返点')}`));
    await page.getByRole('option').first().waitFor();
    const texts = await page.getByRole('option').allTextContents();
    assert.match(texts[0], /奖励异议/);
    for (const text of texts) assert.doesNotMatch(text, /返利太低 返点|返点 返利 奖励少/);
    await context.close();
  });

  test('Escape closes the dialog and the type chips filter the results', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(''));
    await page.getByRole('link', { name: /搜索/ }).first().click();
    const input = page.getByRole('combobox');
    await input.fill('窜货');
    await page.getByRole('option').first().waitFor();
    await page.getByRole('button', { name: '清单', exact: true }).click();
    await page.waitForFunction(() => {
      const options = [...document.querySelectorAll('[role=option]')];
      return options.length > 0 && options.every((o) => o.textContent.startsWith('清单'));
    });
    assert.ok((await page.getByRole('option').count()) >= 1);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('dialog[open]').count(), 0);
    await context.close();
  });

  test('no result suggests objections and links to the objection index', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url(''));
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('熊猫骆驼');
    await page.getByText('没有找到“熊猫骆驼”').waitFor();
    assert.ok(await page.getByRole('link', { name: '查看全部客户异议 →' }).isVisible());
    await page.locator('dialog').getByRole('link', { name: '价格异议' }).waitFor();
    await context.close();
  });

  test('a /search/?q= link shows the results, so a search can be sent to a colleague', async () => {
    const { page, errors, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(url(`search/?q=${encodeURIComponent('老板不在')}`));
    await page.getByRole('option').first().waitFor();
    assert.match(await page.getByRole('option').first().textContent(), /权力异议/);
    await page.getByRole('combobox').fill('进店费');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '进店费');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('is usable on a 390 px phone: the dialog fills the screen and results fit', async () => {
    const { page, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(url('objections/'));
    await page.getByRole('link', { name: /搜索/ }).first().click();
    await page.getByRole('combobox').fill('堆头');
    await page.getByRole('option').first().waitFor();
    const box = await page.locator('dialog').boundingBox();
    assert.ok(box.width <= 390 && box.width >= 380, `dialog width ${box.width}`);
    const scrollWidth = await page.locator('dialog').evaluate((d) => d.scrollWidth);
    assert.ok(scrollWidth <= 390, 'no horizontal scrolling inside the dialog');
    await context.close();
  });
});
