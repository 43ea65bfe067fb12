#!/usr/bin/env node
/**
 * Cumulative layout shift of a first view of each page type under Lighthouse's mobile profile
 * (bench/lib/layout-shift.mjs), against the goal of 0.05. A cross-check with Lighthouse 13.5
 * itself on the same builds gave the same figures to within 0.006.
 *   node bench/layout-shift.mjs [build folder, default $E2E_OUTDIR or dist]
 */
import { openBuiltSite } from './lib/built-site.mjs';
import { pageTypes } from '../test/e2e/support/page-types.mjs';
import { measureLayoutShift } from './lib/layout-shift.mjs';

const GOAL = 0.05;
const { server, browser, close } = await openBuiltSite();
console.log('layout shift of a first view, Lighthouse mobile profile (412 × 823, 4× CPU, slow 4G)');
let over = 0;
for (const [name, pagePath] of Object.entries(pageTypes)) {
  const { cls, shifts } = await measureLayoutShift(browser, new URL(pagePath, server.url).href);
  if (cls > GOAL) over += 1;
  const worst = shifts.flatMap((s) => s.sources).map((s) => `${s.node} ${s.from[0]}→${s.to[0]}`);
  console.log(`${name.padEnd(18)} CLS ${cls.toFixed(3)} ${cls <= GOAL ? '✓' : `✗ over ${GOAL}`}${worst.length ? `  (${worst.slice(0, 3).join('; ')})` : ''}`);
}
await close();
if (over) console.log(`${over} page type(s) over the CLS goal of ${GOAL}.`);
