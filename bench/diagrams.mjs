#!/usr/bin/env node
/**
 * What a diagram adds to its page: the bytes of each <figure class="diagram"> in the built HTML
 * (raw and gzip, the SVG and its text list together) and the page's gzip size with and without
 * it. A diagram ships no JavaScript. Target: under 6 KB gzip for a ten-node flow. Prints every
 * editor-made and checklist diagram, and the largest playbook and stage maps.
 *   node bench/diagrams.mjs [build folder, default $E2E_OUTDIR or dist]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPages } from '../test/e2e/support/built-site.mjs';

const outDir = path.resolve(process.argv[2] ?? process.env.E2E_OUTDIR ?? 'dist');
const gz = (text) => gzipSync(text).length;
const rows = [];
for (const page of listPages(outDir)) {
  const html = readFileSync(path.join(outDir, page, 'index.html'), 'utf8');
  for (const [figure] of html.matchAll(/<figure class="diagram[\s\S]*?<\/figure>/g)) {
    rows.push({
      page,
      nodes: (figure.match(/class="diagram-node/g) ?? []).length,
      raw: figure.length,
      gzip: gz(figure),
      with: gz(html),
      without: gz(html.replace(figure, '')),
    });
  }
}
const largest = (test) => rows.filter((r) => test(r.page)).sort((a, b) => b.gzip - a.gzip)[0];
const playbookMap = largest((p) => /^playbooks\/[^/]+\/$/.test(p));
const stageMap = largest((p) => /^playbooks\/[^/]+\/[^/]+\/$/.test(p));
const shown = [...rows.filter((r) => !r.page.startsWith('playbooks/')), playbookMap, stageMap].filter(Boolean);
console.log(`diagrams: ${rows.length} in all; figure raw / gzip, page gzip with → without (${outDir})`);
for (const r of shown)
  console.log(
    `  ${r.page.padEnd(44)} ${String(r.nodes).padStart(2)} nodes ${String(r.raw).padStart(6)} / ${String(r.gzip).padStart(5)} B   page ${r.with} → ${r.without}`,
  );
