#!/usr/bin/env node
/**
 * Internal link check over a built site: every `href` in every HTML page must reach a file of the
 * build, and every `#anchor` an `id` on the target page. External links are not fetched (the
 * check runs offline). A small script rather than a package: linkinator and friends crawl over
 * HTTP and need a server, hyperlink is unmaintained, and what we need is ~80 lines over dist/.
 *
 * CLI: `node scripts/check-links.mjs [dist] [--base /playbook/]` prints problems, exits 1 on any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const decode = (text) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const safeDecodeUri = (text) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

function listHtml(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'));
}

/** URL path of a built file: `objections/price/index.html` → `/objections/price/`. */
const pageUrl = (file, base) => base + file.replace(/(^|\/)index\.html$/, '$1');

/** Built file a URL path points at, or undefined. */
function fileOf(outDir, pathname, base) {
  if (!pathname.startsWith(base)) return undefined;
  const inside = safeDecodeUri(pathname.slice(base.length));
  const candidate = path.join(outDir, inside);
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return candidate;
}

/** Problems `{ page, href, reason }`; `page` is the HTML file relative to outDir. */
export function checkLinks(outDir, base = '/') {
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const html = readFileSync(file, 'utf8');
      ids.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1]))));
    }
    return ids.get(file);
  };
  const problems = [];
  for (const page of listHtml(outDir)) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    const from = new URL(pageUrl(page, base), 'http://site.invalid');
    for (const match of html.matchAll(/<(?:a|link|area)\b[^>]*?\shref="([^"]*)"/g)) {
      const href = decode(match[1]);
      if (href === '' || external.test(href)) continue;
      const target = new URL(href, from);
      const file = fileOf(outDir, target.pathname, base);
      if (!file) {
        problems.push({ page, href: safeDecodeUri(href), reason: target.pathname.startsWith(base) ? 'missing-page' : 'outside-base' });
        continue;
      }
      const anchor = safeDecodeUri(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) problems.push({ page, href: safeDecodeUri(href), reason: 'missing-anchor' });
    }
  }
  return problems;
}

export const reasonText = {
  'missing-page': '链接指向的页面不存在',
  'missing-anchor': '链接指向的页面存在，但页内没有这个 # 标题或锚点',
  'outside-base': '链接写成了以 / 开头的绝对地址，站点放在子路径下时会失效：改用 <See to="…" />',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--base');
  const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : '/';
  const outDir = path.resolve(args[0] ?? 'dist');
  const problems = checkLinks(outDir, base);
  for (const p of problems) console.log(`${p.page} → ${p.href}：${reasonText[p.reason]}`);
  console.log(problems.length ? `✗ ${problems.length} 个坏链接` : `✓ ${listHtml(outDir).length} 个页面，没有坏链接`);
  process.exit(problems.length ? 1 : 0);
}
