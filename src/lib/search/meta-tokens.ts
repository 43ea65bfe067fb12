/**
 * Pagefind splits metadata fields (our aliases, asks and title words) on whitespace only; it
 * segments Chinese in the page body but not there. A field written as `竞品来挖墙脚找我们` is one
 * "word" that a query for 挖墙脚 never reaches (Pagefind matches words by prefix). So each run of
 * Han characters is written as its overlapping character pairs — the same unit the query plan
 * searches — and a pair the browser splits into two characters still finds both halves by prefix.
 */
import { metaField } from './tuning.ts';

const hanRun = /\p{Script=Han}+/gu;

export function metaTokens(text: string): string {
  const words: string[] = [];
  for (const part of text.normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    if (!part) continue;
    let last = 0;
    for (const match of part.matchAll(hanRun)) {
      if (match.index > last) words.push(part.slice(last, match.index));
      const run = match[0];
      if (run.length === 1) words.push(run);
      for (let i = 0; i + 1 < run.length; i += 1) words.push(run.slice(i, i + 2));
      last = match.index + run.length;
    }
    if (last < part.length) words.push(part.slice(last));
  }
  return words.join(' ');
}

/**
 * The attributes of a page's title block that carry its search-only fields (their names and
 * weights in tuning.ts), written as Pagefind can match them and read from data attributes (an
 * attribute holds one literal `key:value` at most). Every indexed page has all three: Pagefind
 * weighs the fields by their site-wide order. Empty aliases or asks fall back to the title.
 */
export function searchFieldAttributes({ title, aliases, asks }: { title: string; aliases: string[]; asks: string[] }) {
  const searchTitle = metaTokens(title);
  return {
    'data-pagefind-meta': `${metaField.aliases}[data-search-aliases], ${metaField.asks}[data-search-asks], ${metaField.title}[data-search-title]`,
    'data-search-aliases': metaTokens(aliases.join(' ')) || searchTitle,
    'data-search-asks': metaTokens(asks.join(' ')) || searchTitle,
    'data-search-title': searchTitle,
  };
}
