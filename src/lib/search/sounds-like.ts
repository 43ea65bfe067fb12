/**
 * Phone keyboards type by pinyin, so a rep's typos are homophones: 培迅 for 培训, 兑线 for 兑现,
 * 手须费 for 手续费. A pair of characters that no page holds is replaced by the pairs of the site's
 * own words that sound the same (tones ignored). The table is built from content at build time
 * (src/pages/search-sounds.json.ts) and fetched only when a query holds such a pair.
 */
export interface SoundTable {
  /** Toneless syllable → every character read that way (common characters and the site's own). */
  syllables: Record<string, string>;
  /** The site's two-character word pieces, concatenated: every two characters are one pair. */
  pairs: string;
}

export type SoundsLike = (pair: string) => string[];

export function makeSoundsLike(table: SoundTable): SoundsLike {
  const readings = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(table.syllables)) {
    for (const char of chars) readings.set(char, [...(readings.get(char) ?? []), syllable]);
  }
  const keysOf = (pair: string): string[] => {
    const [a, b] = [...pair];
    return (readings.get(a) ?? []).flatMap((x) => (readings.get(b) ?? []).map((y) => `${x} ${y}`));
  };
  const byKey = new Map<string, string[]>();
  const pairs = [...table.pairs];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const pair = pairs[i] + pairs[i + 1];
    for (const key of keysOf(pair)) byKey.set(key, [...(byKey.get(key) ?? []), pair]);
  }
  return (pair) => {
    if ([...pair].length !== 2) return [];
    const found = new Set(keysOf(pair).flatMap((key) => byKey.get(key) ?? []));
    found.delete(pair);
    return [...found];
  };
}
