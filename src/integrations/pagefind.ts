/**
 * Builds the Pagefind index over the finished site, as part of `astro build`.
 * We call Pagefind's own Node API rather than the astro-pagefind package: that package also
 * pulls in Pagefind's web-component UI, which we do not ship (our search island talks to
 * pagefind.js directly), and the index needs nothing beyond these few calls.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildStageMap, readFragment, type FragmentPage } from '../lib/search/stage-map.ts';

/**
 * search-stages.json (lib/search/stage-map.ts): the stages by Pagefind id, read back from the
 * fragments just written, each with the next stage its page's own rel="next" link names.
 */
function writeStageMap(site: string, base: string) {
  const dir = path.join(site, 'pagefind', 'fragment');
  const pages: FragmentPage[] = readdirSync(dir).map((file) => {
    const page = readFragment(file.replace(/\.pf_fragment$/, ''), gunzipSync(readFileSync(path.join(dir, file))).toString('utf8'));
    // Pagefind's URLs are the folder's (/playbooks/x/); the pages' links, and the browser, add the base.
    const html = readFileSync(path.join(site, page.url, 'index.html'), 'utf8');
    const nextUrl = html.match(/<a\b[^>]*\brel="next"[^>]*>/)?.[0].match(/\bhref="([^"]+)"/)?.[1];
    return { ...page, url: `${base}${page.url.replace(/^\//, '')}`, nextUrl };
  });
  const stages = buildStageMap(pages);
  writeFileSync(path.join(site, 'search-stages.json'), JSON.stringify(stages));
  return Object.keys(stages).length;
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'channel-playbook:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await pagefind.close();
        logger.info(`search-stages.json: ${writeStageMap(site, base)} stages`);
      },
    },
  };
}
