#!/usr/bin/env node
/**
 * `npm run check`: everything that can be wrong before a commit, in an editor's words.
 *   1. 内容与页面 — `astro build`: frontmatter schemas, references, `<See>` targets, every page renders.
 *   2. 链接       — no link in the built site to a missing page or #anchor (scripts/check-links.mjs).
 *   3. 类型       — `astro check` (TypeScript and .astro files). `--skip-types` leaves it out.
 *   4. 审核与模板 — pages not reviewed for more than six months, as warnings (they do not fail);
 *                   text left from `npm run new`'s template (（请改写）…), as errors.
 *   5. 话术合规   — risky wording and company policies promised in a rep's own words (errors),
 *                   and policies the company has not filled in, with the pages quoting them (warnings).
 * Every problem is printed as `file:line` (or file + field) and a sentence saying the fix.
 * Env: CONTENT_DIR (content root, as the site reads it), CHECK_OUTDIR (build folder, default dist).
 */
import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { explainBuildOutput } from './lib/explain-build.mjs';
import { checkLinks, reasonText } from './check-links.mjs';
import { parse as parseYaml } from 'yaml';
import { formatDay, isReviewStale, reviewMonths } from '../src/lib/review.ts';
import { scanWording } from '../src/lib/compliance-scan.ts';
import { wordingRules } from '../src/lib/policy-rules.ts';
import { listPolicyIds } from '../src/lib/integrity.ts';
import { defaultOwner } from '../src/lib/vocabulary-of-content.ts';
import { pageCollections } from '../src/lib/collections.ts';
import { policyUnset } from '../src/lib/labels.ts';
import { placeholderMarks } from './lib/templates.mjs';

const root = process.cwd();
const contentDir = process.env.CONTENT_DIR ?? 'content';
const outDir = process.env.CHECK_OUTDIR ?? 'dist';
const skipTypes = process.argv.includes('--skip-types');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const errors = [];
const warnings = [];

/** Runs a command, collecting its output (printed only if we cannot explain a failure). */
function run(args, env = {}) {
  // Other builds on this machine share the lock so their caches do not collide (see test/e2e/run.mjs).
  const locked = existsSync('/usr/bin/flock') && !process.env.CHECK_NO_LOCK;
  const [command, argv] = locked
    ? ['/usr/bin/flock', ['/tmp/channel-playbook-build.lock', process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

function listContent(dir = contentDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(dir, f));
}

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

function findStaleReviews() {
  const today = new Date();
  for (const file of listContent()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^reviewed:/.test(l));
    const reviewed = at >= 0 ? new Date(lines[at].replace(/^reviewed:\s*/, '').trim()) : undefined;
    if (reviewed && !Number.isNaN(reviewed.getTime()) && isReviewStale(reviewed, today)) {
      const owner = lines.find((l) => /^owner:/.test(l))?.replace(/^owner:\s*/, '').trim() || defaultOwner;
      warnings.push({
        where: `${file}:${at + 1}`,
        message: `上次审核是 ${formatDay(reviewed)}，已超过 ${reviewMonths} 个月：请${owner}核对内容，改好后把 reviewed 改成今天的日期`,
      });
    }
  }
}

/** Lines still holding the template's placeholders: the page was made but not written. */
function findPlaceholders() {
  for (const file of listContent()) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const mark = placeholderMarks.find((m) => line.includes(m));
        if (mark) errors.push({ where: `${file}:${i + 1}`, message: `还留着模板的占位文字“${mark}”：换成真实内容（标着“可删除”的可以整行删掉）` });
      });
  }
}

/** Risky wording and promised policies (errors); unfilled policies and who quotes them (warnings). */
function checkWording() {
  const read = (file) => {
    const full = path.join(contentDir, file);
    return existsSync(full) ? parseYaml(readFileSync(full, 'utf8')) ?? [] : [];
  };
  const policies = read('policies/company.yaml');
  const rules = wordingRules(read('compliance/risky-wording.yaml'), policies);
  const quotedBy = new Map();
  for (const file of listContent()) {
    const source = readFileSync(file, 'utf8');
    for (const f of scanWording(source, rules)) {
      errors.push({ where: `${file}:${f.line}`, message: `“${f.word}”不能对客户这样说（${f.reason}）：${f.instead}。只在“不要这样说”小节或 <Compliance> 里提到它。` });
    }
    for (const { id } of listPolicyIds(source)) quotedBy.set(id, [...new Set([...(quotedBy.get(id) ?? []), file])]);
  }
  for (const policy of policies) {
    if (policy.value) continue;
    const pages = quotedBy.get(policy.id) ?? [];
    warnings.push({
      where: `${contentDir}/policies/company.yaml · ${policy.id}`,
      message: `公司还没填写「${policy.title}」：页面上显示“${policyUnset}”${pages.length ? `。引用它的页面：${pages.join('、')}` : '（还没有页面引用它）'}`,
    });
  }
}

const print = (mark, { where, message }) => console.log(`${mark} ${where}\n    ${message}`);

console.log('▶ 1/5 内容与页面（astro build）…');
const build = await run([astro, 'build', '--outDir', outDir]);
if (build.code !== 0) {
  const explained = explainBuildOutput(build.output, root);
  if (explained.length) errors.push(...explained);
  else errors.push({ where: '构建', message: `构建失败，原因没能自动归纳，原始输出如下：\n${build.output.slice(-4000)}` });
}

if (build.code === 0) {
  console.log('▶ 2/5 站内链接…');
  for (const problem of checkLinks(path.resolve(root, outDir), '/')) {
    errors.push({ where: locateLink(problem), message: `${reasonText[problem.reason]}：${problem.href}` });
  }
}

if (skipTypes) console.log('▶ 3/5 类型检查：已跳过（--skip-types）');
else if (build.code !== 0) console.log('▶ 3/5 类型检查：先修好内容问题，再检查类型');
else {
  console.log('▶ 3/5 类型检查（astro check）…');
  const types = await run([astro, 'check']);
  for (const m of stripVTControlCharacters(types.output).matchAll(/^(\S+?):(\d+):\d+ - (error|warning) (.+)$/gm)) {
    (m[3] === 'error' ? errors : warnings).push({ where: `${m[1]}:${m[2]}`, message: `代码类型问题（请开发同事处理）：${m[4]}` });
  }
  if (types.code !== 0 && !errors.length) errors.push({ where: 'astro check', message: types.output.slice(-4000) });
}

console.log('▶ 4/5 审核日期与没改写的模板…');
findStaleReviews();
findPlaceholders();

console.log('▶ 5/5 话术合规与公司政策…');
checkWording();

console.log('');
errors.forEach((e) => print('✗', e));
warnings.forEach((w) => print('⚠', w));
console.log(
  errors.length
    ? `\n✗ ${errors.length} 个问题要修好才能提交${warnings.length ? `，另有 ${warnings.length} 个提醒` : ''}。`
    : `\n✓ 检查通过${warnings.length ? `，有 ${warnings.length} 个提醒（不影响提交）` : ''}。`,
);
process.exit(errors.length ? 1 : 0);
