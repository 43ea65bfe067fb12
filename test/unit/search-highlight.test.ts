import { describe, expect, test } from 'vitest';
import { bestExcerpt, highlightTerms, markTerms, sentences } from '../../src/lib/search/highlight';

const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
const marked = (runs: { text: string; marked: boolean }[]) => runs.filter((r) => r.marked).map((r) => r.text);

describe('markTerms', () => {
  test('marks every occurrence, longest term first, case-insensitive', () => {
    const runs = markTerms('返利太低，APP 返利', ['返利', '返利太低', 'app']);
    expect(marked(runs)).toEqual(['返利太低', 'APP', '返利']);
    expect(text(runs)).toBe('返利太低，APP 返利');
  });

  test('no terms leaves the text whole; regex characters are literal', () => {
    expect(markTerms('a+b', [])).toEqual([{ text: 'a+b', marked: false }]);
    expect(marked(markTerms('a+b (c)', ['+', '(c)']))).toEqual(['+', '(c)']);
  });
});

test('highlightTerms adds the pairs of longer Han words', () => {
  expect(highlightTerms(['进店费', 'app'])).toEqual(['进店费', 'app', '进店', '店费']);
});

describe('excerpts', () => {
  // As Pagefind stores page text: zero-width spaces between words, ". " after each block.
  const content = '奖励​异议. ​返利​是​经销​商​利润​的​三​个​来源​之一​。​客户​说​返利​低​，​说明​他​在​算​账​。 ​兑现​方式​写进​合同​. ​最后​一句​';

  test('sentences are rebuilt from Pagefind text', () => {
    expect(sentences(content)).toEqual(['奖励异议', '返利是经销商利润的三个来源之一。', '客户说返利低，说明他在算账。', '兑现方式写进合同', '最后一句']);
  });

  test('the sentence holding most of the query is chosen and marked', () => {
    const runs = bestExcerpt(content, ['返利', '算账']);
    expect(text(runs)).toBe('客户说返利低，说明他在算账。');
    expect(marked(runs)).toEqual(['返利', '算账']);
  });

  test('a long sentence is cut around its first match with ellipses', () => {
    const long = `${'甲'.repeat(50)}返利${'乙'.repeat(50)}。`;
    const result = text(bestExcerpt(long, ['返利'], 20));
    expect(result).toMatch(/^…甲+返利乙+…$/);
    expect(result.length).toBe(22);
  });

  test('no match falls back to the first sentence, unmarked', () => {
    const runs = bestExcerpt(content, ['窜货']);
    expect(text(runs)).toBe('奖励异议');
    expect(marked(runs)).toEqual([]);
    expect(bestExcerpt('', ['x'])).toEqual([]);
  });
});
