/**
 * YAML slips editors make, in real files: each is reported once, on the line to change, in words
 * that say what to do (issue #28: an indented `answer:` was reported two lines up, an
 * under-indented list item as three or four parser messages in English).
 */
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content-check/check-content';
import { parseSource } from '../../src/lib/content-check/parse-source';

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

/** The one slip in a data file: its line, and the advice after “这个 YAML 文件的格式有误：”. */
const slipIn = (text: string) => parseSource(text, 'yaml').syntax.map((s) => ({ line: s.line, advice: s.message.replace(/^这个 YAML 文件的格式有误：/, '') }));

describe('what the advice says, slip by slip', () => {
  test('a quoted field name written twice is called “this field”', () => {
    expect(slipIn('"title": 保证金\n"title": 费用\n')).toEqual([{ line: 2, advice: '这个字段 上面已经写过一次：删掉其中一行，或把两行的内容合在一起' }]);
  });

  test('a value starting with @ is to be quoted, spelled out with its field, in a list item too', () => {
    const quoted = { line: 1, advice: '这一行的内容以 YAML 的保留符号（@ 或 `）开头：把冒号后面的内容整个加上引号，写成 owner: "@培训部"' };
    expect(slipIn('owner: @培训部\n')).toEqual([quoted]);
    expect(slipIn('- owner: @培训部\n')).toEqual([quoted]);
    expect(slipIn('-   owner: @培训部\n')).toEqual([quoted]);
  });

  test('a list item starting with @ is to be quoted, with no field to spell out', () => {
    expect(slipIn('- @培训部\n')).toEqual([{ line: 1, advice: '这一行的内容以 YAML 的保留符号（@ 或 `）开头：把冒号后面的内容整个加上引号' }]);
  });

  test('a value holding “: ” is quoted in full in the advice', () => {
    expect(slipIn('summary: 原因: 太贵\nreviewed: 2026-11-20\n')).toEqual([
      { line: 1, advice: '这一行的内容里有“冒号加空格”，YAML 会把它当成一个新字段：把冒号后面的内容整个加上引号，写成 summary: "原因: 太贵"' },
    ]);
  });

  test('of two slips the first is reported, even when the second runs on past its line', () => {
    expect(slipIn('summary: 原因: 太贵\nowner: 甲\n  note: 乙\n')).toEqual([
      { line: 1, advice: expect.stringMatching(/^这一行的内容里有“冒号加空格”.*写成 summary: "原因: 太贵"$/) },
    ]);
    expect(slipIn('title: 甲\nsummary:乙\naliases: [贵, 太贵\nreviewed: 2026-11-20\n')).toEqual([
      { line: 2, advice: '这一行的冒号后面少了一个空格：写成 summary: …' },
    ]);
  });

  test('a colon without a space is that, even when a Chinese colon follows in the value', () => {
    expect(slipIn('title: 甲\nsummary:客户说：太贵\nreviewed: 2026-11-20\n')).toEqual([{ line: 2, advice: '这一行的冒号后面少了一个空格：写成 summary: …' }]);
  });

  test('a list entry out of line with a Chinese colon, or no space after its colon, is told about the colon', () => {
    for (const [entry, advice] of [
      [' - id：fees', '这一行用了中文冒号“：”：字段名后面要用英文冒号加一个空格，写成 id: …'],
      [' -  id：fees', '这一行用了中文冒号“：”：字段名后面要用英文冒号加一个空格，写成 id: …'],
      [' - id:fees', '这一行的冒号后面少了一个空格：写成 id: …'],
      [' -  id:fees', '这一行的冒号后面少了一个空格：写成 id: …'],
    ]) {
      expect(slipIn(`- id: deposit\n  title: 保证金\n${entry}\n`)).toEqual([{ line: 3, advice }]);
    }
  });

  test('a slip after a list whose items hold “: ” is reported as itself', () => {
    expect(slipIn('aliases: [原因: 太贵]\ncategory:价格\n')).toEqual([{ line: 2, advice: '这一行的冒号后面少了一个空格：写成 category: …' }]);
  });

  test('a Chinese colon after a field name says to use an English one', () => {
    expect(slipIn('title: 甲\ncategory：价格\nreviewed: 2026-11-20\n')).toEqual([
      { line: 2, advice: '这一行用了中文冒号“：”：字段名后面要用英文冒号加一个空格，写成 category: …' },
    ]);
  });
});

describe('an unclosed bracket or quote', () => {
  test('each kind names what to close', () => {
    expect(slipIn('meta: {owner: 甲\nreviewed: 2026-11-20\n')).toEqual([{ line: 1, advice: '这一行的 { 没有对应的 }：写在同一行并以 } 结尾' }]);
    expect(slipIn("title: 甲\nsummary: '客户嫌贵\nreviewed: 2026-11-20\n")).toEqual([{ line: 2, advice: "这一行的引号没有成对：在这段文字的末尾补上 '" }]);
    expect(slipIn('title: 甲\nsummary: "客户嫌贵\n')).toEqual([{ line: 2, advice: '这一行的引号没有成对：在这段文字的末尾补上 "' }]);
  });

  test('a lone opening quote at the end of a line is unclosed', () => {
    expect(slipIn('title: 甲\nsummary: "\n')).toEqual([{ line: 2, advice: '这一行的引号没有成对：在这段文字的末尾补上 "' }]);
  });

  test('a quote left open inside an open [ is the one named', () => {
    expect(slipIn('aliases: [贵, "太贵\nreviewed: 2026-11-20\n')).toEqual([{ line: 1, advice: '这一行的引号没有成对：在这段文字的末尾补上 "' }]);
  });

  test('an open [ is found even when the file ends with a ] further down', () => {
    expect(slipIn('aliases: [贵, 太贵\nstages: [dealer/pre-visit]\n')).toEqual([
      { line: 1, advice: '这一行的 [ 没有对应的 ]：列表写在同一行并以 ] 结尾，例如 [贵, 太贵]，项目之间用半角逗号' },
    ]);
  });

  test('a slip inside a closed [ or { is not an unclosed one', () => {
    for (const text of ['aliases: [贵, @太贵]\n', 'meta: {owner: @培训部}\n']) {
      expect(slipIn(text)).toEqual([{ line: 1, advice: expect.stringMatching(/^这一行的内容以 YAML 的保留符号/) }]);
    }
  });

  test('text after a closed quote is not an unclosed quote: the parser’s words are kept', () => {
    for (const text of ['summary: "客户嫌贵"先问\n', "summary: '客户嫌贵'先问\n", 'summary: ""先问\n']) {
      expect(slipIn(text)).toEqual([
        { line: 1, advice: 'YAML 报告“Unexpected scalar at node end”。常见原因：[ ] 或引号没有成对、冒号后面少了空格、列表项缩进不齐' },
      ]);
    }
  });
});

describe('a slip of no known shape keeps the parser’s words, on its own line', () => {
  test('a field after a top-level list', () => {
    expect(slipIn('- 甲\nowner: 乙\n')).toEqual([
      { line: 2, advice: 'YAML 报告“Unexpected scalar at node end”。常见原因：[ ] 或引号没有成对、冒号后面少了空格、列表项缩进不齐' },
    ]);
  });

  test('a ! at the start of a line, only the first line of the parser’s message', () => {
    expect(slipIn('title: 甲\n!注意\n')).toEqual([
      {
        line: 2,
        advice:
          'YAML 报告“Tags and anchors must be separated from the next token by white space”。常见原因：[ ] 或引号没有成对、冒号后面少了空格、列表项缩进不齐',
      },
    ]);
  });

  test('a lone & is reported on its line, the first of the parser’s slips in the file', () => {
    expect(slipIn('title: 甲\n&\n\n')).toEqual([
      { line: 2, advice: 'YAML 报告“Anchor cannot be an empty string”。常见原因：[ ] 或引号没有成对、冒号后面少了空格、列表项缩进不齐' },
    ]);
  });

  test('a slip at the very end of a file still names a line of the file', () => {
    const text = 'title: 甲\n&注意\n';
    const [slip] = slipIn(text);
    expect(slip!.line).toBeGreaterThanOrEqual(2);
    expect(slip!.line).toBeLessThanOrEqual(text.split('\n').length);
  });
});

describe('a line out of line: what to line it up with', () => {
  test('blank and comment lines before the misplaced line are passed over, whatever their indentation', () => {
    for (const gap of ['', '   ', ' # 一句话回应', '    # 一句话回应']) {
      const text = `phrases:\n  - 甲\n  - 乙\n${gap}\n  answer: 丙\nreviewed: 2026-11-20\n`;
      expect(slipIn(text)).toEqual([{ line: 5, advice: '这一行的缩进和上面不一致（answer: 要和上面的 phrases: 对齐，顶格写，前面不留空格）' }]);
    }
  });

  test('a misplaced field is about indentation even when its value holds a colon or a dash', () => {
    for (const value of ['先算 ROI：一年到手多少', '先算 ROI:一年到手多少', '量大 - 价优']) {
      expect(slipIn(`phrases:\n  - 甲\n  - 乙\n  answer: ${value}\n`)).toEqual([
        { line: 4, advice: '这一行的缩进和上面不一致（answer: 要和上面的 phrases: 对齐，顶格写，前面不留空格）' },
      ]);
    }
  });

  test('a field lines up with the field above nearest in indent, not with the nearest line', () => {
    expect(slipIn('meta:\n  owner: 甲\nreviewed: 2026-11-20\n   note: 乙\n')).toEqual([
      { line: 4, advice: '这一行的缩进和上面不一致（note: 要和上面的 owner: 对齐，前面留两个空格）' },
    ]);
    expect(slipIn('summary: 甲\nmeta:\n    owner: 乙\n reviewed: 2026-11-20\n')).toEqual([
      { line: 4, advice: '这一行的缩进和上面不一致（reviewed: 要和上面的 meta: 对齐，顶格写，前面不留空格）' },
    ]);
  });

  test('a field out of line just under a list entry’s first line lines up with its id', () => {
    expect(slipIn('- id: deposit\n   title: 保证金\n')).toEqual([
      { line: 2, advice: '这一行的缩进和上面不一致（title: 要和上面的 id: 对齐，前面留两个空格）' },
    ]);
  });

  test('a field with no field above to line up with, and a line that is no field, are told to line up with the line above', () => {
    const general = '这一行的缩进和上面不一致：和上一行对齐，或删掉行首多出来的空格';
    expect(slipIn('- 甲\n  owner: 乙\n')).toEqual([{ line: 2, advice: general }]);
    expect(slipIn('phrases:\n  - 甲\n 乙\n')).toEqual([{ line: 3, advice: general }]);
  });

  test('a list item under a field with a value, its list field forgotten, says to indent it', () => {
    expect(slipIn('title: 甲\n- 你们太贵了\n')).toEqual([{ line: 2, advice: '这一行的缩进和上面不一致（列表项要比 它所属的字段: 多缩进两个空格）' }]);
    expect(slipIn('phrases:\n  owner: 甲\n  - 你们太贵了\n')).toEqual([{ line: 3, advice: '这一行的缩进和上面不一致（列表项要比 phrases: 多缩进两个空格）' }]);
  });

  test('a list item says how far in, counted from its list field, in any number of spaces', () => {
    expect(slipIn('phrases:\n    - 甲\n   - 乙\n')).toEqual([
      { line: 3, advice: '这一行的缩进和上面不一致（列表项要和上一项对齐：比 phrases: 多缩进 4 个空格）' },
    ]);
    expect(slipIn('- id: deposit\n  words:\n    - 甲\n   - 乙\n')).toEqual([
      { line: 4, advice: '这一行的缩进和上面不一致（列表项要和上一项对齐：比 words: 多缩进两个空格）' },
    ]);
  });

  test('a list field with trailing spaces or a comment is still the field its items belong to', () => {
    for (const field of ['phrases:  ', 'phrases:  # 客户的原话', 'phrases: # 客户的原话']) {
      expect(slipIn(`${field}\n  - 甲\n - 乙\n`)).toEqual([
        { line: 3, advice: '这一行的缩进和上面不一致（列表项要和上一项对齐：比 phrases: 多缩进两个空格）' },
      ]);
    }
  });

  test('a list item’s field is the one its list hangs from, not a field with a value, nor one deeper in', () => {
    expect(slipIn('- id: a\n  words:\n    - 甲\n  note: 乙\n - 丙\n')).toEqual([
      { line: 5, advice: '这一行的缩进和上面不一致（列表项要和上一项对齐：比 words: 多缩进两个空格）' },
    ]);
    expect(slipIn('items:\n  - id: a\n    steps:\n      - 甲\n  - id: b\n - id: c\n')).toEqual([
      { line: 6, advice: '这一行的缩进和上面不一致（列表项要和上一项对齐：比 items: 多缩进两个空格）' },
    ]);
  });

  test('a list under a quoted field name says how many spaces to leave', () => {
    expect(slipIn('"phrases":\n    - 甲\n   - 乙\n')).toEqual([{ line: 3, advice: '这一行的缩进和上面不一致（列表项要和上一项对齐：前面留 4 个空格）' }]);
  });

  test('a bare - out of line is a list item too', () => {
    expect(slipIn('phrases:\n  - 甲\n -\n')).toEqual([{ line: 3, advice: '这一行的缩进和上面不一致（列表项要和上一项对齐：比 phrases: 多缩进两个空格）' }]);
  });
});
