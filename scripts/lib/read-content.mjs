/**
 * Every content file the site reads, with its collection and entry id, from the one collections
 * table: what `npm run check` validates without a build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pageCollections } from '../../src/lib/collections.ts';
import { dataCollections } from '../../src/lib/data-collections.ts';

/** `contentDir` as the site reads it (CONTENT_DIR); paths in the result are relative to the cwd, as editors see them. */
export function readContent(contentDir) {
  const files = [];
  const walk = (collection, folder, extension) => {
    const base = path.join(contentDir, folder);
    if (!existsSync(base)) return;
    for (const name of readdirSync(base, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith(extension)) continue;
      const file = path.join(base, name);
      files.push({ collection, file, id: name.slice(0, -extension.length).split(path.sep).join('/'), text: readFileSync(file, 'utf8') });
    }
  };
  for (const c of pageCollections) walk(c.name, c.folder, '.mdx');
  for (const c of dataCollections) {
    if ('folder' in c) walk(c.name, c.folder, '.yaml');
    else {
      const file = path.join(contentDir, c.file);
      if (existsSync(file)) files.push({ collection: c.name, file, text: readFileSync(file, 'utf8') });
    }
  }
  return files;
}
