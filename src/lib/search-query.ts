/**
 * Pure helpers for the search island: what is sent to Pagefind, and how a title is split into
 * highlighted and plain runs. Kept apart from the DOM so they are unit-tested.
 */

/** Punctuation a rep types around the customer's words (“”，。？！) carries no meaning for search. */
const noise = /[\s"'“”‘’,，。.!！?？、;；:：()（）《》【】\[\]…~～]+/g;

/**
 * A sentence-final particle (资金安全吗, 太贵了呀) is how customers talk, but Pagefind requires
 * every query word on the page, so a trailing 吗/呢/吧/啊/呀/嘛/了 would hide the answer.
 */
const trailingParticles = /(?<=[\u4e00-\u9fff]{2})[吗呢吧啊呀嘛了]+$/;

export function normaliseQuery(raw: string): string {
  return raw
    .replace(noise, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((word) => word.replace(trailingParticles, ''))
    .join(' ');
}

export interface Run {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into runs, marking every occurrence of any term (case-insensitive, longest
 * term first so 返利太低 wins over 返利). Chinese has no spaces, so substring matching is right.
 */
export function markTerms(text: string, terms: string[]): Run[] {
  const usable = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [{ text, marked: false }];
  const escaped = usable.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi');
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, marked: usable.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}

/** Terms to highlight: the words of the query, plus its characters' pairs for unspaced Chinese. */
export function highlightTerms(query: string): string[] {
  const words = normaliseQuery(query).split(' ').filter(Boolean);
  const terms = new Set(words);
  for (const word of words) {
    if (/^[\u4e00-\u9fff]{3,}$/.test(word)) {
      for (let i = 0; i < word.length - 1; i += 1) terms.add(word.slice(i, i + 2));
    }
  }
  return [...terms];
}
