import { describe, expect, test } from 'vitest';
import { makePlanner } from '../../src/lib/search/query-plan';
import { tuning } from '../../src/lib/search/tuning';
import { buildVocabulary, findVocabularyProblems } from '../../src/lib/search/vocabulary';

const CONCEPT_WEIGHT = tuning.plan.conceptWeight;

const synonyms = [{ id: 'brand', terms: ['品牌', '牌子'] }];
const concepts = [
  { id: 'strength', says: ['撑几年', '跑路'], means: ['实力', '稳定'] },
  { id: 'unknown', says: ['没听说'], means: ['品牌'] },
];
const plan = makePlanner(buildVocabulary(['的', '了', '吗'], [], synonyms, concepts));

describe('concept groups', () => {
  test('an everyday saying adds the page’s words as one weaker group, after the typed words', () => {
    const { groups, weights, marks } = plan('你们厂子能撑几年');
    expect(groups.at(-1)).toEqual(['实力', '稳定']);
    expect(weights.at(-1)).toBe(CONCEPT_WEIGHT);
    expect(CONCEPT_WEIGHT).toBeLessThan(1);
    // The typed words are still all searched, and the concept's words are not highlighted.
    expect(groups).toContainEqual(['撑几']);
    expect(marks).not.toContain('实力');
  });

  test('a concept word that is a synonym brings its group; a concept already typed is not added twice', () => {
    expect(plan('这牌子没听说过').groups.filter((g) => g.includes('品牌'))).toHaveLength(1);
    expect(plan('没听说过').groups.at(-1)).toEqual(['品牌', '牌子']);
  });

  test('a query with no saying gets no concept group', () => {
    expect(plan('返利太低').weights.every((w) => w !== CONCEPT_WEIGHT)).toBe(true);
  });

  test('a saying in two concepts, or one that is already a synonym, is reported with its group', () => {
    const problems = findVocabularyProblems([], [], synonyms, [
      { id: 'a', says: ['跑路', '牌子'], means: ['实力'] },
      { id: 'b', says: ['跑路'], means: ['稳定'] },
    ]);
    expect(problems.map((p) => `${p.group}: ${p.message}`)).toEqual([
      'a: 概念组 a 的说法“牌子”已经是同义词组 brand 的词：留在一处',
      'b: 说法“跑路”同时在概念组 a 和 b 里：一个说法只能指一个概念',
    ]);
    expect(() => buildVocabulary([], [], synonyms, [{ id: 'a', says: ['牌子'], means: ['品牌'] }])).toThrow(/已经是同义词组 brand/);
  });
});
