/**
 * The wording check over all content: no risky wording and no policy promised in a rep's own
 * words, outside 不要这样说 and <Compliance>/<Warning>. And the check itself catches a planted case.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { scanWording } from '../../src/lib/compliance-scan';
import { wordingRules } from '../../src/lib/policy-rules';

const content = path.resolve('content');
const rules = wordingRules(
  parse(readFileSync(path.join(content, 'compliance/risky-wording.yaml'), 'utf8')),
  parse(readFileSync(path.join(content, 'policies/company.yaml'), 'utf8')),
);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? mdxFiles(full) : name.endsWith('.mdx') ? [full] : [];
  });
}

test('no content page says risky wording or promises a company policy in its own words', () => {
  const findings = mdxFiles(content).flatMap((file) =>
    scanWording(readFileSync(file, 'utf8'), rules).map((f) => `${path.relative(content, file)}:${f.line} “${f.word}” ${f.reason}`),
  );
  expect(findings).toEqual([]);
});

describe('scanWording', () => {
  const planted = [
    '---',
    'title: 示例',
    'answer: 放心，这个产品保本。',
    'phrases:',
    '  - "你们这个保本吗？"',
    '---',
    '',
    '<Say>“项目报上来，我们不会再给别家报价。”</Say>',
    '',
    '## 不要这样说',
    '',
    '- “保本稳赚”',
    '',
    '## 下一步',
    '',
    '<Compliance law="反不正当竞争法">',
    '不给对方员工回扣。',
    '</Compliance>',
    '给采购送个红包。',
  ].join('\n');

  test('catches a planted answer, script and line, with file lines', () => {
    const found = scanWording(planted, rules).map((f) => [f.line, f.word]);
    expect(found).toEqual([
      [3, '保本'],
      [8, '不会再给别家报价'],
      [19, '红包'],
    ]);
  });

  test('says what to write instead, and names the policy to reference', () => {
    const [, policy] = scanWording(planted, rules);
    expect(policy.reason).toBe('公司政策「项目报备与保护期」');
    expect(policy.instead).toContain('<Policy id="project-protection" />');
  });
});

describe('scanWording: where wording is allowed', () => {
  const rule = [{ reason: '《测试》', words: ['保本'], instead: '别说' }];
  const lines = (source: string) => scanWording(source, rule).map((f) => f.line);

  test('a body without frontmatter is scanned from its first line, CRLF or not', () => {
    expect(lines('保本\n正文')).toEqual([1]);
    expect(lines('---\ntitle: x\n---\r\n正文\r\n保本')).toEqual([5]);
  });

  test('frontmatter: customer words are skipped, the rep’s fields are not, whatever their order', () => {
    expect(lines(['---', 'answer: 保本', 'phrases:', '  - "能保本吗：真的？"', 'summary: 保本', '---'].join('\n'))).toEqual([2, 5]);
  });

  test('a 不要这样说 section covers its subsections and ends at the next heading of its level', () => {
    const body = ['## 不要这样说', '- 保本', '### 为什么', '保本', '## 下一步', '保本', '#### 深一层', '保本'].join('\n');
    expect(lines(body)).toEqual([6, 8]);
  });

  test('a Compliance block stays open past a self-closing tag inside it; one-line blocks cover one line', () => {
    const body = ['<Compliance law="x">', '详见 <See to="guides/a" />', '保本', '</Compliance>', '保本', '<Warning>保本</Warning>', '<Warning title="a" />', '保本'].join('\n');
    expect(lines(body)).toEqual([5, 8]);
  });
});
