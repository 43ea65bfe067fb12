/**
 * What Decap CMS writes when it saves a page: its frontmatter formatter (decap-cms-core's
 * formats/frontmatter.ts and yaml.ts) with the same libraries it uses (gray-matter, and yaml 1.x
 * from decap-cms-core's own dependencies). The content is kept in this form, so opening a page in
 * /admin/ and saving it changes nothing; test/e2e/admin.test.mjs holds this copy to what Decap in
 * the browser really writes.
 */
import { createRequire } from 'node:module';

const fromDecap = createRequire(createRequire(import.meta.url).resolve('decap-cms-core/package.json'));
const matter = fromDecap('gray-matter');
const yaml = fromDecap('yaml');

// As decap-cms-core/src/formats/yaml.ts: ISO timestamps with a time read as dates; nothing else is.
const timestampTag = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: '!timestamp',
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (str) => new Date(str),
  stringify: (value) => value.value.toISOString(),
};

const sortKeys = (sortedKeys) => (a, b) => {
  const idxA = sortedKeys.indexOf(a.key?.toString());
  const idxB = sortedKeys.indexOf(b.key?.toString());
  if (idxA === -1 || idxB === -1) return 0;
  return idxA > idxB ? 1 : idxA < idxB ? -1 : 0;
};

const yamlEngine = {
  parse(content) {
    const text = content && content.trim().endsWith('---') ? content.trim().slice(0, -3) : content;
    const doc = yaml.parseDocument(text, { customTags: [timestampTag], prettyErrors: true });
    if (doc.errors.length > 0) throw new Error(`YAML parsing error:\n${doc.errors.map((e) => e.message).join('\n')}`);
    return doc.toJSON();
  },
  stringify(data, { sortedKeys = [] } = {}) {
    const contents = yaml.createNode(data);
    contents.items.sort(sortKeys(sortedKeys));
    const doc = new yaml.Document();
    doc.contents = contents;
    return doc.toString();
  },
};

const options = { engines: { yaml: yamlEngine }, language: 'yaml', delimiters: '---' };

/** The file Decap writes for `text` when saved unchanged, with the collection's field order. */
export function asDecapWrites(text, sortedKeys) {
  // A fresh parse each time: gray-matter caches by input string and returns the cached object.
  const { data, content } = matter(text, { ...options, cache: false });
  const body = content;
  const file = matter.stringify(body, data, { ...options, sortedKeys });
  return body.slice(-1) !== '\n' && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
}
