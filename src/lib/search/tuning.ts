/**
 * Every number that tunes search, in one place, each with what it does and where it was measured
 * (`npm run bench:search` prints each set's figures; the ablation there turns signals off one at a
 * time). Change one here, then run the bench: `dev` and `source-dev` are tuned on, `test` and
 * `source-test` only reported.
 */

/**
 * The search-only metadata fields every content page carries (components/EntryHeader.astro) and the
 * island reads back (islands/search/panel.ts, "why it matched"). Pagefind 1.6 numbers a page's fields
 * in name order yet weighs them by the site-wide order, so these are on every page and named to sort
 * before any other field (`answer`, `summary`, `title`).
 */
export const metaField = { title: 'a_title', aliases: 'a_alias', asks: 'a_asks' } as const;

export const tuning = {
  pagefind: {
    /**
     * Meta field weights (Pagefind 1.5+): the title as character pairs 10×, aliases 8× (they name
     * what the page is about), asks 4× (they also touch side topics). Measured on `dev`.
     */
    metaWeights: { title: 5, [metaField.title]: 10, [metaField.aliases]: 8, [metaField.asks]: 4 },
    /** 1 favours focused pages over long hub pages that hold every word somewhere (`dev`). */
    pageLength: 1,
  },
  /** data-pagefind-weight of a page's visible title (EntryHeader.astro). */
  titleWeight: 10,
  /** data-pagefind-weight of an objection's 客户怎么说 list: the customer's own lines (`dev`). */
  phrasesWeight: 9,
  plan: {
    /** A rambling sentence: its first parts carry the question, and each group is one search. */
    maxGroups: 16,
    /** A lone character says less than a pair or a word. */
    loneCharacter: 0.5,
    /**
     * A concept group (content/search/concepts.yaml) beside a typed word (1): the page's word for
     * what the rep said in other words is a guess (`source-dev`).
     */
    conceptWeight: 0.8,
    /** At most this many concepts per query, so a long sentence stays about its words. */
    maxConcepts: 3,
  },
  rank: {
    /** Words apart that still count as one passage, about a sentence (`dev`). */
    passage: 10,
    /** Extra a page earns when the whole query meets in one passage, ×2 at most (`dev`). */
    proximity: 1,
  },
  /**
   * How much each reading of the query's shape lifts the page kinds it leans to (intent.ts), and
   * what the next stage of a "what next" question scores over the one named: customer's voice
   * and 怎么 0.6 (source-dev hit@1 72.9 → 76.0, dev unchanged); 是什么 0.3 (0.6 lowers dev); a
   * whole (所有/整套) 0.6, as the other two, not tuned (with the index pages searchable it adds
   * source3 hit@3 94.3 → 94.8; the index pages themselves 93.4 → 94.3); a kind of channel
   * (这种渠道/型渠道/利弊/适合做) 0.6, as the others (source3 hit@1 73.1 → 74.5, hit@3 95.8 → 96.2;
   * dev, source-dev and source2 unchanged; 1 and 1.5 read within a query or two of it).
   */
  intent: { customer: 0.6, overview: 0.6, define: 0.3, kind: 0.6, howto: 0.6, next: 0.5 },
  /**
   * A pair in at most this many pages, sounding like a word of a title, alias or synonym, is
   * searched beside that word (意义 → 异议; source-dev hit@3 +0.8 at 3, nothing at 2).
   */
  rarePages: 3,
  /** Characters of page text under a result. */
  excerptLength: 60,
  /**
   * Results shown at first and per 显示更多, each one Pagefind fragment (~5 KB): a phone shows three,
   * so a fourth is the one glance further; a fifth cost what the richer search content (asks,
   * concept groups) needed to keep a first search under 300 KB.
   */
  pageSize: 4,
};
