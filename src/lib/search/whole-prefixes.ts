/**
 * Pagefind 1.6 matches each word of a query as a prefix (标 finds 标准, 标书 …), but only among
 * the index chunks it has loaded, and it loads the chunk where the word itself would sort. Words
 * that extend it and sort into the next chunk are found only once something else loaded that
 * chunk, so the same term found 43 pages in a fresh page view and 64 after other searches (评标;
 * Pagefind issue #795 describes the same for English). Preloading the character just after each
 * of the term's characters also loads the chunk where its extensions end, so a term finds the
 * same pages whatever was searched before. (A character whose words fill more than two chunks
 * would still be short; none does at this site's size.)
 */
export function prefixEnds(term: string): string[] {
  const ends = new Set<string>();
  for (const char of term.normalize('NFKC').toLowerCase()) {
    if (/\s/u.test(char)) continue;
    ends.add(String.fromCodePoint(char.codePointAt(0)! + 1));
  }
  return [...ends];
}
