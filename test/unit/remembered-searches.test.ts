import { describe, expect, test } from 'vitest';
import { rememberSearches } from '../../src/lib/search/remembered-searches.ts';
import type { Engine } from '../../src/lib/search/find-pages.ts';

/** An engine that records what it was asked and answers each term with one result named after it. */
function recordingEngine(
  answer: (term: string | null) => Promise<{ results: { id: string; score: number; data: () => Promise<string> }[] } | null> = async (term) => ({
    results: [{ id: String(term), score: 1, data: async () => String(term) }],
  }),
) {
  const asked: (string | null)[] = [];
  const engine: Engine<string> = {
    search: (term) => {
      asked.push(term);
      return answer(term);
    },
  };
  return { engine, asked };
}

describe('rememberSearches', () => {
  test('a term asked again, even while the first search runs, is answered from memory with the same results', async () => {
    const { engine, asked } = recordingEngine();
    const remembered = rememberSearches(engine);
    const [first, again] = await Promise.all([remembered.search('返利'), remembered.search('返利')]);
    const later = await remembered.search('返利');
    expect(asked).toEqual(['返利']);
    expect(again).toBe(first);
    expect(later).toBe(first);
  });

  test('the same term under another filter, or no term at all, is a search of its own', async () => {
    const { engine, asked } = recordingEngine();
    const remembered = rememberSearches(engine);
    await remembered.search('返利');
    await remembered.search('返利', { filters: { type: '异议' } });
    await remembered.search('返利', { filters: { type: '指南' } });
    await remembered.search(null, { filters: { type: '异议' } });
    await remembered.search('返利', { filters: { type: '异议' } });
    expect(asked).toEqual(['返利', '返利', '返利', null]);
  });

  test('past its size, the term asked least recently is forgotten, not the one asked most often', async () => {
    const { engine, asked } = recordingEngine();
    const remembered = rememberSearches(engine, 2);
    await remembered.search('返利');
    await remembered.search('价格');
    await remembered.search('返利');
    await remembered.search('品牌');
    await remembered.search('返利');
    await remembered.search('价格');
    expect(asked).toEqual(['返利', '价格', '品牌', '价格']);
  });

  test('a failed or dropped search is asked again, and the failure still reaches the caller', async () => {
    let calls = 0;
    const { engine, asked } = recordingEngine(async (term) => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      if (calls === 2) return null;
      return { results: [{ id: String(term), score: 1, data: async () => '' }] };
    });
    const remembered = rememberSearches(engine);
    await expect(remembered.search('返利')).rejects.toThrow('offline');
    expect(await remembered.search('返利')).toBeNull();
    expect((await remembered.search('返利'))?.results).toHaveLength(1);
    expect((await remembered.search('返利'))?.results).toHaveLength(1);
    expect(asked).toEqual(['返利', '返利', '返利']);
  });

  test('an old search failing late does not forget the newer answer asked since for the same term', async () => {
    const pending: ((reason: Error) => void)[] = [];
    let calls = 0;
    const { engine, asked } = recordingEngine((term) => {
      calls += 1;
      // The first search for 返利 hangs until it is failed by hand; every other one answers.
      if (calls === 1) return new Promise((_, reject) => pending.push(reject));
      return Promise.resolve({ results: [{ id: String(term), score: 1, data: async () => '' }] });
    });
    const remembered = rememberSearches(engine, 1);
    const first = remembered.search('返利');
    await remembered.search('价格'); // pushes 返利 out of memory
    const newer = await remembered.search('返利');
    pending[0](new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    expect(await remembered.search('返利')).toBe(newer);
    expect(asked).toEqual(['返利', '价格', '返利']);
  });
});
