/**
 * What a clean `npm run check` prints (issue #28): the policies the company has not filled in are
 * one line pointing at /policies/, not one reminder each, and nothing about code types reaches an
 * editor but one line when a type error needs a developer.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { checkContentStep, formatReport } from '../../scripts/lib/content-step.mjs';
import { typeProblems } from '../../scripts/lib/type-step.mjs';

const policy = (id: string, title: string, value?: string) =>
  `- id: ${id}\n  title: ${title}\n  covers: ${title}的条件和做法。\n  reviewed: 2026-11-20\n${value ? `  value: ${value}\n` : ''}`;

describe('unfilled policies', () => {
  test('are one line with the count and where to see and fill them; a stale page keeps its own line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-report-'));
    try {
      mkdirSync(path.join(dir, 'policies'));
      mkdirSync(path.join(dir, 'guides'));
      writeFileSync(
        path.join(dir, 'policies/company.yaml'),
        policy('fees', '费用分担') + policy('deposit', '保证金') + policy('returns', '退换货', '按合同约定') + policy('award', '年底奖励'),
      );
      writeFileSync(path.join(dir, 'guides/old.mdx'), '---\ntitle: 旧指南\nsummary: 很久没有审核的一页指南。\nreviewed: 2025-01-15\n---\n\n正文。\n');
      const { errors, warnings } = checkContentStep(dir, new Date('2026-12-01'));
      expect(errors).toEqual([]);
      const report = formatReport(errors, warnings).split('\n');
      expect(report.filter((l) => l.includes('公司政策') || l.includes('公司还没填写'))).toEqual([
        '⚠ 3 项公司政策还没填写，页面上显示“以公司政策为准：尚未填写”：见网站的 /policies/ 页，填写在 content/policies/company.yaml（每条加上 value）',
      ]);
      expect(report).toContain(`⚠ ${path.join(dir, 'guides/old.mdx')}:4`);
      expect(report.at(-1)).toBe('✓ 检查通过，有 2 个提醒（不影响提交）。');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('type diagnostics of code', () => {
  const warning = "scripts/lib/templates.mjs:10:86 - warning ts(6133): 'placeholderMarks' is declared but its value is never read.";
  const error = "src/lib/x.ts:3:7 - error ts(2322): Type 'string' is not assignable to type 'number'.";

  test('warnings never reach the report; errors are one line naming the command', () => {
    expect(typeProblems({ code: 0, output: `${warning}\n\nResult (300 files):\n- 0 errors\n- 1 warning\n` })).toEqual([]);
    expect(typeProblems({ code: 1, output: `${error}\n${error}\n${warning}\n` })).toEqual([
      { message: '代码（不是内容）有 2 个类型错误：请开发同事运行 npx astro check 查看并修好' },
    ]);
    expect(formatReport(typeProblems({ code: 1, output: error }), []).split('\n')).toContain(
      '✗ 代码（不是内容）有 1 个类型错误：请开发同事运行 npx astro check 查看并修好',
    );
  });

  test('the check’s own scripts declare nothing they leave unused (ts 6133)', () => {
    const files = [
      'scripts/check.mjs',
      'scripts/new.mjs',
      ...readdirSync('scripts/lib')
        .filter((f) => f.endsWith('.mjs'))
        .map((f) => `scripts/lib/${f}`),
    ];
    // One file at a time and unresolved imports: only the unused-declaration diagnostics are read.
    const program = ts.createProgram(files, { allowJs: true, checkJs: true, noUnusedLocals: true, noEmit: true, noResolve: true, noLib: true, types: [] });
    const unused = files.flatMap((f) =>
      program
        .getSemanticDiagnostics(program.getSourceFile(f))
        .filter((d) => d.code === 6133 || d.code === 6192)
        .map((d) => `${f}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
    );
    expect(unused).toEqual([]);
  });
});
