#!/usr/bin/env node
/**
 * How the build grows with content: for each N (default 100, 1000, 3000) a throwaway copy of
 * the site gets N synthetic objections and guides (bench/lib/synthetic-pages.mjs) on top of the
 * real content, is built, and the run prints build seconds, seconds per 1,000 pages, peak memory
 * (largest process, from GNU time), the Pagefind index size and the HTML bytes of one objection
 * page (its navigation must not grow with the section: target within 10 % from 100 to 3,000),
 * and what a phone stores for offline use: the first visit (target ≤ 1.5 MB today, ≤ 3 MB at
 * 10,000 pages) and what 保存全部以离线使用 adds, as the build's offline plan reports them.
 * Growth should look linear: compare the marginal seconds per 1,000 pages between rows.
 * Not part of `npm test`.
 *   node bench/scale.mjs [N …]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createTempSite } from '../test/e2e/support/temp-site.mjs';
import { writeSyntheticPages } from './lib/synthetic-pages.mjs';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length ? sizes : [100, 1000, 3000];
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

async function folderBytes(dir) {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? await folderBytes(full) : (await stat(full)).size;
  }
  return bytes;
}

function build(dir) {
  const astro = [process.execPath, path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const [command, ...args] = gnuTime ? [gnuTime, '-v', ...astro] : astro;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, CONTENT_DIR: 'fixture-content', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
console.log(
  `scale: synthetic objections and guides added to the real content${gnuTime ? '' : ' (no /usr/bin/time: peak memory not measured; apt-get install time)'}`,
);
console.log('added   pages   build s   s/1000 pages   peak RSS MB   Pagefind MB   index files   objection HTML B   first visit MB   保存全部 MB');
const rows = [];
for (const count of counts) {
  const site = await createTempSite(`scale-${count}`);
  try {
    await writeSyntheticPages(site.contentDir, count);
    const { code, output, seconds } = await build(site.dir);
    if (code !== 0) {
      console.error(`build with ${count} synthetic pages failed:\n${output.slice(-3000)}`);
      process.exitCode = 1;
      break;
    }
    const pages = Number(output.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
    const peakKb = Number(output.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? NaN);
    const pagefindDir = path.join(site.dir, 'dist/pagefind');
    const indexBytes = await folderBytes(pagefindDir);
    const indexFiles = (await readdir(path.join(pagefindDir, 'index'))).length + (await readdir(path.join(pagefindDir, 'fragment'))).length;
    const objectionBytes = (await stat(path.join(site.dir, 'dist/objections/price/index.html'))).size;
    rows.push({ count, pages, seconds, objectionBytes });
    // From the service-worker integration's line (src/integrations/service-worker.ts).
    const offline = output.match(/first visit stores \d+ files, ([\d.]+) MiB gzip; 保存全部 adds \d+ files \(\d+ pages\), ([\d.]+) MiB/);
    console.log(
      `${String(count).padStart(5)} ${String(pages).padStart(7)} ${seconds.toFixed(1).padStart(9)} ${((seconds / pages) * 1000).toFixed(1).padStart(14)} ${(peakKb ? mb(peakKb * 1024) : 'n/a').padStart(13)} ${mb(indexBytes).padStart(13)} ${String(indexFiles).padStart(13)} ${String(objectionBytes).padStart(18)} ${(offline?.[1] ?? 'n/a').padStart(16)} ${(offline?.[2] ?? 'n/a').padStart(13)}`,
    );
  } finally {
    await site.remove();
  }
}
if (rows.length > 1) {
  const [first, last] = [rows[0], rows.at(-1)];
  console.log(
    `objection page HTML: ${first.objectionBytes} B at +${first.count} → ${last.objectionBytes} B at +${last.count} (${(((last.objectionBytes - first.objectionBytes) / first.objectionBytes) * 100).toFixed(1)} %, target within 10 %)`,
  );
}
// Marginal cost between consecutive sizes: flat figures mean the build grows linearly.
for (let i = 1; i < rows.length; i += 1) {
  const [a, b] = [rows[i - 1], rows[i]];
  console.log(`${a.count} → ${b.count}: ${(((b.seconds - a.seconds) / (b.pages - a.pages)) * 1000).toFixed(1)} s per 1,000 added pages`);
}
