/**
 * Highlighting and excerpts for search results, as text runs (never HTML) so the island can
 * build them with textContent. Pure, so they are unit-tested.
 */
import { tuning } from './tuning.ts';

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
  if (usable.length === 0) return text ? [{ text, marked: false }] : [];
  const escaped = usable.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi');
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, marked: usable.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}

/** Terms to highlight: the query's words, and for words of three or more Han characters their pairs. */
export function highlightTerms(words: string[]): string[] {
  const terms = new Set(words);
  for (const word of words) {
    if (/^\p{Script=Han}{3,}$/u.test(word)) {
      for (let i = 0; i < word.length - 1; i += 1) terms.add(word.slice(i, i + 2));
    }
  }
  return [...terms];
}

/**
 * Pagefind stores a page's indexed text with zero-width spaces between words and ". " after
 * every block; split it back into readable sentences.
 */
export function sentences(content: string): string[] {
  return content
    .replace(/\u200b/g, '')
    .split(/(?<=[。！？!?；;])|\.\s+|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 1);
}

/**
 * The sentence that holds most of the query (longer terms count more), cut to about `length`
 * characters around its first match. A page that matched only in its title or aliases shows
 * its first sentence. Real sentences only: no keyword lists, no half words from a fixed window.
 */
export function bestExcerpt(content: string, terms: string[], length: number = tuning.excerptLength): Run[] {
  const all = sentences(content);
  if (all.length === 0) return [];
  const lowered = terms.map((t) => t.toLowerCase()).filter(Boolean);
  let best = all[0];
  let bestScore = 0;
  for (const sentence of all) {
    const lower = sentence.toLowerCase();
    const score = lowered.reduce((sum, t) => sum + (lower.includes(t) ? t.length : 0), 0);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  let text = best;
  if (text.length > length) {
    const lower = text.toLowerCase();
    const first = Math.min(...lowered.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length);
    const start = first === text.length ? 0 : Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
    text = `${start > 0 ? '…' : ''}${text.slice(start, start + length)}${start + length < best.length ? '…' : ''}`;
  }
  return markTerms(text, terms);
}
