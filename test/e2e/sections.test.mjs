/**
 * One name per section: the menu (SiteNav, built from lib/sections.ts) and the page's title and
 * heading agree on the built pages (the menu once said 准备拜访 where the page said 拜访准备; /choose/
 * takes its title from the company's rule data). Reads dist/, no browser.
 */
import { test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sectionOf, sections } from '../../src/lib/sections.ts';

const dist = process.env.E2E_OUTDIR ?? 'dist';
const text = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test('every section in the menu is titled and headed with the menu’s name', () => {
  for (const { path: at, label } of [...sections, sectionOf('practice'), sectionOf('search')]) {
    const html = readFileSync(path.join(dist, at, 'index.html'), 'utf8');
    assert.equal(text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)[1]), label, `${at} h1`);
    assert.match(/<title>([^<]*)<\/title>/.exec(html)[1], new RegExp(`^${label}`), `${at} <title>`);
  }
});
