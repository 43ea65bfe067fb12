/**
 * Learning from real searches without personal data (issue 24, item 6). When a deploy turns it
 * on, each search a rep settles on is sent as one GET request that the web server only logs
 * (deploy/nginx.conf, no server code): the query, how many results it had, and the rank and page
 * of the result opened, or none. Never who: no id, no cookie, and the log line holds only the
 * time and these fields. Digits that could be a phone or order number are cut before sending.
 * `npm run search-report <log>` (scripts/search-report.mjs) reads the log back with `readLog`
 * and `reportOf` below.
 */

/** What is logged of one search. `rank` is 0-based, -1 when nothing was opened. */
export interface SearchEntry {
  query: string;
  count: number;
  rank: number;
  /** The opened result's path, when one was opened. */
  page?: string;
  /** When it was logged (ms since 1970), read from the log line. */
  time?: number;
}

/** Runs of this many digits or more (a phone, an order, an ID number) never leave the phone. */
const LONG_NUMBER = /\d{5,}/g;

/** The query as it may be logged: width-normalised, long numbers cut, at most 100 characters. */
export const scrubQuery = (query: string) => query.normalize('NFKC').replace(LONG_NUMBER, '…').trim().slice(0, 100);

/** The request's query string: `q`, `n`, `r` and `p`, the same fields the log line keeps. */
export function logParams({ query, count, rank, page }: SearchEntry): string {
  const params = new URLSearchParams({ q: scrubQuery(query), n: String(count), r: String(rank) });
  if (page) params.set('p', page);
  return params.toString();
}

/** One line of the log as deploy/nginx.conf writes it: `$time_iso8601 $args` (space or tab). */
export function readLine(line: string): SearchEntry | undefined {
  const [stamp, args] = line.trim().split(/\s+/, 2);
  if (!args) return undefined;
  const params = new URLSearchParams(args);
  const query = params.get('q')?.trim();
  const count = Number(params.get('n'));
  const rank = Number(params.get('r'));
  if (!query || !Number.isInteger(count) || !Number.isInteger(rank)) return undefined;
  const time = Date.parse(stamp);
  return { query, count, rank, page: params.get('p') ?? undefined, time: Number.isNaN(time) ? undefined : time };
}

export const readLog = (text: string) => text.split(/\r?\n/).flatMap((line) => readLine(line) ?? []);

/** A result opened at this rank or lower (0-based) was found too far down. */
export const FAR_DOWN = 3;

/**
 * A search that found nothing, or nothing worth opening, followed within this long by a search
 * whose result was opened: that page is a guess at what the first one wanted. The log knows no
 * one, so on a busy site another rep's search may come between: a hint for an editor, no more.
 */
export const FOLLOW_UP_MS = 2 * 60 * 1000;

export interface QueryStat {
  query: string;
  times: number;
  /**
   * The page it should have been: for "opened far down", the pages opened; otherwise the pages
   * opened by the search that came next (FOLLOW_UP_MS). Most often first.
   */
  pages: string[];
  /** The rank it was opened at, on average (1-based), for "opened far down". */
  meanRank?: number;
}

export interface SearchReport {
  searches: number;
  noResults: QueryStat[];
  nothingOpened: QueryStat[];
  farDown: QueryStat[];
}

/** Groups the entries by query (case and spacing aside), most frequent first. */
export function reportOf(entries: SearchEntry[]): SearchReport {
  const inOrder = [...entries].sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
  /** The page opened by the next search within FOLLOW_UP_MS, if any. */
  const nextOpened = (entry: SearchEntry) => {
    if (entry.time === undefined) return undefined;
    const after = inOrder.slice(inOrder.indexOf(entry) + 1).find((e) => e.time !== undefined && e.time - entry.time! <= FOLLOW_UP_MS && e.page);
    return after?.page;
  };
  const group = (list: SearchEntry[], pageOf: (e: SearchEntry) => string | undefined = nextOpened) => {
    const byQuery = new Map<string, SearchEntry[]>();
    for (const entry of list) {
      const key = entry.query.toLowerCase().replace(/\s+/g, ' ');
      byQuery.set(key, [...(byQuery.get(key) ?? []), entry]);
    }
    return [...byQuery.values()]
      .map((same): QueryStat => {
        const opened = same.filter((e) => e.page);
        const counts = new Map<string, number>();
        for (const page of same.map(pageOf)) if (page) counts.set(page, (counts.get(page) ?? 0) + 1);
        const pages = [...counts].sort((a, b) => b[1] - a[1]).map(([page]) => page);
        const meanRank = opened.length ? opened.reduce((sum, e) => sum + e.rank + 1, 0) / opened.length : undefined;
        return { query: same[0].query, times: same.length, pages, meanRank };
      })
      .sort((a, b) => b.times - a.times || a.query.localeCompare(b.query));
  };
  return {
    searches: entries.length,
    noResults: group(entries.filter((e) => e.count === 0)),
    nothingOpened: group(entries.filter((e) => e.count > 0 && e.rank < 0)),
    farDown: group(
      entries.filter((e) => e.rank >= FAR_DOWN),
      (e) => e.page,
    ),
  };
}
