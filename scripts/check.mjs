/**
 * `npm run check`: everything that can be wrong before a commit, in an editor's words.
 *   1. 内容 — every content file read as the site reads it, without a build (seconds): YAML and
 *      frontmatter syntax, each collection's schema, references, `<See>`/`<Policy>` targets,
 *      stage orders, the search vocabulary, text left from `npm run new`'s template, risky
 *      wording and policies promised in a rep's own words (errors); stale reviews and policies the
 *      company has not filled in (warnings). All problems in all files, in one run.
 *   2. 构建 — `astro build`, once the content has nothing that would break it.
 *   3. 链接 — no link in the built site to a missing page or #anchor (scripts/check-links.mjs).
 *   4. 类型 — `astro check` (TypeScript and .astro files): a type error is one line for developers,
 *      warnings are not shown (scripts/lib/type-step.mjs). `--skip-types` leaves it out.
 * `--content` runs step 1 only. Every problem is printed as `file:line`, the field when there is
 * one, and a sentence saying the fix; the unfilled policies and the code's type errors are one line
 * each. Problems are data (src/lib/content-check/); of logs, only astro check's error count is read.
 * Env: CONTENT_DIR (content root, as the site reads it), CHECK_OUTDIR (build folder, default dist).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks, reasonText } from './check-links.mjs';
import { checkContentStep, formatReport } from './lib/content-step.mjs';
import { typeProblems } from './lib/type-step.mjs';
import { buildLock, runNode } from './lib/run-node.mjs';
import { pageCollections } from '../src/lib/collections.ts';

const root = process.cwd();
const contentDir = process.env.CONTENT_DIR ?? 'content';
const outDir = process.env.CHECK_OUTDIR ?? 'dist';
const skipTypes = process.argv.includes('--skip-types');
const contentOnly = process.argv.includes('--content');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

// A copy with caches of its own (the fixture tests' temp sites) sets CHECK_NO_LOCK.
const lock = process.env.CHECK_NO_LOCK ? undefined : buildLock;
const run = (args) => runNode(args, { cwd: root, lock });

/** Built page → the content file behind it, so a bad link points at what the editor wrote. */
function sourceOfPage(page) {
  const url = page.replace(/index\.html$/, '').replace(/\/$/, '');
  const [section, ...rest] = url.split('/');
  const id = rest.join('/');
  // A URL folder holds one collection, except playbooks/, where a second segment means a stage.
  const owners = pageCollections.filter((c) => c.urlFolder === section);
  const folder = (owners.length > 1 ? owners.find((c) => c.name === (rest.length === 2 ? 'stages' : 'playbooks')) : owners[0])?.folder;
  if (!folder) return undefined;
  const file = path.join(contentDir, folder, `${id}.mdx`);
  return id && existsSync(file) ? file : undefined;
}

function locateLink(problem) {
  const file = sourceOfPage(problem.page);
  if (file) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes(problem.href));
    if (at >= 0) return `${file}:${at + 1}`;
  }
  return `${outDir}/${problem.page}（页面模板生成的链接，请告诉开发同事）`;
}

const { fileCount, errors, warnings, blocking } = checkContentStep(contentDir);
console.log(`▶ 1/4 内容（${fileCount} 个文件）…`);

let built = false;
if (contentOnly) console.log('▶ 2/4 构建、3/4 链接、4/4 类型：已跳过（--content）');
else if (blocking) console.log('▶ 2/4 构建、3/4 链接、4/4 类型：先修好下面标着 ✗ 的内容问题（构建也会因为它们失败），再运行一次');
else {
  console.log('▶ 2/4 构建（astro build）…');
  const build = await run([astro, 'build', '--outDir', outDir]);
  built = build.code === 0;
  if (!built) {
    errors.push({
      where: 'astro build',
      message: `内容检查没有发现问题，构建却失败了。常见原因：正文（MDX）里组件没有闭合（<Say>…</Say>），或直接写了 < 或 {（要写成 \\< 或 \\{）。构建的输出：\n${build.output.slice(-4000)}`,
    });
  }
}

if (built) {
  console.log('▶ 3/4 站内链接…');
  for (const problem of checkLinks(path.resolve(root, outDir), '/')) {
    errors.push({ where: locateLink(problem), message: `${reasonText[problem.reason]}：${problem.href}` });
  }
  if (skipTypes) console.log('▶ 4/4 类型检查：已跳过（--skip-types）');
  else {
    console.log('▶ 4/4 类型检查（astro check）…');
    errors.push(...typeProblems(await run([astro, 'check'])));
  }
}

console.log(formatReport(errors, warnings));
process.exit(errors.length ? 1 : 0);
