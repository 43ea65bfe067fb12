import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkLinks } from '../../scripts/check-links.mjs';

function site(base: string, pages: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'links-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  try {
    return checkLinks(dir, base);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

describe('checkLinks', () => {
  test('accepts pages, assets, anchors and external links that resolve', () => {
    expect(
      site('/', {
        'index.html':
          '<link href="/a.css" rel="stylesheet"><a href="/guides/x/#%E8%B0%88">x</a><a href="https://example.com/">e</a><a href="#top">t</a><p id="top">',
        'a.css': '',
        'guides/x/index.html': '<h2 id="谈">谈</h2><a href="../../">home</a><a href="?q=1">q</a>',
      }),
    ).toEqual([]);
  });

  test('reports a missing page and a missing anchor, decoded', () => {
    expect(
      site('/', {
        'index.html': '<a href="/guides/nope/">a</a><a href="/guides/x/#%E6%97%A0">b</a>',
        'guides/x/index.html': '<h2 id="谈">谈</h2>',
      }),
    ).toEqual([
      { page: 'index.html', href: '/guides/nope/', reason: 'missing-page' },
      { page: 'index.html', href: '/guides/x/#无', reason: 'missing-anchor' },
    ]);
  });

  test('reports a root link that escapes the sub-path', () => {
    expect(site('/playbook/', { 'index.html': '<a href="/objections/">a</a><a href="/playbook/">b</a>' })).toEqual([
      { page: 'index.html', href: '/objections/', reason: 'outside-base' },
    ]);
  });
});
