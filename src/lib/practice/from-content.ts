/**
 * Builds the drill's deck from the objection pages at build time: the customer's phrases, the
 * one-line answer, and from the body's 怎么回应 section each response's title, its first 话术
 * (<Say>) and its 收口问. Nothing is written twice: the page is the source.
 */
import { getCollection } from 'astro:content';
import { isElement, parseMdx, type MdxNode } from '../mdx-tree.ts';
import { objectionCategories } from '../vocabulary-of-content';
import { policyInSentence } from '../policy-text';
import { getChannelsForObjection, getSite, getStagesForObjection } from '../content';
import type { DrillCard, Response } from './deck';

/** A policy as the drill shows it, in plain text: the company's words, or its name marked as a gap. */
export interface PolicyText {
  title: string;
  value?: string;
}

type Node = MdxNode;

/** A node's words as the rep says them: a `<Policy>` reads as the company's words, or its name marked as a gap. */
function spoken(node: Node, policies: ReadonlyMap<string, PolicyText>): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (isElement(node, 'Policy')) {
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const policy = typeof id === 'string' ? policies.get(id) : undefined;
    // An id not in `policies` is the content check's to report; the drill shows the id.
    if (!policy) return `〔${String(id)}〕`;
    return policy.value ? policyInSentence(policy.value) : `〔${policy.title}：公司尚未填写〕`;
  }
  // Paragraphs inside a block <Say> are lines; anything inline runs on.
  return (node.children ?? []).map((child, i) => (i > 0 && child.type === 'paragraph' ? '\n' : '') + spoken(child, policies)).join('');
}

/**
 * The 怎么回应 section of an objection's MDX body, one entry per `###` response: its title, its
 * first 话术 (`<Say>`) and its **收口问：** line. Read with the MDX parser the build uses (satteri).
 */
export function responsesOf(body: string, policies: ReadonlyMap<string, PolicyText> = new Map()): Response[] {
  const nodes = parseMdx(body).children ?? [];
  const out: Array<{ title: string; say?: string; close?: string }> = [];
  let inSection = false;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 2) inSection = spoken(node, policies).trim().startsWith('怎么回应');
    if (!inSection) continue;
    if (node.type === 'heading' && node.depth === 3) out.push({ title: spoken(node, policies).trim() });
    const response = out.at(-1);
    if (!response) continue;
    const say = isElement(node, 'Say') ? node : node.type === 'paragraph' ? node.children?.find((c) => isElement(c, 'Say')) : undefined;
    if (say && response.say === undefined) response.say = spoken(say, policies).trim();
    const [first, ...rest] = node.type === 'paragraph' ? (node.children ?? []) : [];
    if (first?.type === 'strong' && spoken(first, policies).trim() === '收口问：')
      response.close ??= rest
        .map((c) => spoken(c, policies))
        .join('')
        .trim();
  }
  return out.flatMap(({ title, say, close }) => (say ? [{ title, say, close }] : []));
}

const coreCategories = new Set(objectionCategories.slice(0, 8));

export async function getDrillDeck(objectionUrl: (id: string) => string): Promise<DrillCard[]> {
  const { objections } = await getSite();
  const policies = new Map((await getCollection('policies')).map((p) => [p.id, p.data]));
  return Promise.all(
    objections.map(async (o) => ({
      id: o.id,
      title: o.data.title,
      category: o.data.category,
      phrases: o.data.phrases,
      answer: o.data.answer,
      url: objectionUrl(o.id),
      responses: responsesOf(o.body ?? '', policies),
      channelTypes: (await getChannelsForObjection(o)).map((c) => c.id),
      stages: (await getStagesForObjection(o)).map((s) => s.id),
      core: coreCategories.has(o.data.category),
    })),
  );
}
