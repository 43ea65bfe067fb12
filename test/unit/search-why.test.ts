import { describe, expect, test } from 'vitest';
import { markTerms } from '../../src/lib/search/highlight';
import { coverage, phrasesOf, whyMatched } from '../../src/lib/search/why-matched';
import { metaTokens } from '../../src/lib/search/meta-tokens';

describe('why a result matched', () => {
  test('phrases come back from the pair tokens of a search-only field', () => {
    expect(phrasesOf(metaTokens('返利太低 返点 KA 卖场'))).toEqual(['返利太低', '返点', 'KA', '卖场']);
    expect(phrasesOf('')).toEqual([]);
  });

  test('an ask that holds more of the query than the best sentence is shown, labelled', () => {
    const terms = ['前任', '任经', '经理', '答应'];
    const excerpt = markTerms('处理历史遗留问题要先查清账目。', terms);
    const why = whyMatched(excerpt, [{ label: '问法', tokens: metaTokens('前任经理答应的返利没兑现怎么办') }], terms);
    expect(why?.label).toBe('问法');
    expect(why?.runs.map((r) => r.text).join('')).toBe('前任经理答应的返利没兑现怎么办');
    expect(why?.runs.some((r) => r.marked)).toBe(true);
  });

  test('the page’s own sentence wins a tie; nothing is shown when nothing matched', () => {
    const terms = ['返利'];
    const excerpt = markTerms('返利要和差价一起算。', terms);
    expect(whyMatched(excerpt, [{ label: '也叫', tokens: metaTokens('返利') }], terms)).toEqual({ runs: excerpt });
    expect(whyMatched(markTerms('别的话。', terms), [{ label: '也叫', tokens: '' }], terms)).toBeUndefined();
    expect(coverage('返利返利', ['返利', '返点'])).toBe(1);
  });
});
