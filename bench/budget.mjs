#!/usr/bin/env node
/**
 * Page weight of the built site, per page type: HTML, CSS and JavaScript loaded on a first
 * view (raw and gzip), then the bytes a first search fetches, each against its budget
 * (bench/lib/budgets.mjs). Bytes are exact and stable for a given build.
 *   node bench/budget.mjs [build folder, default $E2E_OUTDIR or dist]
 */
import { openBuiltSite } from './lib/built-site.mjs';
import { budgetFor, chooseScript, chooseScriptOf, drillScript, drillScriptOf, firstSearch } from './lib/budgets.mjs';
import { measureFirstSearch, measurePageTypes, total } from './lib/page-weight.mjs';

const { dir, server, browser, close } = await openBuiltSite();
const cell = (g) => `${String(g.raw).padStart(7)} ${String(g.gzip).padStart(6)}`;
const mark = (value, budget) => (value <= budget ? '✓' : `✗ over ${budget}`);
let over = 0;

console.log(`first view, bytes (raw gzip) — ${dir}`);
console.log(`${'page type'.padEnd(18)} ${'HTML'.padStart(14)} ${'CSS'.padStart(14)} ${'JS'.padStart(14)}  budget (gzip)`);
const weightOf = await measurePageTypes(browser, server.url);
for (const [name, t] of Object.entries(weightOf)) {
  const budget = budgetFor(name);
  const verdicts = ['html', 'css', 'js'].map((k) => `${k} ${mark(t[k].gzip, budget[k])}`);
  over += verdicts.filter((v) => v.includes('✗')).length;
  const extra = t.search ? `  (+ search index ${t.search.raw} B in ${t.search.files.length} files)` : '';
  console.log(`${name.padEnd(18)} ${cell(t.html)} ${cell(t.css)} ${cell(t.js)}  ${verdicts.join(' ')}${extra}`);
  if (process.env.VERBOSE) for (const k of Object.keys(t)) console.log(`    ${k}: ${t[k].files.join(' ')}`);
}

const drill = drillScriptOf(weightOf);
console.log(`drill script (/practice/ JS beyond what every page loads): ${drill} B gzip ${mark(drill, drillScript)}`);
if (drill > drillScript) over += 1;
const choose = chooseScriptOf(weightOf);
console.log(`choose script (/choose/ JS that /prepare/ does not load): ${choose} B gzip ${mark(choose, chooseScript)}`);
if (choose > chooseScript) over += 1;

const search = await measureFirstSearch(browser, new URL('objections/price/', server.url).href, '进店费谁出');
const all = total(search);
console.log(`first search from a content page ('进店费谁出'): ${all.raw} B raw, ${all.gzip} B gzip in ${all.files} files ${mark(all.gzip, firstSearch)}`);
for (const [kind, g] of Object.entries(search))
  if (g.files.length) console.log(`  ${kind.padEnd(6)} ${cell(g)}  ${g.files.map((f) => f.split('/').pop()).join(' ')}`);

await close();
if (over || all.gzip > firstSearch) console.log('Over budget: see ✗ above (budgets in bench/lib/budgets.mjs).');
