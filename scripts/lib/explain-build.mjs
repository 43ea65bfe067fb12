/**
 * Turns `astro build` output into problems an editor can act on: `file:line` plus one sentence.
 * Astro reports schema errors as `[InvalidContentEntryDataError] <collection> → <id> …` with
 * zod's English wording and line 0, and YAML errors as js-yaml's message; our own integrity
 * check already speaks Chinese (`file:line → field: message`). Anything unrecognised is passed
 * through as is, so no error is ever hidden.
 */
import { stripVTControlCharacters } from 'node:util';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const typeNames = {
  string: '一段文字',
  number: '一个数字（不加引号）',
  array: '一个列表（写成 [甲, 乙]，用半角逗号；或每行一个“- ”）',
  boolean: 'true 或 false',
  date: '一个日期，例如 2026-11-01',
  object: '一组“字段: 值”',
};

/** Says a zod/Astro message in editors' words; messages our schemas wrote are already Chinese. */
export function explainIssue(field, message) {
  if (/^Required$|received `?undefined`?$/.test(message)) {
    return `缺少必填字段 \`${field}\`：在文件开头两条 --- 之间加一行 \`${field.split('.').at(-1)}: …\`（写法见 content/README.md，或用 npm run new 生成的模板对照）`;
  }
  const type = message.match(/^Expected type `(\w+)`, received `(.*)`$/);
  if (type) return `\`${field}\` 应该是${typeNames[type[1]] ?? type[1]}，现在写的是 ${type[2]}`;
  const tooSmall = message.match(/Too small: expected (string|array) to have >=?(\d+) (characters|items)/);
  if (tooSmall) return `\`${field}\` 太短：至少要写 ${tooSmall[2]} ${tooSmall[1] === 'string' ? '个字' : '项'}`;
  return message;
}

/** The line (1-based) of a frontmatter path like `items.3.id` in the file, or undefined. */
export function findFieldLine(source, fieldPath) {
  const lines = source.split('\n');
  const [key, ...rest] = fieldPath.split('.');
  let at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return undefined;
  let end = lines.findIndex((l, i) => i > at && /^(?:[\w-]+:|---\s*$)/.test(l));
  if (end < 0) end = lines.length;
  for (const part of rest) {
    if (/^\d+$/.test(part)) {
      const items = [];
      for (let i = at + 1; i < end; i++) if (/^\s*- /.test(lines[i]) && lines[i].search(/\S/) === (lines[items[0] ?? i].search(/\S/))) items.push(i);
      const item = items[Number(part)];
      if (item === undefined) return at + 1;
      at = item;
      end = items[Number(part) + 1] ?? end;
    } else {
      const inner = lines.findIndex((l, i) => i >= at && i < end && new RegExp(`^\\s*(?:- )?${part}:`).test(l));
      if (inner < 0) return at + 1;
      at = inner;
    }
  }
  return at + 1;
}

const relative = (file, root) => (path.isAbsolute(file) ? path.relative(root, file) : file);

function readOr(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

const unbalanced = (line) =>
  (line.match(/\[/g)?.length ?? 0) > (line.match(/]/g)?.length ?? 0) ||
  (line.match(/{/g)?.length ?? 0) > (line.match(/}/g)?.length ?? 0) ||
  (line.match(/"/g)?.length ?? 0) % 2 === 1;

/**
 * YAML notices an unclosed `[`, `{` or `"` only on a later line; point at the line that opened
 * it, which is the one the editor has to fix. `reported` and the result are 1-based.
 */
export function openedAt(lines, reported) {
  for (let i = Math.min(reported, lines.length) - 1; i >= 1; i--) {
    if (lines[i].trim() === '---') break;
    if (unbalanced(lines[i])) return i + 1;
  }
  return reported;
}

/** One problem per zod issue line under an InvalidContentEntryDataError header. */
function explainSchemaIssues(block, file, root) {
  const source = readOr(path.resolve(root, file));
  const found = [];
  for (const line of block.split('\n').slice(1)) {
    if (/^\s*Hint:/.test(line)) break;
    const issue = line.replace(/\*/g, '').match(/^\s*([\w.]+): (?:\1: )?(.+)$/);
    if (!issue) continue;
    const at = findFieldLine(source, issue[1]);
    found.push({ where: `${file}${at ? `:${at}` : ''}（${issue[1]}）`, message: explainIssue(issue[1], issue[2].trim()) });
  }
  return found;
}

/**
 * Problems found in a failed build's output, each `{ where, message }` where `where` is
 * `file:line` when known. `root` is the project folder, for relative file names.
 */
export function explainBuildOutput(output, root) {
  const text = stripVTControlCharacters(output);
  const problems = [];

  // Our integrity check: `file[:line] → field: message`, one per line.
  // Frontmatter problems come without a line: find the field in the file.
  for (const m of text.matchAll(/^(\S+\.mdx)(?::(\d+))? → ([^:\n]+?): (.+)$/gm)) {
    const at = m[2] ?? findFieldLine(readOr(path.resolve(root, m[1])), m[3].replace(/\[(\d+)\]/g, '.$1'));
    problems.push({ where: m[2] ? `${m[1]}:${m[2]}` : `${m[1]}${at ? `:${at}` : ''}（${m[3]}）`, message: m[4] });
  }

  // Astro's error blocks: everything since the last log line, then `Location:` and the file.
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const location = line.trim() === 'Location:' && lines[i + 1]?.trim().match(/^(\S+\.(?:mdx|ya?ml)):(\d+):\d+$/);
    if (!location) return;
    let start = i;
    while (start > 0 && !/^\d\d:\d\d:\d\d /.test(lines[start - 1])) start--;
    const block = lines.slice(start, i).join('\n');
    const file = relative(location[1], root);
    const header = block.match(/(\S+) → (\S+?)\** data does not match collection schema\./);
    if (header) problems.push(...explainSchemaIssues(block, file, root));
    else {
      const said = block.split('\n').map((l) => l.replace(/^\s*\[\w+\]\s*/, '').trim()).find(Boolean) ?? '';
      const source = readOr(path.resolve(root, file)).split('\n');
      const frontmatterEnd = source.findIndex((l, n) => n > 0 && l.trim() === '---') + 1;
      const reported = Math.max(1, Number(location[2]));
      const at = reported <= frontmatterEnd ? openedAt(source, reported) : reported;
      problems.push({
        where: `${file}:${at}`,
        message:
          frontmatterEnd > 0 && at > frontmatterEnd
            ? `正文（MDX）写法有误，报告：“${said}”。常见原因：组件没有闭合（<Say>…</Say>）、正文里直接写了 < 或 {（要写成 \\< 或 \\{）`
            : `文件开头的 frontmatter（两条 --- 之间）格式有误，YAML 报告：“${said}”。常见原因：[ ] 或引号没有成对、冒号后面少了空格、列表项缩进不齐`,
      });
    }
  });
  return problems;
}
