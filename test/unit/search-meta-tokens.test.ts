import { describe, expect, test } from 'vitest';
import { metaTokens } from '../../src/lib/search/meta-tokens';

describe('metaTokens', () => {
  test('a Chinese run becomes its overlapping pairs, so any pair of it is a word Pagefind can match', () => {
    expect(metaTokens('竞品来挖墙脚')).toBe('竞品 品来 来挖 挖墙 墙脚');
  });

  test('punctuation splits runs; Latin words and numbers stay whole; a lone character stays', () => {
    expect(metaTokens('推APP，KA卖场 3个月 贵')).toBe('推 APP KA 卖场 3 个月 贵');
  });

  test('no comma survives (Pagefind would read it as a field separator) and full-width forms are folded', () => {
    expect(metaTokens('返利, 返点，ＡＰＰ')).toBe('返利 返点 APP');
    expect(metaTokens('')).toBe('');
  });
});
