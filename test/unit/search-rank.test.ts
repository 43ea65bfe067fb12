import { describe, expect, test } from 'vitest';
import { bestPassage, rankPages } from '../../src/lib/search/rank';
import { findPages, hasRun } from '../../src/lib/search/find-pages';

const hits = (...pairs: Array<[string, number]>) => pairs.map(([id, score]) => ({ id, score }));

describe('rankPages', () => {
  test('a page holding more of the query beats one that scores high on a single word', () => {
    const ranked = rankPages([[hits(['a', 10], ['b', 3])], [hits(['b', 3])], [hits(['b', 3])]]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
    expect(ranked[0].matched).toBe(3);
  });

  test('among pages of equal coverage, Pagefind scores decide', () => {
    const ranked = rankPages([[hits(['a', 2], ['b', 5])], [hits(['a', 2], ['b', 1])]]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });

  test('a page takes its best synonym, not the sum of them', () => {
    const ranked = rankPages([[hits(['a', 4]), hits(['a', 4], ['b', 6])]]);
    expect(ranked.map((r) => [r.id, r.score])).toEqual([
      ['b', 6],
      ['a', 4],
    ]);
  });

  test('a group that found nothing does not count against anyone', () => {
    const withTypo = rankPages([[hits(['a', 3])], [[]]]);
    expect(withTypo).toEqual([{ id: 'a', score: 3, matched: 1 }]);
  });

  test('weights scale a group: a lone character counts less than a pair', () => {
    const ranked = rankPages([[hits(['a', 4])], [hits(['b', 4])]], [0.5, 1]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });

  test('of two pages holding the same words as strongly, the one where they meet in a passage wins', () => {
    const at = (id: string, score: number, words: number[]) => ({ id, score, words });
    const ranked = rankPages([[[at('scattered', 3, [2]), at('together', 3, [40])]], [[at('scattered', 3, [300]), at('together', 3, [44])]]]);
    expect(ranked.map((r) => r.id)).toEqual(['together', 'scattered']);
    // Coverage 1 × sum 6, × (1 + share of the query in the best passage): 2 groups vs 1 of 2.
    expect(ranked.map((r) => r.score)).toEqual([12, 9]);
  });

  test('bestPassage weighs the distinct groups inside the tightest window', () => {
    const located = [
      { at: 0, group: 0 },
      { at: 3, group: 0 },
      { at: 12, group: 1 },
      { at: 14, group: 2 },
      { at: 50, group: 0 },
    ];
    expect(bestPassage(located, [1, 1, 0.5], 10)).toBe(2); // 3 and 12; 3–14 is too wide
    expect(bestPassage(located, [1, 1, 0.5], 11)).toBe(2.5); // 3, 12 and 14
    expect(bestPassage(located, [1, 1, 0.5], 1)).toBe(1);
    expect(bestPassage([], [1])).toBe(0);
  });

  test('nothing found is an empty list', () => {
    expect(rankPages([])).toEqual([]);
    expect(rankPages([[[]]])).toEqual([]);
  });
});

describe('findPages', () => {
  test('searches every alternative with the filters and keeps a loader per page', async () => {
    const asked: Array<[string | null, unknown]> = [];
    const index: Record<string, Array<[string, number]>> = {
      返利: [['rebate', 5]],
      返点: [
        ['rebate', 2],
        ['price', 1],
      ],
      太低: [
        ['rebate', 1],
        ['price', 3],
      ],
    };
    const engine = {
      search: async (term: string | null, options?: unknown) => {
        asked.push([term, options]);
        return { results: (index[term ?? ''] ?? []).map(([id, score]) => ({ id, score, data: async () => `page ${id}` })) };
      },
    };
    const whole = (term: string) => [term];
    const found = await findPages(engine, { groups: [['返利', '返点'], ['太低']], weights: [1, 1], marks: [] }, { filters: { type: '异议' }, segment: whole });
    expect(asked).toEqual([
      ['返利', { filters: { type: '异议' } }],
      ['返点', { filters: { type: '异议' } }],
      ['太低', { filters: { type: '异议' } }],
    ]);
    expect(found.map((f) => f.id)).toEqual(['rebate', 'price']);
    expect(await found[1].data()).toBe('page price');
  });

  test('loads a page’s data through its result object, which it keeps (Pagefind frees the data of a collected result)', async () => {
    // A result whose data() needs its own object, as Pagefind's worker-backed results do.
    class Result {
      readonly #page: string;
      constructor(
        readonly id: string,
        readonly score: number,
      ) {
        this.#page = `page ${id}`;
      }
      async data() {
        return this.#page;
      }
    }
    const engine = { search: async () => ({ results: [new Result('rebate', 3)] }) };
    const [found] = await findPages(engine, { groups: [['返利']], weights: [1], marks: [] }, { segment: (t: string) => [t] });
    expect(await found.data()).toBe('page rebate');
  });
});

describe('pairs Pagefind splits again', () => {
  test('hasRun finds consecutive word positions', () => {
    expect(hasRun([4, 9, 5], 2)).toBe(true);
    expect(hasRun([4, 6, 8], 2)).toBe(false);
    expect(hasRun([7], 1)).toBe(true);
    expect(hasRun([], 1)).toBe(false);
  });

  test('a page counts for a split pair only where its two words stand side by side', async () => {
    const engine = {
      search: async () => ({
        results: [
          { id: 'apart', score: 9, words: [3, 40], data: async () => 'apart' },
          { id: 'together', score: 1, words: [12, 13], data: async () => 'together' },
        ],
      }),
    };
    const split = (term: string) => [...term];
    const found = await findPages(engine, { groups: [['低价']], weights: [1], marks: [] }, { segment: split });
    expect(found.map((f) => f.id)).toEqual(['together']);
    const whole = await findPages(engine, { groups: [['低价']], weights: [1], marks: [] }, { segment: (t) => [t] });
    expect(whole.map((f) => f.id)).toEqual(['apart', 'together']);
  });

  test('a split pair found in a search-only field (written as pairs) counts without body positions', async () => {
    const engine = {
      search: async () => ({
        results: [
          { id: 'asks', score: 4, words: [], matchedMetaFields: ['a_words'], data: async () => 'asks' },
          { id: 'nowhere', score: 4, words: [], data: async () => 'nowhere' },
        ],
      }),
    };
    const found = await findPages(engine, { groups: [['墙脚']], weights: [1], marks: [] }, { segment: (term: string) => [...term] });
    expect(found.map((f) => f.id)).toEqual(['asks']);
  });
});
