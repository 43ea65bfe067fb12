/**
 * Parses the content map (the list of every part of the source material that must be on the
 * site) into rows: each table row of a `## ` section, and each top-level bullet (continuation
 * lines joined). A row's text is kept whole so that a changed row no longer matches its entry
 * in test/content-map-terms.json and someone has to look at it again.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the map lives: CONTENT_MAP overrides; then the shared folder beside the repo (as CI lays
 * it out); then the copy in docs/, for a clone made without shared/.
 */
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const sharedMap = path.resolve(repo, '../shared/CONTENT-MAP.md');
export const contentMapPath = process.env.CONTENT_MAP ?? (existsSync(sharedMap) ? sharedMap : path.join(repo, 'docs/CONTENT-MAP.md'));

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** @returns {{ section: string, kind: 'table' | 'bullet', text: string }[]} */
export function parseContentMap(markdown) {
  const rows = [];
  let section = '';
  let last;
  let inTable = false;
  for (const line of markdown.split('\n')) {
    const heading = line.match(/^## (.+)$/);
    if (heading) {
      section = heading[1].trim();
      last = undefined;
      continue;
    }
    if (!section) continue;
    const bullet = line.match(/^- (.+)$/);
    if (bullet) {
      last = { section, kind: 'bullet', text: collapse(bullet[1]) };
      rows.push(last);
      continue;
    }
    // An indented line right under a bullet continues it.
    if (last && /^\s+\S/.test(line)) {
      last.text = collapse(`${last.text} ${line}`);
      continue;
    }
    last = undefined;
    if (!/^\|.*\|\s*$/.test(line)) {
      inTable = false;
      continue;
    }
    const cells = line.trim().slice(1, -1).split('|').map(collapse);
    // A table's first line is its header, the second its |---| separator: neither is content.
    const isHeader = !inTable;
    inTable = true;
    if (isHeader || cells.every((c) => /^:?-+:?$/.test(c))) continue;
    rows.push({ section, kind: 'table', text: cells.join(' | ') });
  }
  return rows;
}

export function readContentMap(path = contentMapPath) {
  if (!existsSync(path)) {
    throw new Error(`找不到内容地图 ${path}：把 CONTENT_MAP 环境变量设成 CONTENT-MAP.md 的路径再运行`);
  }
  return parseContentMap(readFileSync(path, 'utf8'));
}
