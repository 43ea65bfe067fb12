/**
 * The homophone table for typo-tolerant search (src/lib/search/sounds-like.ts), built from every
 * page's text. A separate file from search-vocabulary.json: it is fetched only when a query holds
 * a pair of characters no page has, so a clean first search never pays for it. Precached.
 */
import type { APIRoute } from 'astro';
import { buildSoundTable } from '../lib/search/sound-table';
import { getSoundSources } from '../lib/search/sound-sources';

export const GET: APIRoute = async () => {
  const { texts, terms } = await getSoundSources();
  return new Response(JSON.stringify(buildSoundTable(texts, terms)));
};
