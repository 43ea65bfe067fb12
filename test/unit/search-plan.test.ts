import { describe, expect, test } from 'vitest';
import { cutsWhole, makePlanner } from '../../src/lib/search/query-plan';
import { buildVocabulary } from '../../src/lib/search/vocabulary';

const vocabulary = buildVocabulary(
  ['的', '了', '吗', '吧', '我', '是', '什么', '怎么', '和'],
  [{ id: 'shapes', drop: ['意思', '区别', '你们'], keep: [] }],
  [
    { id: 'rebate', terms: ['返利', '返点'], typos: ['反利'] },
    { id: 'credit', terms: ['账期', '先货后款'] },
  ],
);
const plan = makePlanner(vocabulary);

describe('query plan', () => {
  test('drops function words and searches the rest by character pairs', () => {
    const { groups } = plan('已经有合作的厂家了');
    expect(groups).toEqual([['已经'], ['经有'], ['有合'], ['合作'], ['厂家']]);
  });

  test('a synonym brings its whole group, the typed word first; a typo is replaced by the group', () => {
    expect(plan('返点').groups).toEqual([['返点', '返利']]);
    const { groups } = plan('你们反利太低了吧');
    expect(groups[0]).toEqual(['返利', '返点']);
    expect(groups.slice(1)).toEqual([['太低']]);
  });

  test('a synonym is never cut up by segmentation', () => {
    expect(plan('能不能先货后款').groups).toContainEqual(['先货后款', '账期']);
  });

  test('question shapes leave only what is asked about', () => {
    expect(plan('甲指乙购是什么意思').groups).toEqual([['甲指'], ['指乙'], ['乙购']]);
    expect(plan('铺货和窜货的区别').groups).toEqual([['铺货'], ['窜货']]);
  });

  test('a lone character counts half, Latin words stay whole', () => {
    const result = plan('APP 推广 钱');
    expect(result.groups).toEqual([['app'], ['推广'], ['钱']]);
    expect(result.weights).toEqual([1, 1, 0.5]);
  });

  test('punctuation, full-width forms and case do not matter', () => {
    expect(plan('“返利”，太低！').groups).toEqual(plan('返利 太低').groups);
    expect(plan('ＡＰＰ').groups).toEqual([['app']]);
  });

  test('a query of function words only still searches what was typed', () => {
    expect(plan('怎么').groups).toEqual([['怎么']]);
    expect(plan('   ').groups).toEqual([]);
  });

  test('marks hold the stretches and synonyms for highlighting', () => {
    expect(plan('返点太低').marks).toEqual(['返利', '返点', '太低']);
  });

  test('a rambling sentence is capped at sixteen searches', () => {
    expect(plan('一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯').groups).toHaveLength(16);
  });
});

describe('vocabulary', () => {
  test('keep takes a word back out of the generic list', () => {
    const v = buildVocabulary(['不', '的'], [{ id: 'neg', drop: [], keep: ['不'] }], []);
    expect(v.stopwords).toEqual(['的']);
  });

  test('a word in two synonym groups fails, naming both groups', () => {
    expect(() =>
      buildVocabulary(
        [],
        [],
        [
          { id: 'a', terms: ['返利', '返点'] },
          { id: 'b', terms: ['返点', '点数'] },
        ],
      ),
    ).toThrow(/“返点”同时在 a 和 b/);
  });

  test('typos point at their group and are checked like terms', () => {
    const v = buildVocabulary([], [], [{ id: 'a', terms: ['窜货'], typos: ['串货'] }]);
    expect(v.typos).toEqual({ 串货: 0 });
    expect(() =>
      buildVocabulary(
        [],
        [],
        [
          { id: 'a', terms: ['窜货'], typos: ['串货'] },
          { id: 'b', terms: ['串货', '跨区'] },
        ],
      ),
    ).toThrow(/“串货”同时在 a 和 b/);
  });

  test('a synonym that is also a stopword fails: it could never be expanded', () => {
    expect(() => buildVocabulary(['一般'], [], [{ id: 'x', terms: ['一般', '普通'] }])).toThrow(/x 的“一般”也是停用词/);
  });
});

describe('cutsWhole', () => {
  test('a stopword counts only when the segmenter cuts it out whole', () => {
    const segment = (text: string) => (text === '一转眼' ? ['一', '转眼'] : [text]);
    expect(cutsWhole('其实', segment)).toBe(true);
    expect(cutsWhole('一转眼', segment)).toBe(false);
    expect(cutsWhole('、', () => [])).toBe(false);
  });
});
