/**
 * What the homophone data is built from (pages/search-sounds.json.ts, and the rare sound-alikes in
 * pages/search-vocabulary.json.gz.ts): every page's searchable text, and the site's terms (titles,
 * aliases, synonyms), which a rep most likely meant when a typed pair sounds like one of them.
 */
import { getCollection } from 'astro:content';
import { getSite } from '../content';

export async function getSoundSources(): Promise<{ texts: string[]; terms: string[] }> {
  const entries = Object.values(await getSite()).flat();
  const texts = entries.map((entry) => [entry.data.summary, ...entry.data.asks, entry.body ?? ''].join('\n'));
  const synonyms = (await getCollection('synonyms')).flatMap((group) => group.data.terms);
  const terms = [...entries.flatMap((entry) => [entry.data.title, ...entry.data.aliases]), ...synonyms];
  return { texts, terms };
}
