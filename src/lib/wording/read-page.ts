/**
 * A page's text as the checks need it, read with the MDX parser the build itself uses (satteri,
 * behind @astrojs/mdx): each block of prose with its lines, each `<Say>` with the `<Policy>` ids it
 * carries, and whether a block is exempt — a 不要这样说 section or a `<Compliance>`/`<Warning>`
 * block names what not to say on purpose. Frontmatter strings come in as blocks too, with their
 * field path; the customer's own words (`phrases`, `aliases`, `asks`) are not the rep's and are left out.
 */
import { isElement, parseMdx, type MdxNode } from '../mdx-tree.ts';

export interface TextBlock {
  text: string;
  /** Line of the file for a character of `text`. */
  lineAt(index: number): number;
  /** A frontmatter field path (`answer`, `items.2.text`); undefined in the body. */
  field?: string;
  /** Inside 不要这样说, `<Compliance>` or `<Warning>`: may name what must not be said. */
  exempt: boolean;
}

export interface Script {
  /** What the rep says, with each `<Policy>` left out. */
  text: string;
  /** `label` of the `<Say>`: to whom or when. */
  label?: string;
  /** Ids of the `<Policy>` elements inside it. */
  policies: string[];
  line: number;
  exempt: boolean;
}

export interface PageText {
  blocks: TextBlock[];
  scripts: Script[];
}

/** Frontmatter keys holding the customer's words, not the rep's. */
export const customerKeys = new Set(['phrases', 'aliases', 'asks']);
const exemptElements = new Set(['Compliance', 'Warning']);
const dontSayHeading = /不要这样说|别这样说|不能说/;

type Node = MdxNode;

interface Segment {
  text: string;
  line: number;
}

const attribute = (node: Node, name: string) => {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

function blockOf(segments: Segment[], exempt: boolean, field?: string): TextBlock {
  const text = segments.map((s) => s.text).join('');
  return {
    text,
    field,
    exempt,
    lineAt(index) {
      let start = 0;
      for (const s of segments) {
        if (index < start + s.text.length) return s.line + (s.text.slice(0, index - start).match(/\n/g)?.length ?? 0);
        start += s.text.length;
      }
      return segments.at(-1)?.line ?? 1;
    },
  };
}

/** Text nodes under `node` as segments, leaving out `<Policy>` (it renders the company's words). */
function segmentsOf(node: Node, lineOffset: number, out: Segment[] = []): Segment[] {
  if (node.type === 'text' || node.type === 'inlineCode') out.push({ text: node.value ?? '', line: (node.position?.start.line ?? 1) + lineOffset });
  else if (node.type === 'break') out.push({ text: '\n', line: (node.position?.start.line ?? 1) + lineOffset });
  else if (!(node.type === 'mdxJsxTextElement' && node.name === 'Policy')) for (const child of node.children ?? []) segmentsOf(child, lineOffset, out);
  return out;
}

function policiesIn(node: Node, out: string[] = []): string[] {
  if (isElement(node, 'Policy')) {
    const id = attribute(node, 'id');
    if (id) out.push(id);
  }
  for (const child of node.children ?? []) policiesIn(child, out);
  return out;
}

const leafBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline content: a JSX element written on one line (`<Tip>…</Tip>`) holds it directly, with no paragraph. */
const phrasing = new Set(['text', 'strong', 'emphasis', 'delete', 'link', 'inlineCode', 'break', 'mdxJsxTextElement']);

/** Reads the MDX body (the part after the frontmatter, starting at file line `bodyLine`). Throws on MDX the build cannot read either. */
export function readBody(body: string, bodyLine = 1): PageText {
  const root = parseMdx(body);
  const blocks: TextBlock[] = [];
  const scripts: Script[] = [];
  const offset = bodyLine - 1;

  const walk = (nodes: Node[], exempt: boolean) => {
    let dontSayDepth = 0; // depth of an open 不要这样说 heading among these siblings, 0 when none
    for (const node of nodes) {
      if (node.type === 'heading') {
        const depth = node.depth ?? 1;
        if (dontSayDepth && depth <= dontSayDepth) dontSayDepth = 0;
        if (
          dontSayHeading.test(
            segmentsOf(node, 0)
              .map((s) => s.text)
              .join(''),
          )
        )
          dontSayDepth = depth;
      }
      const isExempt = exempt || dontSayDepth > 0 || (node.type.startsWith('mdxJsx') && exemptElements.has(node.name ?? ''));
      if (node.type.startsWith('mdxJsx') && node.name === 'Say') {
        const segments = segmentsOf(node, offset);
        scripts.push({
          text: segments.map((s) => s.text).join(''),
          label: attribute(node, 'label'),
          policies: policiesIn(node),
          line: (node.position?.start.line ?? 1) + offset,
          exempt: isExempt,
        });
        blocks.push(blockOf(segments, isExempt));
      } else if (leafBlocks.has(node.type) || node.children?.some((c) => phrasing.has(c.type))) {
        blocks.push(blockOf(segmentsOf(node, offset), isExempt));
      } else if (node.children) walk(node.children, isExempt);
    }
  };
  walk(root.children ?? [], false);
  return { blocks, scripts };
}

/** Every string in the frontmatter but the customer's words, as blocks with their field path. */
export function readFrontmatter(data: unknown, lineOf: (path: PropertyKey[]) => number | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const line = lineOf(path) ?? lineOf(path.slice(0, 1)) ?? 1;
      blocks.push(blockOf([{ text: value, line }], false, path.join('.')));
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (!(path.length === 0 && customerKeys.has(key))) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return blocks;
}
