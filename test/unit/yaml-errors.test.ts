/**
 * YAML slips editors make, in real files: each is reported once, on the line to change, in words
 * that say what to do (issue #28: an indented `answer:` was reported two lines up, an
 * under-indented list item as three or four parser messages in English).
 */
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content-check/check-content';

const check = (file: ContentFile) => checkContent([file], { today: new Date('2026-12-01'), genericStopwords: ['的'] });
const objection = (text: string): ContentFile => ({ collection: 'objections', id: 'x', file: 'content/objections/x.mdx', text });
/** 1-based line of the file holding `marker`. */
const lineOf = (text: string, marker: string) => text.split('\n').findIndex((l) => l.includes(marker)) + 1;

const page = `---
title: 价格异议
summary: 客户嫌价格太高、利润空间太小，先问清他跟谁比。
category: 价格
# 客户的原话，至少两条。
phrases:
  - "你们太贵了"
  - "别家比你便宜一截"
# 一口气说得完的一句话回应。
answer: 单价不是全部利润，我们按您的量一起算一年到手多少。
reviewed: 2026-11-20
---

## 怎么回应

先问清楚他跟谁比。
`;

/** The page with `from` replaced by `to`: one slip in an otherwise valid file. */
const slip = (from: string, to: string) => {
  expect(page).toContain(from);
  return page.replace(from, to);
};

describe('a YAML slip in a page is reported once, on the line to change', () => {
  test('the file without the slip is clean', () => {
    expect(check(objection(page))).toEqual([]);
  });

  test('an indented answer: after a list and a comment points at answer:, not at the list two lines up', () => {
    const text = slip('\nanswer:', '\n  answer:');
    expect(check(objection(text))).toEqual([
      {
        file: 'content/objections/x.mdx',
        line: lineOf(text, '  answer:'),
        message: '文件开头的 frontmatter（两条 --- 之间）格式有误：这一行的缩进和上面不一致（answer: 要和上面的 phrases: 对齐，顶格写，前面不留空格）',
        level: 'error',
        breaksBuild: true,
      },
    ]);
  });

  test('an under-indented list item is one message naming its list', () => {
    const text = slip('  - "别家', ' - "别家');
    const problems = check(objection(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: lineOf(text, ' - "别家'),
      message: expect.stringContaining('这一行的缩进和上面不一致（列表项要和上一项对齐：比 phrases: 多缩进两个空格）'),
    });
  });

  test('an over-indented list item, and one at the left margin, say the same', () => {
    for (const to of ['   - "别家', '- "别家']) {
      const text = slip('  - "别家', to);
      expect(check(objection(text)).map((p) => [p.line, p.message.split('：').at(-1)])).toEqual([[lineOf(text, to), '比 phrases: 多缩进两个空格）']]);
    }
  });

  test('a field indented under a field with a value points at the indented field', () => {
    const text = slip('\ncategory:', '\n  category:');
    expect(check(objection(text)).map((p) => [p.line, p.message])).toEqual([
      [lineOf(text, '  category:'), expect.stringContaining('category: 要和上面的 summary: 对齐，顶格写')],
    ]);
  });

  test('a colon without a space, a Chinese colon, a tab', () => {
    const said = (from: string, to: string) => {
      const text = slip(from, to);
      const problems = check(objection(text));
      expect(problems.map((p) => p.line)).toEqual([lineOf(text, to)]);
      return problems[0]!.message;
    };
    expect(said('category: 价格', 'category:价格')).toMatch(/这一行的冒号后面少了一个空格：写成 category: …$/);
    expect(said('category: 价格', 'category：价格')).toMatch(/这一行用了中文冒号“：”：字段名后面要用英文冒号加一个空格，写成 category: …$/);
    expect(said('  - "你们', '\t- "你们')).toMatch(/把行首的 Tab 换成空格$/);
  });

  test('a value holding “: ” is to be quoted, and the quoted value is spelled out', () => {
    const text = slip('summary: 客户嫌价格太高、', 'summary: 原因: 客户嫌价格太高、');
    expect(check(objection(text)).map((p) => [p.line, p.message])).toEqual([
      [lineOf(text, 'summary:'), expect.stringContaining('写成 summary: "原因: 客户嫌价格太高、利润空间太小，先问清他跟谁比。"')],
    ]);
  });

  test('an unclosed [ or quote points at the line that opened it', () => {
    const bracket = slip('reviewed:', 'aliases: [贵, 太贵\nreviewed:');
    expect(check(objection(bracket)).map((p) => [p.line, p.message.split('：')[1]])).toEqual([[lineOf(bracket, 'aliases:'), '这一行的 [ 没有对应的 ]']]);
    const quote = slip('"你们太贵了"', '"你们太贵了');
    expect(check(objection(quote)).map((p) => p.line)).toEqual([lineOf(quote, '"你们太贵了')]);
  });

  test('a field written twice is named', () => {
    const text = slip('reviewed:', 'category: 品牌\nreviewed:');
    expect(check(objection(text)).map((p) => [p.line, p.message.split('：')[1]])).toEqual([[lineOf(text, 'category: 品牌'), 'category 上面已经写过一次']]);
  });
});

describe('a YAML slip in a data file', () => {
  test('a list entry out of line in company.yaml says how far in', () => {
    const text =
      '- id: deposit\n  title: 保证金\n  covers: 收不收、收多少\n  reviewed: 2026-11-20\n - id: fees\n  title: 费用\n  covers: 费用怎么分担\n  reviewed: 2026-11-20\n';
    expect(check({ collection: 'policies', file: 'content/policies/company.yaml', text }).map((p) => [p.line, p.message])).toEqual([
      [5, '这个 YAML 文件的格式有误：这一行的缩进和上面不一致（列表项要和上一项对齐：顶格写，前面不留空格）'],
    ]);
  });

  test('a key out of line inside a list entry lines up with its neighbour', () => {
    const text = '- id: deposit\n  title: 保证金\n   covers: 收不收、收多少\n  reviewed: 2026-11-20\n';
    expect(check({ collection: 'policies', file: 'content/policies/company.yaml', text }).map((p) => [p.line, p.message.split('：')[1]])).toEqual([
      [3, '这一行的缩进和上面不一致（covers: 要和上面的 title: 对齐，前面留两个空格）'],
    ]);
  });
});
