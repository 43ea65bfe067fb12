import { describe, expect, test } from 'vitest';
import { highlightTerms, markTerms, normaliseQuery } from '../../src/lib/search-query';

describe('normaliseQuery', () => {
  test('strips the punctuation a rep types around quoted words', () => {
    expect(normaliseQuery('“你们返利太低了！”')).toBe('你们返利太低');
    expect(normaliseQuery('  老板不在，  我做不了主。 ')).toBe('老板不在 我做不了主');
  });

  test('drops sentence-final particles that would make Pagefind miss the page', () => {
    expect(normaliseQuery('资金安全吗')).toBe('资金安全');
    expect(normaliseQuery('太贵了呀')).toBe('太贵');
    expect(normaliseQuery('了解')).toBe('了解');
    expect(normaliseQuery('好吗')).toBe('好吗');
  });
});

describe('markTerms', () => {
  test('marks every occurrence, longest term first', () => {
    expect(markTerms('返利太低，返利', ['返利', '返利太低'])).toEqual([
      { text: '返利太低', marked: true },
      { text: '，', marked: false },
      { text: '返利', marked: true },
    ]);
  });

  test('treats regex characters in terms literally', () => {
    expect(markTerms('a+b', ['+'])).toEqual([
      { text: 'a', marked: false },
      { text: '+', marked: true },
      { text: 'b', marked: false },
    ]);
  });

  test('returns the text whole when there is nothing to mark', () => {
    expect(markTerms('窜货', [])).toEqual([{ text: '窜货', marked: false }]);
  });
});

describe('highlightTerms', () => {
  test('adds two-character pieces of long Chinese words, as Chinese has no spaces', () => {
    expect(highlightTerms('返利太低')).toEqual(['返利太低', '返利', '利太', '太低']);
    expect(highlightTerms('CRM 窜货')).toEqual(['CRM', '窜货']);
  });
});
