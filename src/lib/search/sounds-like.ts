/**
 * Phone keyboards type by pinyin, so a rep's typos are homophones: 培迅 for 培训, 兑线 for 兑现,
 * 手须费 for 手续费. A pair of characters that no page holds is replaced by the pairs of the site's
 * own words that sound the same (tones ignored). The same table reads pinyin left unconverted
 * (waibao for 外包, jingxiaoshang for 经销商). The table is built from content at build time
 * (src/pages/search-sounds.json.ts) and fetched only when a query holds such a pair or run; this
 * code comes with it (islands/search/vocabulary.ts), not with the first search.
 */
import { mayBePinyin } from './pinyin-run.ts';

export interface SoundTable {
  /** Toneless syllable → every character read that way (common characters and the site's own). */
  syllables: Record<string, string>;
  /** The site's two-character word pieces, concatenated: every two characters are one pair. */
  pairs: string;
}

/** The site's pairs that sound like a typed pair of characters, or a run of toneless pinyin. */
export type SoundsLike = (typed: string) => string[];

/**
 * Every way to cut `run` into syllables, fewest syllables first (xian before xi an), at most
 * `limit` of them: a rep's pinyin has no spaces.
 */
export function syllableCuts(run: string, syllables: Set<string>, limit = 8): string[][] {
  const cuts: string[][] = [];
  const walk = (at: number, taken: string[]) => {
    if (cuts.length >= limit * 4) return;
    if (at === run.length) return void cuts.push(taken);
    for (let end = Math.min(run.length, at + 6); end > at; end -= 1) {
      const syllable = run.slice(at, end);
      if (syllables.has(syllable)) walk(end, [...taken, syllable]);
    }
  };
  walk(0, []);
  return cuts.sort((a, b) => a.length - b.length).slice(0, limit);
}

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
  const syllables = new Set(Object.keys(table.syllables));
  /**
   * The pairs spelled by the first cut whose every two neighbouring syllables are a site pair,
   * keeping only pairs that share their characters with a neighbour's (yang ban shi chang is
   * 样板 · 板市 · 市场, never 办事).
   */
  const fromPinyin = (run: string): string[] => {
    for (const cut of syllableCuts(run, syllables)) {
      if (cut.length < 2) continue;
      const spelled = cut.slice(1).map((syllable, i) => byKey.get(`${cut[i]} ${syllable}`) ?? []);
      for (let changed = true; changed;) {
        changed = false;
        spelled.forEach((pairs, i) => {
          const kept = pairs.filter(
            (pair) =>
              (i === 0 || spelled[i - 1].some((before) => before[1] === pair[0])) &&
              (i === spelled.length - 1 || spelled[i + 1].some((after) => after[0] === pair[1])),
          );
          if (kept.length < pairs.length) [spelled[i], changed] = [kept, true];
        });
      }
      if (spelled.every((pairs) => pairs.length > 0)) return [...new Set(spelled.flat())];
    }
    return [];
  };
  return (typed) => {
    if (mayBePinyin(typed)) return fromPinyin(typed);
    if ([...typed].length !== 2) return [];
    const found = new Set(keysOf(typed).flatMap((key) => byKey.get(key) ?? []));
    found.delete(typed);
    return [...found];
  };
}
