import { describe, expect, test } from 'vitest';
import { asDecapWrites } from '../../scripts/lib/decap-format.mjs';
import { pagesInEditorForm } from '../../scripts/lib/editor-form.mjs';

describe('every page is kept in the form the browser editor writes', () => {
  // Opening a page in /admin/ and saving it unchanged must change nothing, so a merge request shows
  // only what the editor changed. `npm run normalize-content` rewrites pages that drifted.
  test('content/', () => {
    const pages = pagesInEditorForm('content');
    expect(pages.length).toBeGreaterThan(100);
    expect(
      pages.filter((p) => p.saved !== p.text).map((p) => p.file),
      'run npm run normalize-content',
    ).toEqual([]);
  });

  test('the copy of Decap’s writer orders fields as the editor lists them and writes lists one item per line', () => {
    const page = '---\nreviewed: 2026-12-01\ntitle: 甲\naliases: [贵, 太贵]\n---\n\n正文\n';
    expect(asDecapWrites(page, ['title', 'aliases', 'reviewed', 'body'])).toBe(
      '---\ntitle: 甲\naliases:\n  - 贵\n  - 太贵\nreviewed: 2026-12-01\n---\n\n正文\n',
    );
  });
});
