/**
 * Reads one content file the way the site does — MDX frontmatter between two `---` lines, or a
 * whole YAML file — keeping the YAML parser's own positions, so any field path (`items.2.id`)
 * maps to the line of the file an editor has to open.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { explainYamlError } from './yaml-errors.ts';

export interface ParsedSource {
  /** The frontmatter or file as plain data; undefined when it cannot be read. */
  data: unknown;
  /** MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  /** Problems reading it: a missing frontmatter or a YAML syntax error, each with its line. */
  syntax: Array<{ line?: number; message: string }>;
  /** The line of the file a field path points at; undefined when the path is not in the file. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** `kind`: `mdx` for a page (frontmatter + body), `yaml` for a data file. */
export function parseSource(text: string, kind: 'mdx' | 'yaml'): ParsedSource {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let yamlText = lines.join('\n');
  let offset = 0; // file lines before the YAML's first line
  let body = '';
  let bodyLine = 1;

  if (kind === 'mdx') {
    const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    if (lines[0]?.trimEnd() !== '---' || end < 0) {
      return {
        data: undefined,
        body: lines.join('\n'),
        bodyLine: 1,
        syntax: [{ line: 1, message: '文件要以 frontmatter 开头：第一行写 ---，写完字段后再写一行 ---（对照 npm run new 生成的模板）' }],
        lineOf: () => undefined,
      };
    }
    yamlText = lines.slice(1, end).join('\n');
    offset = 1;
    body = lines.slice(end + 1).join('\n');
    bodyLine = end + 2;
  }

  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  const where = kind === 'mdx' ? '文件开头的 frontmatter（两条 --- 之间）' : '这个 YAML 文件的';
  // One problem per file, on the line to change (yaml-errors.ts).
  const slip = explainYamlError(doc, yamlText, counter);
  const syntax = slip ? [{ line: slip.line + offset, message: `${where}格式有误：${slip.advice}` }] : [];

  return {
    data: syntax.length ? undefined : (doc.toJS() ?? {}),
    body,
    bodyLine,
    syntax,
    lineOf: (path) => {
      const range = rangeOf(doc, path);
      return range === undefined ? undefined : lineAt(range);
    },
  };
}

/**
 * Start offset of the deepest node on `path`: the key of a field (its `name:` line), the item of a
 * list. A path that leaves the document stops at the last node found, so a missing field points
 * at its parent; a missing top-level field points nowhere.
 */
function rangeOf(doc: Document, path: ReadonlyArray<PropertyKey>): number | undefined {
  let node: unknown = doc.contents;
  let at: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      at = (pair.key as { range?: [number, number, number] }).range?.[0];
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      at = item.range?.[0];
      node = item;
    } else break;
  }
  return at;
}
