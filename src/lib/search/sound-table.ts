/**
 * Builds the homophone table (sounds-like.ts) at build time: the two-character pieces of the
 * words the site's text is made of (as the browser's segmenter cuts it, plus every piece of the
 * terms editors list — titles, aliases, synonyms — which the segmenter may not know), and the readings of the
 * characters a rep may type — the 3,755 common characters of GB 2312 level 1 plus every character
 * of those pieces. Readings come from pinyin-pro, tones dropped, the common reading of each.
 */
import { pinyin } from 'pinyin-pro';
import type { SoundTable } from './sounds-like';
import { tuning } from './tuning.ts';

/** GB 2312 level 1: rows 0xB0–0xD7, the common characters, decoded from their byte codes. */
function commonCharacters(): string {
  const decoder = new TextDecoder('gb18030');
  let chars = '';
  for (let row = 0xb0; row <= 0xd7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe && !(row === 0xd7 && cell > 0xf9); cell += 1) chars += decoder.decode(new Uint8Array([row, cell]));
  }
  return chars;
}

/** The two-character pieces of a word's Han runs. */
function piecesOf(word: string): string[] {
  return (word.match(/\p{Script=Han}{2,}/gu) ?? []).flatMap((run) => Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2)));
}

/** The pieces of the words of one text, as the browser's segmenter cuts it. */
function textPieces(text: string, segmenter: Intl.Segmenter): Set<string> {
  const pieces = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) piecesOf(segment).forEach((p) => pieces.add(p));
  return pieces;
}

const readingsOf = (char: string) => [...new Set(pinyin(char, { toneType: 'none', type: 'array', v: true }))].filter((s) => /^[a-z]+$/.test(s));

export function buildSoundTable(texts: string[], terms: string[] = []): SoundTable {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const pieces = new Set(texts.flatMap((text) => [...textPieces(text, segmenter)]));
  terms.flatMap(piecesOf).forEach((p) => pieces.add(p));
  const chars = new Set([...commonCharacters(), ...[...pieces].join('')]);
  const syllables: Record<string, string> = {};
  for (const char of [...chars].sort()) {
    for (const syllable of readingsOf(char)) syllables[syllable] = (syllables[syllable] ?? '') + char;
  }
  return { syllables, pairs: [...pieces].sort().join('') };
}

/** A pair in at most this many pages is rare enough that a rep typing it more likely meant a term. */
export const RARE_PAGES = tuning.rarePages;

/**
 * The slips the homophone table cannot catch, because the slip is itself a word somewhere on the
 * site (意义 for 异议, 五六 for 五流): each pair found in at most RARE_PAGES pages that sounds like
 * a pair of a title, alias or synonym (the site's terms), with those term pairs. Small, so it
 * ships in the vocabulary and costs a first search nothing more.
 */
export function rareSoundAlikes(texts: string[], terms: string[]): Record<string, string[]> {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  // Pages holding a pair anywhere in their text, as Pagefind finds two characters side by side.
  const pages = new Map<string, number>();
  for (const text of texts) for (const pair of new Set(piecesOf(text))) pages.set(pair, (pages.get(pair) ?? 0) + 1);
  const keysOf = (pair: string) => {
    const [a, b] = [...pair].map(readingsOf);
    return a.flatMap((x) => b.map((y) => `${x} ${y}`));
  };
  // The terms' own words (样板/市场), not pairs across two of them (板市).
  const isTerm = new Set(terms.flatMap((term) => [...textPieces(term, segmenter)]));
  const termPairs = new Map<string, string[]>();
  for (const pair of isTerm) {
    // Only a term the pages use: a pair no page holds would find nothing.
    if (!pages.has(pair)) continue;
    for (const key of keysOf(pair)) termPairs.set(key, [...(termPairs.get(key) ?? []), pair]);
  }
  // Candidates are the pieces of words, not pairs that straddle two words (钱跑).
  const words = new Set(texts.flatMap((text) => [...textPieces(text, segmenter)]));
  const out: Record<string, string[]> = {};
  for (const pair of [...words].sort()) {
    if ((pages.get(pair) ?? 0) > RARE_PAGES || isTerm.has(pair)) continue;
    const alike = [...new Set(keysOf(pair).flatMap((key) => termPairs.get(key) ?? []))].filter((t) => t !== pair);
    if (alike.length > 0) out[pair] = alike;
  }
  return out;
}
