/**
 * Loads the build-time search data, each file once: the vocabulary
 * (src/pages/search-vocabulary.json.ts) with every search, the homophone table
 * (src/pages/search-sounds.json.ts) only when a query asks for it. A failed fetch is retried
 * on the next search instead of being remembered.
 */
import type { Vocabulary } from '../../lib/search/vocabulary';
import { withBase } from '../../lib/urls';
import { makeSoundsLike, type SoundsLike, type SoundTable } from '../../lib/search/sounds-like';

export interface SearchVocabulary extends Vocabulary {
  suggestions: Array<{ title: string; url: string }>;
}

function loadOnce<T>(file: string, read: (json: unknown) => T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= (async () => {
      const response = await fetch(withBase(file));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return read(await response.json());
    })();
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

export const loadVocabulary = loadOnce('search-vocabulary.json', (json) => json as SearchVocabulary);
export const loadSoundsLike = loadOnce('search-sounds.json', (json): SoundsLike => makeSoundsLike(json as SoundTable));
