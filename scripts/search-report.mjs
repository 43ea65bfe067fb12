#!/usr/bin/env node
/**
 * What reps searched for and did not find, from the search log a deploy writes (deploy/nginx.conf,
 * turned on with PUBLIC_SEARCH_LOG at build): the queries with no results, the ones where nothing
 * was opened, and the ones whose result was opened far down, each with the page it should have
 * been. Each is work for an editor: an `asks` line or alias on that page, or a concept group.
 *   npm run search-report <search log> [more logs…]
 */
import { readFileSync } from 'node:fs';
import { FAR_DOWN, readLog, reportOf } from '../src/lib/search/search-log.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('用法：npm run search-report <搜索日志文件>（nginx 按 deploy/nginx.conf 写的 search_log）');
  process.exit(1);
}
const entries = files.flatMap((file) => readLog(readFileSync(file, 'utf8')));
if (entries.length === 0) {
  console.error(`${files.join(', ')} 里没有搜索记录：是 deploy/nginx.conf 的 search_log 格式吗？`);
  process.exit(1);
}
const report = reportOf(entries);
const line = (s, extra) => `  ${String(s.times).padStart(4)} ×  ${s.query}${extra ? `  →  ${extra}` : ''}`;
const section = (title, stats, extra) => {
  console.log(`\n${title}（${stats.length} 种说法）`);
  for (const s of stats) console.log(line(s, extra(s)));
  if (stats.length === 0) console.log('  （没有）');
};

console.log(`${entries.length} 次搜索，${files.join(', ')}`);
section('没有结果', report.noResults, (s) => (s.pages.length ? `随后打开：${s.pages.join('、')}` : ''));
section('有结果但没打开', report.nothingOpened, (s) => (s.pages.length ? `随后打开：${s.pages.join('、')}` : ''));
section(`打开的结果排在第 ${FAR_DOWN + 1} 位或更后`, report.farDown, (s) => `打开：${s.pages.join('、')}（平均第 ${s.meanRank.toFixed(1)} 位）`);
console.log('\n把这些说法写进该页的 asks 或 aliases，或加一个概念组（content/search/concepts.yaml），再用 npm run bench:search 看有没有变好。');
