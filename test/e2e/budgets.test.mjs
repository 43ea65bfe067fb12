/**
 * Byte budgets (bench/lib/budgets.mjs) asserted on the built site, measured in Chromium from
 * the responses a first view gets. Bytes, never time: they are the same on every machine.
 * `npm run bench` prints the same figures in full.
 */
import { after, before, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { SITE, launch, url } from './support/browser.mjs';
import { budgetFor, chooseScript, chooseScriptOf, contentPage, drillScript, drillScriptOf, firstSearch } from '../../bench/lib/budgets.mjs';
import { measureFirstSearch, measurePageTypes, total } from '../../bench/lib/page-weight.mjs';
import { firstVisitBudget } from '../../src/integrations/first-visit.ts';
import { offlinePlan } from '../../src/integrations/site-files.ts';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test('every page type stays within its HTML, CSS and JavaScript budget (gzip)', async () => {
  const over = [];
  const weightOf = await measurePageTypes(browser, SITE);
  for (const [name, weight] of Object.entries(weightOf)) {
    assert.ok(weight.html.files.length === 1 && weight.css.files.length >= 1, `${name}: the page and its stylesheet loaded`);
    const budget = budgetFor(name);
    for (const kind of ['html', 'css', 'js']) {
      if (weight[kind].gzip > budget[kind]) over.push(`${name} ${kind}: ${weight[kind].gzip} B gzip > ${budget[kind]} (${weight[kind].files.join(', ')})`);
    }
    // A reading page loads no search engine until asked: Pagefind stays out of the first view.
    if (budget === contentPage) assert.equal(weight.search, undefined, `${name} fetched Pagefind files on load`);
  }
  assert.deepEqual(over, []);
  const drill = drillScriptOf(weightOf);
  assert.ok(drill > 5000 && drill <= drillScript, `the drill's script is ${drill} B gzip (budget ${drillScript})`);
  const choose = chooseScriptOf(weightOf);
  assert.ok(choose > 1000 && choose <= chooseScript, `the dealer-choice script is ${choose} B gzip beyond /prepare/'s (budget ${chooseScript})`);
});

test('a first search from a content page fetches less than its budget', async () => {
  const weight = await measureFirstSearch(browser, url('objections/price/'), '进店费谁出');
  assert.ok(
    weight.search?.files.some((f) => f.endsWith('.pf_index')),
    'the search loaded index chunks',
  );
  const { gzip } = total(weight);
  assert.ok(gzip <= firstSearch, `first search fetched ${gzip} B gzip > ${firstSearch}`);
});

test('the first visit stores at most 1.5 MB gzip for offline use, and today that holds the whole core and the search index', async () => {
  const plan = await offlinePlan(process.env.E2E_OUTDIR ?? 'dist');
  assert.ok(plan.bytes <= firstVisitBudget, `first visit ${plan.bytes} B > ${firstVisitBudget}`);
  // A cut here means offline search would start the next release without its index: trim the
  // core or raise the budget knowingly (src/integrations/first-visit.ts), not by accident.
  assert.deepEqual(plan.cut, [], `left to 保存全部: ${plan.cut.join(', ')} (first visit ${plan.bytes} B)`);
  assert.ok(
    plan.rest.some((f) => f.url.startsWith('guides/')),
    'the guides wait for 保存全部',
  );
});
