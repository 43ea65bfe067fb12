#!/usr/bin/env node
/**
 * Rewrites every content page in the form Decap CMS writes (scripts/lib/decap-format.mjs): fields in
 * the editor's order, lists one item per line. Run once when the editor's fields change order, so
 * that opening a page in /admin/ and saving it changes nothing; test/unit/editor-round-trip.test.ts
 * fails while a page is not in that form.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { globSync } from 'node:fs';
import { pageCollections } from '../src/lib/collections.ts';
import { editorFieldOrder } from '../src/lib/editor/field-order.ts';
import { asDecapWrites } from './lib/decap-format.mjs';

let changed = 0;
for (const { name, folder } of pageCollections) {
  for (const file of globSync(`content/${folder}/**/*.mdx`)) {
    const text = await readFile(file, 'utf8');
    const written = asDecapWrites(text, editorFieldOrder(name));
    if (written !== text) {
      await writeFile(file, written);
      changed += 1;
    }
  }
}
console.log(`${changed} 个页面改成了编辑器保存的格式`);
