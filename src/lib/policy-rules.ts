/**
 * The wording rules the content is held to, from the two data files editors keep: risky wording
 * (content/compliance/risky-wording.yaml) and the claims of each company policy
 * (content/policies/company.yaml). Shared by `npm run check` and the content test.
 */
import type { WordingRule } from './compliance-scan.ts';

interface RiskyInput {
  law: string;
  words: string[];
  instead: string;
}
interface PolicyInput {
  id: string;
  title: string;
  claims?: string[];
}

export function wordingRules(risky: RiskyInput[], policies: PolicyInput[]): WordingRule[] {
  return [
    ...risky.map((r) => ({ reason: `《${r.law}》`, words: r.words, instead: r.instead })),
    ...policies
      .filter((p) => (p.claims ?? []).length > 0)
      .map((p) => ({
        reason: `公司政策「${p.title}」`,
        words: p.claims ?? [],
        instead: `只有公司能定：写成 <Policy id="${p.id}" />，页面会显示公司填写的内容`,
      })),
  ];
}
