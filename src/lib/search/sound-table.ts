/**
 * Builds the homophone table (sounds-like.ts) at build time: the two-character pieces of the
 * words the site's text is made of (as the browser's segmenter cuts it, plus every piece of the
 * terms editors list — titles, aliases, synonyms — which the segmenter may not know), and the readings of the
 * characters a rep may type — the 3,755 common characters of GB 2312 level 1 plus every character
 * of those pieces. Readings come from pinyin-pro, tones dropped, the common reading of each.
 */
import { pinyin } from 'pinyin-pro';
import type { SoundTable } from './sounds-like';

/** GB 2312 level 1: rows 0xB0–0xD7, the common characters, decoded from their byte codes. */
function commonCharacters(): string {
  const decoder = new TextDecoder('gb18030');
  let chars = '';
  for (let row = 0xb0; row <= 0xd7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe && !(row === 0xd7 && cell > 0xf9); cell += 1) chars += decoder.decode(new Uint8Array([row, cell]));
  }
  return chars;
}

export function buildSoundTable(texts: string[], terms: string[] = []): SoundTable {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const pieces = new Set<string>();
  const addPieces = (word: string) => {
    for (const run of word.match(/\p{Script=Han}{2,}/gu) ?? []) for (let i = 0; i + 1 < run.length; i += 1) pieces.add(run.slice(i, i + 2));
  };
  for (const text of texts) {
    for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) addPieces(segment);
  }
  terms.forEach(addPieces);
  const chars = new Set([...commonCharacters(), ...[...pieces].join('')]);
  const syllables: Record<string, string> = {};
  for (const char of [...chars].sort()) {
    for (const syllable of new Set(pinyin(char, { toneType: 'none', type: 'array', v: true }))) {
      if (/^[a-z]+$/.test(syllable)) syllables[syllable] = (syllables[syllable] ?? '') + char;
    }
  }
  return { syllables, pairs: [...pieces].sort().join('') };
}
