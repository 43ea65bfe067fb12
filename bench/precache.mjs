#!/usr/bin/env node
/**
 * What a rep's phone downloads for offline use, measured with the plan the build uses
 * (src/integrations/first-visit.ts over precache-files.ts): the first visit (budget 1.5 MB gzip)
 * and what 保存全部以离线使用 adds, by group, in files and bytes as sent (gzip for text;
 * Pagefind's files are compressed already).
 *   node bench/precache.mjs [build folder, default $E2E_OUTDIR or dist]
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { firstVisitBudget, groupOf } from '../src/integrations/first-visit.ts';
import { offlinePlan } from '../src/integrations/site-files.ts';

const dir = path.resolve(process.argv[2] ?? process.env.E2E_OUTDIR ?? 'dist');
if (!existsSync(path.join(dir, 'pagefind'))) {
  console.error(`No build in ${dir}: run \`npm run build\` first (or pass the build folder).`);
  process.exit(1);
}
const plan = await offlinePlan(dir);
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`.padStart(10);

function table(title, files) {
  const groups = new Map();
  for (const file of files) {
    const g = groups.get(groupOf(file)) ?? { files: 0, bytes: 0 };
    g.files += 1;
    g.bytes += file.bytes;
    groups.set(groupOf(file), g);
  }
  console.log(title);
  for (const [name, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${name.padEnd(12)}${String(g.files).padStart(6)}${kib(g.bytes)}`);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`  ${'total'.padEnd(12)}${String(files.length).padStart(6)}${kib(total)}`);
  return total;
}

console.log(`offline storage of ${dir} (gzip as sent)`);
const first = table(`first visit (budget ${kib(firstVisitBudget).trim()})`, plan.first);
const rest = table('保存全部以离线使用 adds', plan.rest);
console.log(
  `first visit ${(first / 1024 / 1024).toFixed(2)} MiB of ${((first + rest) / 1024 / 1024).toFixed(2)} MiB${plan.cut.length ? `; cut to fit: ${plan.cut.join(', ')}` : ''}`,
);
