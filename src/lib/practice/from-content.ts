/**
 * Builds the drill's deck from the objection pages at build time: the customer's phrases, the
 * one-line answer, and from the body's 怎么回应 section each response's title, its first 话术
 * (<Say>) and its 收口问. Nothing is written twice: the page is the source.
 */
import { objectionCategories } from '../vocabulary-of-content';
import { getChannelsForObjection, getSite, getStagesForObjection } from '../content';
import type { DrillCard, Response } from './deck';

/** The 怎么回应 section of an objection's MDX body, one entry per `###` response. */
export function responsesOf(body: string): Response[] {
  const section = body.split(/^## /m).find((part) => part.startsWith('怎么回应'));
  if (!section) return [];
  return section
    .split(/^### /m)
    .slice(1)
    .flatMap((part) => {
      const title = part.slice(0, part.indexOf('\n')).trim();
      const say = /<Say>([\s\S]*?)<\/Say>/.exec(part)?.[1].trim();
      const close = /\*\*收口问：\*\*\s*(.+)/.exec(part)?.[1].trim();
      return say ? [{ title, say, close }] : [];
    });
}

const coreCategories = new Set(objectionCategories.slice(0, 8));

export async function getDrillDeck(objectionUrl: (id: string) => string): Promise<DrillCard[]> {
  const { objections } = await getSite();
  return Promise.all(
    objections.map(async (o) => ({
      id: o.id,
      title: o.data.title,
      category: o.data.category,
      phrases: o.data.phrases,
      answer: o.data.answer,
      url: objectionUrl(o.id),
      responses: responsesOf(o.body ?? ''),
      channelTypes: (await getChannelsForObjection(o)).map((c) => c.id),
      stages: (await getStagesForObjection(o)).map((s) => s.id),
      core: coreCategories.has(o.data.category),
    })),
  );
}
