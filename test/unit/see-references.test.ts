import { describe, expect, test } from 'vitest';
import { findIntegrityProblems, formatProblems, listSeeTargets, type CheckedEntry } from '../../src/lib/content-check/integrity';

const guide = (id: string, body: string, bodyLine = 1): CheckedEntry => ({
  collection: 'guides',
  id,
  file: `content/guides/${id}.mdx`,
  data: {},
  body,
  bodyLine,
});
const price: CheckedEntry = { collection: 'objections', id: 'price', file: 'content/objections/price.mdx', data: {} };
const dealer: CheckedEntry = { collection: 'channelTypes', id: 'dealer', file: 'content/channels/dealer.mdx', data: {} };

describe('listSeeTargets', () => {
  test('finds every <See to> with its line, whatever the quoting', () => {
    const body = `第一行\n见 <See to="objections/price" />，\n<See\n  to='channels/dealer'>经销商</See> 和 <See to={"guides/x"} />`;
    expect(listSeeTargets(body)).toEqual([
      { to: 'objections/price', line: 2 },
      { to: 'channels/dealer', line: 3 },
      { to: 'guides/x', line: 4 },
    ]);
  });

  test('read with the MDX parser: a tag shown in a code block is not a reference', () => {
    const body = '写法：\n\n```mdx\n<See to="objections/nothing" />\n```\n\n<See to="objections/price" />';
    expect(listSeeTargets(body)).toEqual([{ to: 'objections/price', line: 7 }]);
  });
});

describe('findIntegrityProblems on <See>', () => {
  test('accepts targets that exist, channels included', () => {
    expect(findIntegrityProblems([price, dealer, guide('a', '<See to="objections/price" /> <See to="channels/dealer" />')])).toEqual([]);
  });

  test('names the file and the line in the file, counting the frontmatter', () => {
    const problems = findIntegrityProblems([price, guide('a', '\n\n见 <See to="objections/prices" />', 6)]);
    expect(formatProblems(problems)).toBe(
      'content/guides/a.mdx:8 → <See to="objections/prices">: 交叉引用指向不存在的页面 `objections/prices`：检查拼写，id 是 content/objections/ 下的文件名（不带 .mdx），草稿页（draft: true）在正式构建中也不存在',
    );
  });

  test('explains the form when the collection is unknown', () => {
    const [problem] = findIntegrityProblems([guide('a', '<See to="price" />')]);
    expect(problem?.message).toMatch(/^交叉引用要写成 集合\/id/);
  });
});
