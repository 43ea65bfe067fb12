/**
 * Pages in the form the browser editor writes (decap-format.mjs with the editor's field order):
 * `npm run normalize-content` rewrites those that drifted, `npm run check` names them, and a unit
 * test holds every page to it, so saving a page unchanged in /admin/ changes nothing.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageCollections } from '../../src/lib/collections.ts';
import { editorFieldOrder } from '../../src/lib/editor/field-order.ts';
import { asDecapWrites } from './decap-format.mjs';

/** Every page under `contentDir` with its text and the text the editor would save. */
export function pagesInEditorForm(contentDir) {
  return pageCollections.flatMap(({ name, folder }) =>
    globSync(path.join(contentDir, folder, '**/*.mdx')).map((file) => {
      const text = readFileSync(file, 'utf8');
      return { file, text, saved: asDecapWrites(text, editorFieldOrder(name)) };
    }),
  );
}

export const notInEditorFormLine = (count) =>
  `${count} 页的写法和浏览器编辑器保存的不一样（字段顺序、列表写法或注释）：提交前运行 npm run normalize-content，否则 npm test 不通过`;
