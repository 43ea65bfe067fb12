/**
 * The search-only metadata fields are a contract between the pages (EntryHeader.astro writes them)
 * and the island (pagefind.ts weighs them, panel.ts reads them back): both take the names from
 * lib/search/tuning.ts, and this holds that every built content page carries exactly those fields,
 * each weighed; and that what is indexed but hidden only repeats what a reader sees. Reads dist/, no browser.
 */
import { test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { metaField, tuning } from '../../src/lib/search/tuning.ts';
import { pagesIndexed } from '../search/recall.mjs';

const dist = process.env.E2E_OUTDIR ?? 'dist';

test('every content page carries the search-only fields of tuning.ts, and no other', () => {
  const expected = Object.values(metaField).sort();
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  let contentPages = 0;
  for (const file of pages) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    // Only pages with a content header (an entry's type badge) are indexed as entries.
    if (!html.includes('data-pagefind-filter="type"')) continue;
    contentPages += 1;
    const fields = [...html.matchAll(/data-pagefind-meta="([^"]*)"/g)].flatMap((m) => m[1].split(',').map((f) => f.trim().replace(/\[.*$/, '')));
    assert.deepEqual(fields.filter((f) => f.startsWith('a_')).sort(), expected, file);
  }
  assert.ok(contentPages >= 100, `${contentPages} content pages`);
  for (const field of Object.values(metaField)) assert.ok(tuning.pagefind.metaWeights[field] > 0, `${field} is weighed`);
});

// The 目录 type of a section's index once showed as a result's excerpt ("目录 清单"): a filter
// written in a hidden element is indexed as text unless it is also data-pagefind-ignore.
test('no page has words search finds that a reader never sees: hidden indexed text repeats what the page shows', () => {
  let hidden = 0;
  const hiddenElement = /<([a-z0-9]+)\b[^>]*\shidden\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const { url, source, html } of pagesIndexed(dist)) {
    // What the reader sees: the page's main content (related links included), hidden elements left out.
    const main = /<main\b[\s\S]*<\/main>/.exec(source)?.[0] ?? '';
    const shown = main.replace(hiddenElement, ' ').replace(/<[^>]+>/g, ' ');
    for (const [, , inner] of html.matchAll(hiddenElement)) {
      hidden += 1;
      const words = inner.replace(/<[^>]+>/g, ' ').trim();
      assert.ok(shown.includes(words), `${url}: “${words}” is indexed but hidden (mark it data-pagefind-ignore)`);
    }
  }
  assert.ok(hidden > 50, `${hidden} hidden elements checked`);
});
