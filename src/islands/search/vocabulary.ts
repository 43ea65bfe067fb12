/** Loads the build-time search vocabulary (src/pages/search-vocabulary.json.ts) once. */
import type { Vocabulary } from '../../lib/search/vocabulary';

export interface SearchVocabulary extends Vocabulary {
  suggestions: Array<{ title: string; url: string }>;
}

let loaded: Promise<SearchVocabulary> | undefined;

export function loadVocabulary(): Promise<SearchVocabulary> {
  loaded ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const response = await fetch(`${base}search-vocabulary.json`);
    if (!response.ok) throw new Error(`search vocabulary: HTTP ${response.status}`);
    return (await response.json()) as SearchVocabulary;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
