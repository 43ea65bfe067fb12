/**
 * A YAML syntax error in an editor's words, on the line to change. The parser reports where it
 * got lost — often a line after the slip, past a comment, and three times over — so this reads its
 * error codes and positions (never its English text) and the lines around them, and names one
 * line with what to do about it.
 */
import { visit, type Document, type LineCounter } from 'yaml';

export interface YamlSlip {
  /** 1-based line of the YAML text. */
  line: number;
  /** What is wrong on that line and how to fix it; the parser's own words when the slip has no known shape. */
  advice: string;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
const isItem = (line: string) => /^\s*-(\s|$)/.test(line);
/** `name:` or `- name:` followed by a space or the end of the line: its name, column and whether a value follows. */
function keyOf(line: string): { name: string; indent: number; hasValue: boolean } | undefined {
  const m = /^(\s*(?:-\s+)?)([^\s#'"[\]{}:-][^:#]*?):(\s|$)/.exec(line);
  return m
    ? { name: m[2]!, indent: m[1]!.length, hasValue: line.slice(m[0].length).trim() !== '' && !line.slice(m[0].length).trim().startsWith('#') }
    : undefined;
}
/** Errors of layout: indentation, or a line YAML could not attach to the one above. */
const layoutCodes = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR']);
const fallback = (error: { message: string }) => `YAML 报告“${error.message.split('\n')[0]}”。常见原因：[ ] 或引号没有成对、冒号后面少了空格、列表项缩进不齐`;
const spaces = (n: number) => (n === 2 ? '两个空格' : ` ${n} 个空格`);

/** The first error, on the line an editor has to change. */
export function explainYamlError(doc: Document, text: string, counter: LineCounter): YamlSlip | undefined {
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = errors[0];
  if (!first) return undefined;
  const lines = text.split('\n');
  const lineIndex = (pos: number) => counter.linePos(pos).line - 1;

  const opener = unclosedAt(doc, text, first.pos[0]);
  if (opener) return { line: lineIndex(opener.at) + 1, advice: closeAdvice(opener.mark) };
  let at = lineIndex(first.pos[0]);
  if (first.code === 'TAB_AS_INDENT') return { line: at + 1, advice: '这一行用 Tab 键缩进了：YAML 只认空格，把行首的 Tab 换成空格' };
  if (first.code === 'DUPLICATE_KEY')
    return { line: at + 1, advice: `${keyOf(lines[at]!)?.name ?? '这个字段'} 上面已经写过一次：删掉其中一行，或把两行的内容合在一起` };
  if (first.code === 'BAD_SCALAR_START') return { line: at + 1, advice: quoteValue(lines[at]!, '这一行的内容以 YAML 的保留符号（@ 或 `）开头') };
  if (!layoutCodes.has(first.code)) return { line: at + 1, advice: fallback(first) };

  // An error inside a line points at a value; the slip is the line that value ran on into,
  // unless the value itself holds `: ` (then it is this line).
  if (counter.linePos(first.pos[0]).col - 1 > indentOf(lines[at]!)) {
    if (!errors.some((e) => e.pos[0] === first.pos[0] && lineIndex(e.pos[1]) > at)) {
      return {
        line: at + 1,
        advice: first.code === 'BLOCK_AS_IMPLICIT_KEY' ? quoteValue(lines[at]!, '这一行的内容里有“冒号加空格”，YAML 会把它当成一个新字段') : fallback(first),
      };
    }
    at += 1;
  }
  // The parser stops at the comment or blank line before the misplaced one.
  while (at < lines.length - 1 && !isContent(lines[at]!)) at += 1;
  return { line: at + 1, advice: describeLine(lines, at) ?? fallback(first) };
}

/**
 * The innermost `[`, `{` or quote still open at `pos`: YAML notices it only where the next line begins.
 * The nodes around `pos` nest, and `visit` goes outside in, so the last one found is the innermost.
 */
function unclosedAt(doc: Document, text: string, pos: number): { at: number; mark: string } | undefined {
  let found: { at: number; mark: string } | undefined;
  const consider = (range: [number, number, number] | null | undefined, closing: string) => {
    if (!range || range[0] > pos || pos > range[1]) return;
    const source = text.slice(range[0], range[1]).trimEnd();
    if (source.length < 2 || !source.endsWith(closing)) found = { at: range[0], mark: text[range[0]]! };
  };
  visit(doc, {
    Collection: (_, node) => (node.flow ? consider(node.range, text[node.range?.[0] ?? 0] === '{' ? '}' : ']') : undefined),
    Scalar: (_, node) =>
      node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? consider(node.range, node.type === 'QUOTE_DOUBLE' ? '"' : "'") : undefined,
  });
  return found;
}

function closeAdvice(mark: string): string {
  if (mark === '[') return '这一行的 [ 没有对应的 ]：列表写在同一行并以 ] 结尾，例如 [贵, 太贵]，项目之间用半角逗号';
  if (mark === '{') return '这一行的 { 没有对应的 }：写在同一行并以 } 结尾';
  return `这一行的引号没有成对：在这段文字的末尾补上 ${mark}`;
}

/** `summary: 原因: 太贵` → `summary: "原因: 太贵"`: a value YAML would read as syntax, quoted. */
function quoteValue(line: string, why: string): string {
  const key = keyOf(line);
  return `${why}：把冒号后面的内容整个加上引号${key ? `，写成 ${key.name}: ${JSON.stringify(line.slice(line.indexOf(':', key.indent) + 1).trim())}` : ''}`;
}

function describeLine(lines: string[], at: number): string | undefined {
  const line = lines[at]!;
  const wide = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*：/.exec(line);
  if (wide) return `这一行用了中文冒号“：”：字段名后面要用英文冒号加一个空格，写成 ${wide[1]}: …`;
  const tight = /^\s*(?:-\s+)?([A-Za-z][\w-]*):(?=[^\s/])/.exec(line);
  if (tight) return `这一行的冒号后面少了一个空格：写成 ${tight[1]}: …`;

  const above = lines
    .slice(0, at)
    .map((text, index) => ({ text, index }))
    .filter((l) => isContent(l.text))
    .reverse();
  if (isItem(line)) {
    const sibling = above.find((l) => isItem(l.text));
    const within = sibling ? indentOf(sibling.text) : indentOf(line);
    const parent = above.find((l) => !isItem(l.text) && indentOf(l.text) < within && keyOf(l.text)?.hasValue === false);
    const parentKey = parent && keyOf(parent.text)!;
    if (!sibling) return `这一行的缩进和上面不一致（列表项要比 ${parentKey?.name ?? '它所属的字段'}: 多缩进两个空格）`;
    const offset = parentKey ? within - parentKey.indent : within;
    const how = parentKey
      ? offset > 0
        ? `比 ${parentKey.name}: 多缩进${spaces(offset)}`
        : `和 ${parentKey.name}: 对齐`
      : within === 0
        ? '顶格写，前面不留空格'
        : `前面留${spaces(within)}`;
    return `这一行的缩进和上面不一致（列表项要和上一项对齐：${how}）`;
  }
  const key = keyOf(line);
  if (key) {
    // The sibling it was meant to line up with: the key above nearest in indent, the closer one on a tie.
    let best: { name: string; indent: number } | undefined;
    for (const l of above) {
      const k = keyOf(l.text);
      if (k && (!best || Math.abs(k.indent - key.indent) < Math.abs(best.indent - key.indent))) best = k;
    }
    if (best)
      return `这一行的缩进和上面不一致（${key.name}: 要和上面的 ${best.name}: 对齐${best.indent === 0 ? '，顶格写，前面不留空格' : `，前面留${spaces(best.indent)}`}）`;
  }
  return '这一行的缩进和上面不一致：和上一行对齐，或删掉行首多出来的空格';
}
