/**
 * Why a result matched, in words a rep recognises at a glance: the page's own sentence that
 * holds the query (the excerpt), or, when the query met the page in its search-only fields, the
 * ask or alias it met there. Those fields hold overlapping character pairs (meta-tokens.ts), so
 * the phrases are rebuilt by chaining pairs that overlap by one character. Pure, so it is tested.
 */
import { markTerms, type Run } from './highlight.ts';

/** `返利 利太 太低 返点` → `返利太低`, `返点`: each chain of pairs sharing a character is one phrase. */
export function phrasesOf(tokens: string): string[] {
  const phrases: string[] = [];
  let current = '';
  for (const token of tokens.split(/\s+/).filter(Boolean)) {
    const chains = [...token].length === 2 && [...current].length >= 2 && current.endsWith([...token][0]);
    if (chains) current += [...token][1];
    else {
      if (current) phrases.push(current);
      current = token;
    }
  }
  if (current) phrases.push(current);
  return [...new Set(phrases)];
}

/** How much of the query a text holds: the marked characters, counting each term once. */
export function coverage(text: string, terms: string[]): number {
  const lower = text.toLowerCase();
  return new Set(terms.filter((t) => t && lower.includes(t.toLowerCase()))).size;
}

export interface Why {
  /** 问法 (an ask), 也叫 (an alias); absent for the page's own sentence. */
  label?: string;
  runs: Run[];
}

/**
 * The line to show under a result: the excerpt, unless an ask or alias holds more of the query
 * (then that phrase, labelled). Nothing when neither holds any of it.
 */
export function whyMatched(excerpt: Run[], fields: Array<{ label: string; tokens?: string }>, terms: string[]): Why | undefined {
  const sentence = excerpt.map((r) => r.text).join('');
  let best: { label: string; phrase: string; score: number } | undefined;
  for (const { label, tokens } of fields) {
    for (const phrase of phrasesOf(tokens ?? '')) {
      const score = coverage(phrase, terms);
      if (score > (best?.score ?? 0)) best = { label, phrase, score };
    }
  }
  if (best && best.score > coverage(sentence, terms)) return { label: best.label, runs: markTerms(best.phrase, terms) };
  return excerpt.some((r) => r.marked) ? { runs: excerpt } : undefined;
}
