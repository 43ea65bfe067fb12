/**
 * Loads the build-time search data, each file once: the vocabulary
 * (src/pages/search-vocabulary.json.gz.ts) with every search, the stage order (search-stages.json,
 * integrations/pagefind.ts) only for a "what comes next" question, the homophone table
 * (src/pages/search-sounds.json.ts) only when a query asks for it. A failed fetch is retried
 * on the next search instead of being remembered.
 */
import type { Vocabulary } from '../../lib/search/vocabulary';
import { withBase } from '../../lib/urls';
import type { SoundsLike, SoundTable } from '../../lib/search/sounds-like';
import type { StageMap } from '../../lib/search/stage-map';

export interface SearchVocabulary extends Vocabulary {
  suggestions: Array<{ title: string; url: string }>;
}

/**
 * A file's JSON, gzip-compressed or not. The vocabulary is stored compressed; a host that marks
 * .gz files as Content-Encoding: gzip has the browser decompress it already, hence the check.
 */
async function jsonOf(response: Response): Promise<unknown> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json();
}

function loadOnce<T>(file: string, read: (json: unknown) => T | Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= (async () => {
      const response = await fetch(withBase(file));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return read(await jsonOf(response));
    })();
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

export const loadVocabulary = loadOnce('search-vocabulary.json.gz', (json) => json as SearchVocabulary);
export const loadStageMap = loadOnce('search-stages.json', (json) => json as StageMap);
// The code that reads the table comes with it: a first search without a slip loads neither.
export const loadSoundsLike = loadOnce('search-sounds.json', async (json): Promise<SoundsLike> =>
  (await import('../../lib/search/sounds-like')).makeSoundsLike(json as SoundTable),
);
