/**
 * What /choose/ needs at build time, as plain JSON: the rule (content/selection/dealer.yaml) with
 * each standard's words read from its checklist (the same ids the checklist page and the visit
 * prep use, so they never disagree) and each market situation's words from its checklist item.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Rule } from './assess';
import { collectionOfFolder } from '../collections';

export interface ChooseData {
  rule: Rule;
  title: string;
  checklistUrl: string;
  criteria: Array<{ item: string; weight: number; text: string; hint?: string; group: string }>;
  markets: Array<{ id: string; key: string[]; text: string; note: string }>;
  verdicts: { choose: string; keyFailed: string; investigate: string; belowFit: string };
}

export async function getChooseData(checklistUrl: (id: string) => string): Promise<ChooseData> {
  const [entry] = await getCollection('selectionRules');
  if (!entry) throw new Error('content/selection/dealer.yaml 里没有规则：/choose/ 需要一条');
  const rule = entry.data;
  const checklist = await getEntry('checklists', rule.checklist.id);
  if (!checklist) throw new Error(`content/selection/dealer.yaml：checklist \`${rule.checklist.id}\` 不存在`);
  const itemOf = new Map(checklist.data.items.map((i) => [i.id, i]));
  const item = (id: string, field: string) => {
    const found = itemOf.get(id);
    // npm run check names the file and line; this is the backstop for a build run without it.
    if (!found) throw new Error(`content/selection/dealer.yaml（${field}）：清单 ${rule.checklist.id} 里没有 id 为 \`${id}\` 的一项`);
    return found;
  };
  for (const [i, to] of rule.openFrom.entries()) {
    const [folder = '', ...rest] = to.split('/');
    const collection = collectionOfFolder[folder];
    if (!collection || !(await getEntry(collection, rest.join('/'))))
      throw new Error(`content/selection/dealer.yaml（openFrom.${i}）：没有 \`${to}\` 这个页面，写成 集合/id，例如 stages/dealer/choose-target`);
  }
  return {
    rule: {
      criteria: rule.criteria,
      markets: rule.markets.map(({ id, key }) => ({ id, key })),
      alwaysKey: rule.alwaysKey,
      fitThreshold: rule.fitThreshold,
      partlyCredit: rule.partlyCredit,
    },
    title: rule.title,
    checklistUrl: checklistUrl(checklist.id),
    criteria: rule.criteria.map((c, i) => {
      const { text, hint, group } = item(c.item, `criteria.${i}.item`);
      return { ...c, text, hint, group: group ?? '' };
    }),
    markets: rule.markets.map((m, i) => ({ id: m.id, key: m.key, note: m.note, text: item(m.item, `markets.${i}.item`).text })),
    verdicts: rule.verdicts,
  };
}
