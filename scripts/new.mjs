#!/usr/bin/env node
/**
 * `npm run new -- <collection> <slug> [--title 标题]`: writes a filled-in, valid page to start
 * from, but for the choices only the editor can make (an objection's category), which it names.
 * Never asks anything; refuses a slug that exists. Stages take `<playbook>/<stage>` and get
 * the next free `order` in that playbook. Honours CONTENT_DIR like the site does.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collections, renderTemplate, toChoose } from './lib/templates.mjs';
import { formatDay } from '../src/lib/content-check/review.ts';
import { parseSource } from '../src/lib/content-check/parse-source.ts';
import { slugPattern } from '../src/lib/vocabulary-of-content.ts';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const usage = `用法：npm run new -- <集合> <文件名> [--title 标题]
  集合：${Object.entries(collections)
    .map(([folder, label]) => `${folder}（${label}）`)
    .join('、')}
  例子：npm run new -- objections payment-terms --title 账期异议
        npm run new -- stages dealer/after-sales`;

function fail(message, { showUsage = true } = {}) {
  console.error(`✗ ${message}${showUsage ? `\n\n${usage}` : ''}`);
  process.exit(1);
}

/** The next `order` after the highest one used in the playbook's folder. */
function nextStageOrder(folder) {
  if (!existsSync(folder)) return 1;
  const orders = readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    // Read with the content check's own frontmatter parser, not a pattern on the text.
    .map((f) => parseSource(readFileSync(path.join(folder, f), 'utf8'), 'mdx').data?.order)
    .filter((n) => Number.isInteger(n));
  return orders.length ? Math.max(...orders) + 1 : 1;
}

let parsed;
try {
  parsed = parseArgs({ options: { title: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  fail(/--title/.test(error.message) ? '--title 后面要写标题。' : `参数写法不对：${error.message}`);
}
const title = parsed.values.title || undefined;
if (parsed.values.title === '') fail('--title 后面要写标题。');
const [collection, slug, ...extra] = parsed.positionals;

/** A word as typed in a shell: quoted when it holds a space. */
const shellWord = (text) => (/\s/.test(text) ? JSON.stringify(text) : text);
/** The collection meant by a near miss (`objection` for objections). */
const nearest = (name) => (name in collections ? name : Object.keys(collections).find((c) => c.startsWith(name) || name.startsWith(c)));

// Without `--` (npm run new objections x --title 标题), npm takes --title as a setting of its
// own — it sets npm_config_title and passes the title on as a bare word — so say what to type.
if (process.env.npm_config_title !== undefined && title === undefined) {
  const words = parsed.positionals.slice(1);
  const named = words[0] !== undefined && words[0].split('/').every((p) => slugPattern.test(p)) ? words.shift() : undefined;
  const said = words.join(' ');
  fail(
    `npm 把 --title 当成了它自己的设置，标题没有传过来。在 npm run new 后面加上 --（两个减号），写成：
  npm run new -- ${(collection && nearest(collection)) ?? '<集合>'} ${named ?? '<英文文件名>'} --title ${said ? shellWord(said) : '<标题>'}`,
    { showUsage: false },
  );
}
if (!collection || !slug) fail('要写明集合和文件名。');
if (extra.length) fail(`多了参数：${extra.join(' ')}。标题有空格时请加引号。`);
if (!(collection in collections)) {
  const near = nearest(collection);
  fail(
    `没有名为 \`${collection}\` 的集合${near ? `，是不是 ${near}？写成：npm run new -- ${near} ${slug}${title ? ` --title ${shellWord(title)}` : ''}` : '。'}`,
  );
}

const parts = slug.split('/');
if (collection === 'stages' && parts.length !== 2) fail('阶段的文件名要写成 <流程>/<阶段>，例如 dealer/after-sales。');
if (collection !== 'stages' && parts.length !== 1) fail('文件名里不能有 /（只有阶段写成 <流程>/<阶段>）。');
const bad = parts.find((p) => !slugPattern.test(p));
if (bad !== undefined) {
  // A Chinese slug is usually the title: it goes after --title, the file name is the web address.
  const asTitle =
    /[^\p{ASCII}]/u.test(bad) && !title ? `中文标题写在 --title 后面，例如：npm run new -- ${collection} payment-terms --title ${bad}` : '例如 payment-terms。';
  fail(`文件名 \`${bad}\` 只能用小写英文字母、数字和连字符（它就是网址）。${asTitle}`);
}

const file = path.join(contentDir, collection, `${slug}.mdx`);
const shown = path.relative(process.cwd(), file);
if (existsSync(file)) fail(`${shown} 已经存在：换一个文件名，或直接编辑这个文件。`, { showUsage: false });

const fields = { title, reviewed: formatDay(new Date()) };
if (collection === 'stages') {
  const playbook = parts[0];
  if (!existsSync(path.join(contentDir, 'playbooks', `${playbook}.mdx`))) {
    const known = readdirSync(path.join(contentDir, 'playbooks')).map((f) => f.replace(/\.mdx$/, ''));
    fail(`没有名为 \`${playbook}\` 的流程。已有：${known.join('、')}。新流程先用 npm run new -- playbooks ${playbook} 创建。`, { showUsage: false });
  }
  Object.assign(fields, { playbook, order: nextStageOrder(path.dirname(file)) });
}

mkdirSync(path.dirname(file), { recursive: true });
const text = renderTemplate(collection, fields);
writeFileSync(file, text, { flag: 'wx' });
const choice = toChoose[collection];
const choiceLine = choice && text.split('\n').findIndex((l) => l.startsWith(`${choice.field}:`)) + 1;
console.log(`✓ 已创建 ${shown}${fields.order ? `（order: ${fields.order}）` : ''}
${choice ? `  先选 ${choice.field}：第 ${choiceLine} 行的“${choice.placeholder}”要换成 ${choice.options.join('、')} 之一（选好之前 npm run dev 和 npm run check 都会提示）。\n` : ''}  下一步：把标有“请改写”的内容换成真实内容，npm run dev 预览，提交前运行 npm run check。`);
