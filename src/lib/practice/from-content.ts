/**
 * Builds the drill's deck from the objection pages at build time: the customer's phrases, the
 * one-line answer, and from the body's 怎么回应 section each response's title, its first 话术
 * (<Say>) and its 收口问. Nothing is written twice: the page is the source.
 */
import { getCollection } from 'astro:content';
import { objectionCategories } from '../vocabulary-of-content';
import { policyInSentence } from '../policy-text';
import { getChannelsForObjection, getSite, getStagesForObjection } from '../content';
import type { DrillCard, Response } from './deck';

/** A policy as the drill shows it, in plain text: the company's words, or its name marked as a gap. */
export interface PolicyText {
  title: string;
  value?: string;
}

/** `<Policy id="…" />` in a script as plain text; an id not in `policies` is left to the content check. */
export const policyAsText = (script: string, policies: ReadonlyMap<string, PolicyText>) =>
  script.replace(/<Policy\s+id=["']([^"']+)["']\s*\/>/g, (tag, id: string) => {
    const policy = policies.get(id);
    if (!policy) return tag;
    return policy.value ? policyInSentence(policy.value) : `〔${policy.title}：公司尚未填写〕`;
  });

/** The 怎么回应 section of an objection's MDX body, one entry per `###` response. */
export function responsesOf(body: string, policies: ReadonlyMap<string, PolicyText> = new Map()): Response[] {
  const section = body.split(/^## /m).find((part) => part.startsWith('怎么回应'));
  if (!section) return [];
  return section
    .split(/^### /m)
    .slice(1)
    .flatMap((part) => {
      const title = part.slice(0, part.indexOf('\n')).trim();
      const script = /<Say\b[^>]*>([\s\S]*?)<\/Say>/.exec(part)?.[1].trim();
      const say = script === undefined ? undefined : policyAsText(script, policies);
      const close = /\*\*收口问：\*\*\s*(.+)/.exec(part)?.[1].trim();
      return say ? [{ title, say, close }] : [];
    });
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
