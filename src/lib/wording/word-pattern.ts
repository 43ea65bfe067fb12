/**
 * Word patterns: how editors name a family of wordings in one line, so a check finds the variants
 * and not only the exact string (「往他那边倾斜」 as well as 「往您这边倾斜」).
 * - plain characters match themselves;
 * - `…` matches up to `gapLength` characters that do not end a sentence (`项目…归` finds
 *   「这个项目以后就归您」 but not a 项目 in one sentence and 归 in the next);
 * - `(a|b)` matches one of the alternatives (no nesting), `(a|b)?` makes the group optional.
 * A stance's contradictions are searched with `skipNegated`: 「乱价不处罚」 agrees with the stance
 * that 「处罚乱价」 contradicts, so a match with a negation before it or inside a gap is not one.
 */

/** Characters that end a sentence or a clause a rep would pause at; a gap never crosses them. */
const sentenceEnd = '。！？!?；;\\n';
/** How far apart the parts of a `…` pattern may be: a short clause in spoken Chinese. */
export const gapLength = 12;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The RegExp for a pattern; throws a sentence an editor can act on when the pattern is malformed. */
export function compileWordPattern(pattern: string): RegExp {
  let source = '';
  let rest = pattern.trim();
  if (!rest) throw new Error('写法是空的');
  if (rest.startsWith('…') || rest.endsWith('…')) throw new Error(`“${pattern}”：… 只能写在两个词中间`);
  while (rest) {
    if (rest.startsWith('…')) {
      source += `([^${sentenceEnd}]{0,${gapLength}}?)`;
      rest = rest.slice(1);
    } else if (rest.startsWith('(')) {
      const end = rest.indexOf(')');
      if (end < 0) throw new Error(`“${pattern}”：括号没有成对，写成 (您|你) 这样`);
      const options = rest.slice(1, end).split('|');
      if (options.some((o) => !o || /[()…]/.test(o))) throw new Error(`“${pattern}”：括号里要写几个词，用 | 隔开，例如 (您|你)`);
      rest = rest.slice(end + 1);
      const optional = rest.startsWith('?');
      if (optional) rest = rest.slice(1);
      source += `(?:${options.map(escape).join('|')})${optional ? '?' : ''}`;
    } else if (rest.startsWith(')') || rest.startsWith('|')) {
      throw new Error(`“${pattern}”：${rest[0]} 只能用在 (您|你) 这样的括号里`);
    } else {
      const char = String.fromCodePoint(rest.codePointAt(0)!);
      source += escape(char);
      rest = rest.slice(char.length);
    }
  }
  return new RegExp(source, 'g');
}

export interface PatternMatch {
  /** The pattern as written. */
  pattern: string;
  /** The text it matched. */
  text: string;
  index: number;
}

/** Words that turn a wording into its opposite: 不罚, 别管, 禁止限价, 没有控价. */
const negation = /不|别|勿|没|无|禁止|反对/;

/** Every place in `text` where one of `patterns` matches, in order of position. */
export function findPatterns(text: string, patterns: readonly string[], { skipNegated = false } = {}): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(compiled(pattern))) {
      if (skipNegated && (negation.test(text.slice(Math.max(0, m.index - 2), m.index)) || m.slice(1).some((gap) => gap && negation.test(gap)))) continue;
      found.push({ pattern, text: m[0], index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const cache = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) cache.set(pattern, (re = compileWordPattern(pattern)));
  return re;
}
