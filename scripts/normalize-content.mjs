#!/usr/bin/env node
/**
 * `npm run normalize-content`: rewrites every content page in the form the browser editor writes
 * (scripts/lib/editor-form.mjs): fields in the editor's order, lists one item per line, and no
 * comments among the fields, as Decap drops them. Opening a page in /admin/ and saving it then
 * changes nothing; `npm run check` names pages that drifted and test/unit/editor-round-trip.test.ts
 * fails on them.
 */
import { writeFileSync } from 'node:fs';
import { pagesInEditorForm } from './lib/editor-form.mjs';

const drifted = pagesInEditorForm(process.env.CONTENT_DIR ?? 'content').filter((p) => p.saved !== p.text);
for (const { file, saved } of drifted) writeFileSync(file, saved);
console.log(
  drifted.length ? `✓ ${drifted.length} 页改成了浏览器编辑器保存的写法：${drifted.map((p) => p.file).join('、')}` : '✓ 所有页面已经是浏览器编辑器保存的写法',
);
