/**
 * A search engine that answers terms it was asked recently from memory. Typing 你们返利太低 asks
 * for 你们 and 返利 again at every key, and one query often asks for a pair twice (谈合作 and
 * 找合作 both hold 合作), so most of a query's searches have been made before; within one page view
 * the index never changes, so neither does an answer. Keeping the answers also keeps Pagefind's
 * result objects alive, whose page data its worker frees only once they are collected: a bounded
 * number of terms, the least recently asked dropped first.
 */
import type { Engine } from './find-pages.ts';

/** Terms remembered: a long session's queries, many times one query's 5–15 searches. */
export const REMEMBERED_TERMS = 300;

export function rememberSearches<Data>(engine: Engine<Data>, size = REMEMBERED_TERMS): Engine<Data> {
  const recent = new Map<string, ReturnType<Engine<Data>['search']>>();
  return {
    search(term, options = {}) {
      const key = JSON.stringify([term, options]);
      const known = recent.get(key);
      // Moved to the end: the Map's order is the order of last use.
      recent.delete(key);
      const answer = known ?? engine.search(term, options);
      recent.set(key, answer);
      if (recent.size > size) recent.delete(recent.keys().next().value!);
      // An answer that failed or came back empty (a search Pagefind dropped) is asked again next time.
      if (!known)
        answer.then(
          (found) => found ?? forget(key, answer),
          () => forget(key, answer),
        );
      return answer;
    },
  };

  function forget(key: string, answer: ReturnType<Engine<Data>['search']>) {
    if (recent.get(key) === answer) recent.delete(key);
  }
}
