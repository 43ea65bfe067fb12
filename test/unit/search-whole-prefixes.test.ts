import { describe, expect, test } from 'vitest';
import { prefixEnds } from '../../src/lib/search/whole-prefixes';

describe('where the words extending a term end', () => {
  test('the character after each of the term’s characters, once each', () => {
    // 评 U+8BC4 → 诅 U+8BC5; 标 U+6807 → 栈 U+6808.
    expect(prefixEnds('评标')).toEqual(['诅', '栈']);
    expect(prefixEnds('标标')).toEqual(['栈']);
  });

  test('letters as Pagefind reads them (lower case, full-width folded); spaces are no word', () => {
    expect(prefixEnds('ＡＰＰ ka')).toEqual(['b', 'q', 'l']);
    expect(prefixEnds('  ')).toEqual([]);
  });
});
