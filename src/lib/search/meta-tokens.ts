/**
 * Pagefind splits metadata fields (our aliases, asks and title words) on whitespace only; it
 * segments Chinese in the page body but not there. A field written as `竞品来挖墙脚找我们` is one
 * "word" that a query for 挖墙脚 never reaches (Pagefind matches words by prefix). So each run of
 * Han characters is written as its overlapping character pairs — the same unit the query plan
 * searches — and a pair the browser splits into two characters still finds both halves by prefix.
 */
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
