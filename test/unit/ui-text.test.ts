/**
 * The islands' words live in src/lib/ui-text/ (re-exported by ui-text.ts): a Chinese string
 * literal anywhere else in src/islands or src/lib fails here, so the next one goes there too.
 * Comments are free: the TypeScript parser reads only literals.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const han = /\p{Script=Han}/u;

/** Where Chinese literals belong, or are not UI text: build-time checks and the editor. */
const outOfScope = ['src/lib/ui-text.ts', 'src/lib/ui-text/', 'src/lib/content-check/', 'src/lib/wording/', 'src/lib/editor/'];

/** Files with Chinese literals that are not the islands' words, each with why. */
const notUiText: Record<string, string> = {
  'src/lib/collections.ts': 'type labels, shared with the page templates',
  'src/lib/sections.ts': 'section names and blurbs, shared with the page templates',
  'src/lib/labels.ts': 'the unset-policy label, shared with the page templates',
  'src/lib/vocabulary-of-content.ts': 'the content vocabulary editors choose from',
  'src/lib/search/intent.ts': 'words a query is matched against',
  'src/lib/search/vocabulary.ts': 'problems the vocabulary build reports',
  'src/lib/choose/assess.ts': 'problems npm run check reports in the selection rule',
  'src/lib/diagram/from-content.ts': 'diagram descriptions written into the pages at build',
  'src/lib/diagram/layout.ts': 'problems the diagram build reports',
  'src/lib/practice/from-content.ts': 'the headings the drill is read from in the content',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A thrown Error's message stops the build or a check; no rep reads it. */
const inThrownError = (node: ts.Node): boolean =>
  !!node.parent && (ts.isNewExpression(node.parent) && node.parent.expression.getText() === 'Error' ? true : inThrownError(node.parent));

/** The Chinese string, template and regular-expression literals of a source text, as `line: text`. */
function hanLiterals(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal = ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node);
    if (literal && han.test(node.text) && !inThrownError(node)) {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const sources = ['src/islands', 'src/lib'].flatMap((dir) => filesUnder(join(root, dir)).map((path) => path.slice(root.length + 1)));

describe('UI text', () => {
  test('no island or lib module outside ui-text holds a Chinese literal', () => {
    const stray = sources
      .filter((path) => !outOfScope.some((prefix) => path.startsWith(prefix)) && !(path in notUiText))
      .flatMap((path) => hanLiterals(path, readFileSync(join(root, path), 'utf8')).map((hit) => `${path}:${hit}`));
    expect(stray).toEqual([]);
  });

  test('the reader sees literals, not comments, and skips thrown errors', () => {
    const text = "// 注释\n/* 注释 */\nconst a = '搜索';\nconst b = `找到 ${1} 条`;\nthrow new Error(`构建失败 ${a}`);\n";
    expect(hanLiterals('x.ts', text)).toEqual(["3: '搜索'", '4: `找到 ${', '4: } 条`']);
  });

  test('every exception still exists and still needs to be one', () => {
    for (const path of Object.keys(notUiText)) {
      expect(existsSync(join(root, path)), path).toBe(true);
      expect(hanLiterals(path, readFileSync(join(root, path), 'utf8')), path).not.toEqual([]);
    }
  });
});
