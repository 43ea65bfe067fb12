/**
 * What the search island needs besides Pagefind's index, in one small file built from content:
 * the stopwords, synonym and concept groups (content/search/*.yaml), the rare pairs that sound like
 * a term (lib/search/sound-table.ts) and the common objections suggested
 * before anything is typed, so that list costs no Pagefind fragments. Precached with the pages, so search works offline.
 * Every first search fetches it, so it is stored gzip-compressed, as Pagefind stores its own files
 * (a third of the bytes on a host that does not compress); islands/search/vocabulary.ts reads it.
 */
import { gzipSync } from 'node:zlib';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import genericStopwords from 'stopwords-zh/stopwords-zh.json';
import { getSite } from '../lib/content';
import { entryUrl } from '../lib/urls';
import { buildVocabulary } from '../lib/search/vocabulary';
import { getSoundSources } from '../lib/search/sound-sources';
import { rareSoundAlikes } from '../lib/search/sound-table';
import { cutsWhole } from '../lib/search/query-plan';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const vocabulary = buildVocabulary(
    genericStopwords,
    (await getCollection('stopwords')).map((e) => e.data),
    (await getCollection('synonyms')).map((e) => e.data),
    (await getCollection('concepts')).map((e) => e.data),
  );
  const { texts, terms } = await getSoundSources();
  const suggestions = site.objections.slice(0, 8).map((o) => ({ title: o.data.title, url: entryUrl('objections', o.id) }));
  // A stopword the segmenter never cuts out whole can never match (query-plan.ts): the generic
  // list's 190 of those (一转眼; punctuation, gone before) would cost every first search 0.7 KB.
  const stopwords = vocabulary.stopwords.filter((word) => cutsWhole(word));
  return new Response(gzipSync(JSON.stringify({ ...vocabulary, stopwords, soundAlikes: rareSoundAlikes(texts, terms), suggestions }), { level: 9 }));
};
