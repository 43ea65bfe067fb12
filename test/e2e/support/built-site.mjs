/**
 * Reads the built site straight from disk, as text a reader sees: no browser, no server.
 * Only `<main>` counts, so a page's title in every other page's navigation never stands in
 * for the page itself (removing a page must make its facts disappear).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The build under test: the global setup (support/global-setup.mjs) sets E2E_OUTDIR; by hand it defaults to dist/. */
export const outDir = path.resolve(root, process.env.E2E_OUTDIR ?? 'dist');

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Tags out, entities decoded, whitespace collapsed. */
export function htmlToText(html) {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `<main>` element's HTML, or '' when the page has none. */
export function mainHtml(html) {
  return html.match(/<main\b[\s\S]*<\/main>/i)?.[0] ?? '';
}

/** Site path ('objections/price/') → its index.html on disk. */
export function fileOf(sitePath) {
  return path.join(outDir, sitePath, 'index.html');
}

const cache = new Map();

/** The built page at a site path ('objections/price/'), or undefined when it was not built. */
export function readPage(sitePath) {
  if (!cache.has(sitePath)) {
    const file = fileOf(sitePath);
    if (!existsSync(file)) return undefined;
    const html = mainHtml(readFileSync(file, 'utf8'));
    cache.set(sitePath, { path: sitePath, html, text: htmlToText(html) });
  }
  return cache.get(sitePath);
}

/** Every built page's site path ('', 'objections/price/', …), 404 and search index excluded. */
export function listPages(dir = outDir, prefix = '') {
  const pages = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'index.html') pages.push(prefix);
    if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) {
      pages.push(...listPages(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    }
  }
  return pages.sort();
}

/** Pages of one collection: 'objections' → ['objections/authority/', …] (the index page left out). */
export function pagesUnder(section, depth = 1) {
  return listPages().filter((p) => p.startsWith(`${section}/`) && p.split('/').length === depth + 2);
}
