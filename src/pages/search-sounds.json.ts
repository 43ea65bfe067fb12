/**
 * The homophone table for typo-tolerant search (src/lib/search/sounds-like.ts), built from every
 * page's text. A separate file from search-vocabulary.json: it is fetched only when a query holds
 * a pair of characters no page has, so a clean first search never pays for it. Precached.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../lib/content';
import { buildSoundTable } from '../lib/search/sound-table';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const entries = Object.values(site).flat();
  const texts = entries.map((entry) => [entry.data.summary, ...entry.data.asks, entry.body ?? ''].join('\n'));
  const synonyms = (await getCollection('synonyms')).flatMap((group) => group.data.terms);
  const terms = [...entries.flatMap((entry) => [entry.data.title, ...entry.data.aliases]), ...synonyms];
  return new Response(JSON.stringify(buildSoundTable(texts, terms)));
};
