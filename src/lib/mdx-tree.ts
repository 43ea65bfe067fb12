/**
 * An MDX body as the build reads it (satteri's mdast, behind @astrojs/mdx), typed once for the
 * readers that walk it: the wording checks, the integrity check and the practice deck.
 */
import { mdxToMdast } from 'satteri';

export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** The tree of an MDX body; throws on MDX the build would refuse. */
export const parseMdx = (body: string): MdxNode => mdxToMdast(body) as unknown as MdxNode;

/** `<name …>`, standing in a sentence or as a block. */
export const isElement = (node: MdxNode, name: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
