/**
 * Term recall: for each field term, how many built pages contain it versus how many pages a
 * search for it returns. Guards against the segmentation trap of Pagefind issue #1237, where
 * the browser split a Chinese query differently from the index and most pages went missing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const fieldTerms = ['返利', '窜货', '铺货', '回款', '甲指乙购', '堆头', '进店费', '条码费', '标杆经销商', '甩小单', '年底奖励', '决策链'];

/** Where the element whose opening tag `open` matched (a RegExp match in `html`) ends, after its closing tag. */
function elementEnd(html, open) {
  const pattern = new RegExp(`<${open[1]}\\b[^>]*>|</${open[1]}>`, 'gi');
  pattern.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m; (m = pattern.exec(html));) {
    depth += m[0][1] === '/' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** Drops every element marked `data-pagefind-ignore` (related links, prev/next, TOC): Pagefind does not index them. */
export function withoutIgnored(html) {
  let out = html;
  for (;;) {
    const open = /<([a-z0-9]+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/i.exec(out);
    if (!open) return out;
    out = out.slice(0, open.index) + out.slice(elementEnd(out, open));
  }
}

/** The HTML Pagefind indexes on a page: every `data-pagefind-body` element (a page's <main>, a section's header), less what it ignores. */
export function indexedHtml(html) {
  const bodies = [];
  const body = /<([a-z0-9]+)\b[^>]*\bdata-pagefind-body\b[^>]*>/gi;
  for (let open; (open = body.exec(html));) {
    const end = elementEnd(html, open);
    bodies.push(html.slice(open.index + open[0].length, end));
    body.lastIndex = end;
  }
  return withoutIgnored(bodies.join('\n'));
}

/** Each built page of `distDir` (base-relative URL): its file, the HTML Pagefind indexes and that HTML's text, read once per folder. */
const indexedPages = new Map();

export function pagesIndexed(distDir) {
  if (indexedPages.has(distDir)) return indexedPages.get(distDir);
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const source = readFileSync(full, 'utf8');
        const html = indexedHtml(source);
        if (html) pages.push({ url: path.relative(distDir, dir).replaceAll(path.sep, '/') + '/', source, html, text: html.replace(/<[^>]+>/g, '') });
      }
    }
  };
  walk(distDir);
  indexedPages.set(distDir, pages);
  return pages;
}

/**
 * Pages (as base-relative URLs) whose indexed body contains the term. The pages are read once per
 * build folder: the vocabulary checks ask for hundreds of terms, and reading 135 pages for each
 * cost ~15 CPU-seconds of the browser tests. A folder is assumed not to change while a process reads it.
 */
export function pagesContaining(distDir, term) {
  return pagesIndexed(distDir)
    .filter((p) => p.text.includes(term))
    .map((p) => p.url);
}

export async function searchAll(page, baseUrl, terms) {
  await page.goto(baseUrl);
  return page.evaluate(
    async ({ terms, base }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: base });
      await pagefind.init();
      const out = {};
      for (const term of terms) {
        const search = await pagefind.search(term);
        const data = await Promise.all(search.results.map((r) => r.data()));
        out[term] = data.map((d) => d.url.slice(base.length));
      }
      return out;
    },
    { terms, base: new URL(baseUrl).pathname },
  );
}
