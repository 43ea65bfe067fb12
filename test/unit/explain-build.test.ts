import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { explainBuildOutput, explainIssue, findFieldLine, openedAt } from '../../scripts/lib/explain-build.mjs';

const checklist = `---
title: 清单
items:
  - id: a
    text: 第一项
  - id: b
    text: 第二项
reviewed: 2026-11-20
---
`;

describe('findFieldLine', () => {
  test('finds a top-level field', () => {
    expect(findFieldLine(checklist, 'reviewed')).toBe(8);
  });
  test('finds a field inside a list item', () => {
    expect(findFieldLine(checklist, 'items.1.id')).toBe(6);
    expect(findFieldLine(checklist, 'items.1.text')).toBe(7);
  });
  test('is undefined for a field that is not written', () => {
    expect(findFieldLine(checklist, 'summary')).toBeUndefined();
  });
});

describe('openedAt', () => {
  const lines = ['---', 'title: 异议', 'aliases: [贵， 太贵', 'phrases:', '  - "太贵了"', '---'];
  test('points at the line that opened an unclosed bracket, not where YAML noticed it', () => {
    expect(openedAt(lines, 4)).toBe(3);
  });
  test('keeps the reported line when nothing before it is left open', () => {
    expect(openedAt(['---', 'title: 异议', 'summary: x: y', '---'], 3)).toBe(3);
  });
});

describe('explainIssue', () => {
  test('says how to add a missing field', () => {
    expect(explainIssue('summary', 'Required')).toMatch(/^缺少必填字段 `summary`：在文件开头两条 --- 之间加一行 `summary: …`/);
  });
  test('says which kind of value is expected', () => {
    expect(explainIssue('order', 'Expected type `number`, received `"三"`')).toBe('`order` 应该是一个数字（不加引号），现在写的是 "三"');
  });
  test('keeps messages our schemas already wrote', () => {
    expect(explainIssue('category', '`category` 只能是：需求')).toBe('`category` 只能是：需求');
  });
});

describe('explainBuildOutput', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'explain-'));
  mkdirSync(path.join(root, 'content/checklists'), { recursive: true });
  writeFileSync(path.join(root, 'content/checklists/x.mdx'), checklist);
  afterAll(() => rmSync(root, { recursive: true }));

  test('turns a schema error into file:line and the field', () => {
    const output = `23:00:01 [content] Syncing content
[InvalidContentEntryDataError] checklists → x data does not match collection schema.

  items.1.id**: **items.1.id: 清单项 id \`a\` 重复
  title**: **title: Required

  Hint:
    See https://docs.astro.build/
  Location:
    ${root}/content/checklists/x.mdx:0:0`;
    expect(explainBuildOutput(output, root)).toEqual([
      { where: 'content/checklists/x.mdx:6（items.1.id）', message: '清单项 id `a` 重复' },
      { where: 'content/checklists/x.mdx:2（title）', message: expect.stringMatching(/^缺少必填字段 `title`/) },
    ]);
  });

  test('a data file (a diagram) is named by file, line and field too', () => {
    mkdirSync(path.join(root, 'content/diagrams'), { recursive: true });
    writeFileSync(path.join(root, 'content/diagrams/d.yaml'), 'title: 图\nnodes:\n  - id: a\n    label: A\nedges:\n  - from: a\n    to: b\n');
    const output = `23:00:01 [content] Syncing content
[InvalidContentEntryDataError] diagrams → d data does not match collection schema.

  edges.0.to: 连线的 to 写的是 \`b\`，但 nodes 里没有这个 id

  Location:
    ${root}/content/diagrams/d.yaml:0:0`;
    expect(explainBuildOutput(output, root)).toEqual([{ where: 'content/diagrams/d.yaml:7（edges.0.to）', message: '连线的 to 写的是 `b`，但 nodes 里没有这个 id' }]);
  });

  test('turns a YAML error into file:line and a hint', () => {
    const output = `23:00:01 [content] Syncing content\nmissed comma between flow collection entries\n  Location:\n    ${root}/content/checklists/x.mdx:3:0`;
    const [problem] = explainBuildOutput(output, root);
    expect(problem.where).toBe('content/checklists/x.mdx:3');
    expect(problem.message).toMatch(/frontmatter（两条 --- 之间）格式有误，YAML 报告：“missed comma between flow collection entries”/);
  });

  test('adds the line of the field to an integrity problem that has none', () => {
    const output = 'content/checklists/x.mdx → items[1].id: 引用了不存在的条目';
    expect(explainBuildOutput(output, root)).toEqual([{ where: 'content/checklists/x.mdx:6（items[1].id）', message: '引用了不存在的条目' }]);
  });

  test('passes our own integrity lines through', () => {
    const output = '内容检查发现 1 个问题：\ncontent/guides/a.mdx:8 → <See to="objections/x">: 交叉引用指向不存在的页面';
    expect(explainBuildOutput(output, root)).toEqual([{ where: 'content/guides/a.mdx:8', message: '交叉引用指向不存在的页面' }]);
  });
});
