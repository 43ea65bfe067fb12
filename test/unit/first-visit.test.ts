import { describe, expect, test } from 'vitest';
import { firstVisitBudget, groupOf, planFirstVisit, type SiteFile } from '../../src/integrations/first-visit';

const kb = 1024;
const site: SiteFile[] = [
  { url: 'index.html', bytes: 5 * kb },
  { url: 'offline/index.html', bytes: 3 * kb },
  { url: '404.html', bytes: 3 * kb },
  { url: 'search/index.html', bytes: 2 * kb },
  { url: '_astro/site.css', bytes: 20 * kb },
  { url: 'pagefind/pagefind.js', bytes: 15 * kb },
  { url: 'pagefind/wasm.unknown.pagefind', bytes: 55 * kb },
  { url: 'pagefind/filter/zh-cn_1.pf_filter', bytes: 1 * kb },
  { url: 'prepare/index.html', bytes: 30 * kb },
  { url: 'policies/index.html', bytes: 7 * kb },
  // Listed out of order: the plan takes a section's pages in address order.
  { url: 'objections/rebate/index.html', bytes: 9 * kb },
  { url: 'objections/price/index.html', bytes: 9 * kb },
  { url: 'pagefind/index/zh-cn_1.pf_index', bytes: 40 * kb },
  { url: 'pagefind/index/zh-cn_2.pf_index', bytes: 40 * kb },
  { url: 'pagefind/fragment/zh-cn_a.pf_fragment', bytes: 4 * kb, fragmentOf: 'objections/price/index.html' },
  { url: 'pagefind/fragment/zh-cn_b.pf_fragment', bytes: 4 * kb, fragmentOf: 'guides/flows/index.html' },
  { url: 'checklists/pre-visit/index.html', bytes: 8 * kb },
  { url: 'guides/flows/index.html', bytes: 10 * kb },
  { url: 'channels/dealer/index.html', bytes: 10 * kb },
];
const urls = (files: SiteFile[]) => files.map((f) => f.url).sort();
/** Every file is either stored on the first visit or listed for 保存全部, never both, never lost. */
const assertSplit = ({ first, rest }: { first: SiteFile[]; rest: SiteFile[] }) => expect(urls([...first, ...rest])).toEqual(urls(site));

describe('groupOf', () => {
  test('sorts files by what a rep needs with no signal', () => {
    expect(Object.fromEntries(site.map((f) => [f.url, groupOf(f)]))).toEqual({
      'index.html': 'shell',
      'offline/index.html': 'shell',
      '404.html': 'shell',
      'search/index.html': 'shell',
      '_astro/site.css': 'shell',
      'pagefind/pagefind.js': 'shell',
      'pagefind/wasm.unknown.pagefind': 'shell',
      'pagefind/filter/zh-cn_1.pf_filter': 'shell',
      'prepare/index.html': 'tools',
      'policies/index.html': 'tools',
      'objections/price/index.html': 'objections',
      'objections/rebate/index.html': 'objections',
      'pagefind/index/zh-cn_1.pf_index': 'index',
      'pagefind/index/zh-cn_2.pf_index': 'index',
      // A core page's search entry goes with the index; another page's waits with its page.
      'pagefind/fragment/zh-cn_a.pf_fragment': 'index',
      'pagefind/fragment/zh-cn_b.pf_fragment': 'rest',
      'checklists/pre-visit/index.html': 'checklists',
      'guides/flows/index.html': 'rest',
      'channels/dealer/index.html': 'rest',
    });
    // Pagefind's own UI, which the site never loads, is nothing the first visit needs.
    expect(groupOf({ url: 'pagefind/pagefind-ui.js', bytes: 1 })).toBe('rest');
  });
});

describe('planFirstVisit', () => {
  test('within the budget, stores the core and the index and leaves every other page to 保存全部', () => {
    const plan = planFirstVisit(site, 1024 * kb);
    expect(urls(plan.rest)).toEqual(['channels/dealer/index.html', 'guides/flows/index.html', 'pagefind/fragment/zh-cn_b.pf_fragment']);
    expect(plan.cut).toEqual([]);
    expect(plan.bytes).toBe(site.filter((f) => !plan.rest.includes(f)).reduce((sum, f) => sum + f.bytes, 0));
    assertSplit(plan);
  });

  test('the budget is 1.5 MB, and a plan that fills it exactly still fits', () => {
    expect(firstVisitBudget).toBe(1.5 * 1024 * 1024);
    const core = site.filter((f) => groupOf(f) !== 'rest').reduce((sum, f) => sum + f.bytes, 0);
    const plan = planFirstVisit(site, core);
    expect(plan.cut).toEqual([]);
    expect(plan.bytes).toBe(core);
  });

  test('an index that does not fit is left whole, and the checklists still take the room left', () => {
    // shell 104 KB + tools 37 + objections 18 = 159 KB; the index (84) would pass 200; checklists (8) fit.
    const plan = planFirstVisit(site, 200 * kb);
    expect(plan.cut).toEqual(['index']);
    expect(urls(plan.first).filter((u) => u.startsWith('pagefind/index/') || u.includes('fragment'))).toEqual([]);
    expect(urls(plan.first)).toContain('checklists/pre-visit/index.html');
    expect(plan.bytes).toBeLessThanOrEqual(200 * kb);
    expect(urls(plan.rest)).toContain('pagefind/index/zh-cn_1.pf_index');
    assertSplit(plan);
  });

  test('a group of pages that does not fit is taken in part, in order, never past the budget', () => {
    const plan = planFirstVisit(site, 150 * kb);
    expect(plan.cut).toEqual(['objections', 'index', 'checklists']);
    expect(urls(plan.first).filter((u) => u.startsWith('objections/'))).toEqual(['objections/price/index.html']);
    expect(plan.bytes).toBeLessThanOrEqual(150 * kb);
    expect(urls(plan.rest)).toContain('objections/rebate/index.html');
    assertSplit(plan);
  });

  test('the shell is stored whatever it weighs: without it the site does not open', () => {
    const plan = planFirstVisit(site, 10 * kb);
    expect(urls(plan.first)).toEqual(urls(site.filter((f) => groupOf(f) === 'shell')));
    expect(plan.cut).toEqual(['tools', 'objections', 'index', 'checklists']);
    assertSplit(plan);
  });
});
