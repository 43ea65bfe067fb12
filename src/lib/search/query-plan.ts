/**
 * Turns what a rep typed into what is asked of Pagefind. Pagefind returns only pages holding
 * every query word, so a whole sentence ("已经有合作的厂家了，暂时不想换") mostly finds nothing.
 * Here the query becomes a list of term groups, each searched on its own and fused (rank.ts):
 * function words are dropped, synonyms gathered into one group, and the rest searched by
 * character pairs. Pairs, because the browser (ICU) and Pagefind's index cut Chinese into words
 * with different dictionaries (经销商 is 经销/商 in the index, 串货 reads as 货串 in a sentence),
 * and a pair of characters is what both cuts still share.
 */
import { tuning } from './tuning.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface QueryPlan {
  /** One entry per meaningful part of the query; each holds the strings searched for it. */
  groups: string[][];
  /** How much each group counts: a lone character says less than a pair or a word. */
  weights: number[];
  /** Words to highlight in titles and excerpts. */
  marks: string[];
}

/** Punctuation a rep types around the customer's words carries no meaning for search. */
const noise = /[\s"'“”‘’,，。.!！?？、;；:：()（）《》【】[\]…~～·\-—_/\\|@#$%^&*+=<>{}]+/g;
const han = /^\p{Script=Han}+$/u;
const { maxGroups, maxConcepts, loneCharacter, conceptWeight: CONCEPT_WEIGHT } = tuning.plan;

export type Segment = (text: string) => string[];

/** Word segmentation with the browser's ICU dictionary, the way Pagefind segments queries. */
export const segmentWords: Segment = (() => {
  let segmenter: Intl.Segmenter | undefined;
  return (text: string) => {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  };
})();

/**
 * True when the segmenter cuts `word` out whole. Stopwords are looked up per word it cuts a query
 * into, so one it never cuts out whole (一转眼 is 一/转眼) can never match.
 */
export const cutsWhole = (word: string, segment: Segment = segmentWords) => {
  const words = segment(word);
  return words.length === 1 && words[0] === word;
};

/** The overlapping pairs of characters of a run (培训班 → 培训, 训班). */
export const pairs = (run: string) => Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2));

export function makePlanner(vocabulary: Vocabulary, segment: Segment = segmentWords, conceptWeight = CONCEPT_WEIGHT) {
  const stop = new Set(vocabulary.stopwords);
  const groupOf = new Map<string, string[]>();
  for (const group of vocabulary.synonyms)
    for (const term of group)
      groupOf.set(
        term.toLowerCase(),
        group.map((t) => t.toLowerCase()),
      );
  // A misspelling stands for its group; it is never searched itself (no page holds it).
  for (const [typo, index] of Object.entries(vocabulary.typos ?? {}))
    groupOf.set(
      typo.toLowerCase(),
      vocabulary.synonyms[index].map((t) => t.toLowerCase()),
    );
  const soundAlikes = vocabulary.soundAlikes ?? {};
  const synonymTerms = [...groupOf.keys()].sort((a, b) => b.length - a.length);
  const concepts = (vocabulary.concepts ?? []).map(([says, means]) => ({ says: says.map((s) => s.toLowerCase()), means }));
  /** The pages' words for what `text` says in everyday words: each concept's, with its synonyms. */
  const conceptsIn = (text: string) =>
    concepts
      .filter(({ says }) => says.some((s) => text.includes(s)))
      .slice(0, maxConcepts)
      .map(({ means }) => [...new Set(means.flatMap((m) => groupOf.get(m.toLowerCase()) ?? [m.toLowerCase()]))]);

  /** Splits the text at synonym terms (longest first), so 先货后款 is never cut up. */
  function pieces(text: string): Array<{ term: string } | { text: string }> {
    const out: Array<{ term: string } | { text: string }> = [];
    let plain = '';
    for (let i = 0; i < text.length;) {
      const term = synonymTerms.find((t) => text.startsWith(t, i));
      if (term) {
        if (plain) out.push({ text: plain });
        plain = '';
        out.push({ term });
        i += term.length;
      } else {
        plain += text[i];
        i += 1;
      }
    }
    if (plain) out.push({ text: plain });
    return out;
  }

  return function plan(raw: string): QueryPlan {
    const text = raw.normalize('NFKC').toLowerCase().replace(noise, ' ').trim();
    const groups: string[][] = [];
    const weights: number[] = [];
    const marks: string[] = [];
    const seen = new Set<string>();
    const add = (alternatives: string[], weight = 1) => {
      const key = [...alternatives].sort().join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      groups.push(alternatives);
      weights.push(weight);
    };
    /** A stretch of Han characters between stopwords: its pairs, or the lone character. */
    const addStretch = (stretch: string) => {
      if (!stretch) return;
      marks.push(stretch);
      if (stretch.length === 1) add([stretch], loneCharacter);
      else pairs(stretch).forEach((pair) => add([pair, ...(soundAlikes[pair] ?? [])]));
    };
    const typed: string[] = [];

    for (const piece of pieces(text)) {
      if ('term' in piece) {
        const group = groupOf.get(piece.term)!;
        add(group.includes(piece.term) ? [piece.term, ...group.filter((t) => t !== piece.term)] : group);
        marks.push(...group);
        continue;
      }
      for (const chunk of piece.text.split(' ')) {
        let stretch = '';
        for (const word of segment(chunk)) {
          typed.push(word);
          if (stop.has(word)) {
            addStretch(stretch);
            stretch = '';
          } else if (han.test(word)) {
            stretch += word;
          } else {
            // Latin letters and digits (APP, KA, 6): searched as they are.
            addStretch(stretch);
            stretch = '';
            add([word]);
            marks.push(word);
          }
        }
        addStretch(stretch);
      }
    }
    // A query of nothing but function words ("怎么办") still searches for what was typed.
    if (groups.length === 0 && typed.length > 0) {
      add([typed.join('')]);
      marks.push(typed.join(''));
    }
    groups.splice(maxGroups);
    weights.splice(maxGroups);
    // Concepts come on top of the typed words, never instead of them, and are not highlighted:
    // the page's word is not what the rep typed.
    for (const means of conceptsIn(text)) add(means, conceptWeight);
    return { groups, weights, marks: [...new Set(marks)] };
  };
}
