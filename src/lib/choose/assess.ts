/**
 * The dealer-selection rule (content/selection/dealer.yaml) applied to one candidate: the share
 * of the weighted standards he meets, the key points he fails, what is still unknown, and the
 * verdict in the source's terms. The rule is the company's data; this only applies it. Pure, so
 * it is unit-tested over the real rule and a changed one.
 *
 * The source's rule: a candidate who matches 六七成 and agrees on the key resources, capabilities
 * and beliefs is worth choosing and growing; one who fails a key point is not, however large.
 */
export type Answer = 'met' | 'partly' | 'not' | 'unknown';
export const answers: Answer[] = ['met', 'partly', 'not', 'unknown'];

export interface Rule {
  criteria: Array<{ item: string; weight: number }>;
  markets: Array<{ id: string; key: string[] }>;
  /** Key whatever the market: the beliefs and the agency scope. */
  alwaysKey: string[];
  /** The share of the weighted standards to meet (六七成 → 0.6). */
  fitThreshold: number;
  /** What 部分符合 counts for, between 0 (不符合) and 1 (符合). */
  partlyCredit: number;
}

export type Verdict = 'choose' | 'key-failed' | 'investigate' | 'below-fit';

export interface Assessment {
  /** Weighted share met, over the standards already known (0–1); undefined when none is known. */
  share?: number;
  keyFailed: string[];
  unknown: string[];
  verdict: Verdict;
}

/** The key standards where the market is `market` (none chosen: only the ones always key). */
export function keyItems(rule: Rule, market: string | undefined): Set<string> {
  return new Set([...rule.alwaysKey, ...(rule.markets.find((m) => m.id === market)?.key ?? [])]);
}

const credit = (rule: Rule, answer: Answer) => (answer === 'met' ? 1 : answer === 'partly' ? rule.partlyCredit : 0);

export function assess(rule: Rule, market: string | undefined, given: Record<string, Answer | undefined>): Assessment {
  const key = keyItems(rule, market);
  const answerOf = (item: string): Answer => given[item] ?? 'unknown';
  const known = rule.criteria.filter((c) => answerOf(c.item) !== 'unknown');
  const unknown = rule.criteria.filter((c) => answerOf(c.item) === 'unknown').map((c) => c.item);
  const keyFailed = rule.criteria.filter((c) => key.has(c.item) && answerOf(c.item) === 'not').map((c) => c.item);
  const total = rule.criteria.reduce((sum, c) => sum + c.weight, 0);
  const earned = known.reduce((sum, c) => sum + c.weight * credit(rule, answerOf(c.item)), 0);
  const knownWeight = known.reduce((sum, c) => sum + c.weight, 0);
  const share = knownWeight > 0 ? earned / knownWeight : undefined;
  // The share as it could still turn out: every unknown met, or every unknown not met.
  const best = total > 0 ? (earned + (total - knownWeight)) / total : 0;
  const worst = total > 0 ? earned / total : 0;
  let verdict: Verdict;
  if (keyFailed.length > 0) verdict = 'key-failed';
  else if (unknown.some((item) => key.has(item))) verdict = 'investigate';
  else if (worst >= rule.fitThreshold) verdict = 'choose';
  else if (best < rule.fitThreshold) verdict = 'below-fit';
  else verdict = 'investigate';
  return { share, keyFailed, unknown, verdict };
}

/** What a rule refers to that the checklist lacks: each as the rule's field and the missing id. */
export function ruleProblems(
  rule: Omit<Rule, 'markets'> & { markets: Array<{ id: string; item: string; key: string[] }> },
  itemIds: Set<string>,
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const missing = (field: string, id: string) => problems.push({ field, message: `清单里没有 id 为 \`${id}\` 的一项` });
  rule.criteria.forEach((c, i) => itemIds.has(c.item) || missing(`criteria.${i}.item`, c.item));
  const criteria = new Set(rule.criteria.map((c) => c.item));
  rule.markets.forEach((m, i) => {
    if (!itemIds.has(m.item)) missing(`markets.${i}.item`, m.item);
    m.key.forEach(
      (k, j) => criteria.has(k) || problems.push({ field: `markets.${i}.key.${j}`, message: `\`${k}\` 不在 criteria 里：关键项必须是要打分的标准之一` }),
    );
  });
  rule.alwaysKey.forEach(
    (k, j) => criteria.has(k) || problems.push({ field: `alwaysKey.${j}`, message: `\`${k}\` 不在 criteria 里：关键项必须是要打分的标准之一` }),
  );
  return problems;
}
