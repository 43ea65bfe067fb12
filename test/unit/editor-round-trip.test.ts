import { readFileSync, globSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageCollections } from '../../src/lib/collections';
import { editorFieldOrder } from '../../src/lib/editor/field-order';
import { asDecapWrites } from '../../scripts/lib/decap-format.mjs';

describe('every page is kept in the form the browser editor writes', () => {
  // Opening a page in /admin/ and saving it unchanged must change nothing, so a merge request shows
  // only what the editor changed. `npm run normalize-content` rewrites pages that drifted.
  for (const { name, folder } of pageCollections) {
    test(`${folder}/`, () => {
      const files = globSync(`content/${folder}/**/*.mdx`);
      expect(files.length).toBeGreaterThan(0);
      const drifted = files.filter((file) => {
        const text = readFileSync(file, 'utf8');
        return asDecapWrites(text, editorFieldOrder(name)) !== text;
      });
      expect(drifted).toEqual([]);
    });
  }

  test('the copy of Decap’s writer orders fields as the editor lists them and writes lists one item per line', () => {
    const page = '---\nreviewed: 2026-12-01\ntitle: 甲\naliases: [贵, 太贵]\n---\n\n正文\n';
    expect(asDecapWrites(page, ['title', 'aliases', 'reviewed', 'body'])).toBe('---\ntitle: 甲\naliases:\n  - 贵\n  - 太贵\nreviewed: 2026-12-01\n---\n\n正文\n');
  });
});
