/**
 * The dealer-selection rule (content/selection/*.yaml) that /choose/ applies: which standards of
 * a checklist are scored and how much each weighs, which are key in which market situation, the
 * fit threshold and what each verdict says. The company's data, so every number has a message an
 * editor can act on; lib/choose/assess.ts applies it.
 */
import { z } from 'astro/zod';
import { slug } from './common.ts';
import { reference } from './reference.ts';

const criterion = z.object({
  /** A checklist item's id. Example: `pays-on-time` */
  item: slug,
  /** How much it counts: 1 normal, 2 double. */
  weight: z.number().min(0.5, '分量至少 0.5').max(5, '分量最多 5'),
});

const market = z.object({
  /** Stable id of the market situation. Example: `catering` */
  id: slug,
  /** The checklist item that describes it (its text is the choice shown). Example: `market-catering` */
  item: slug,
  /** Standards that are key in this market. */
  key: z.array(slug).min(1, '每种市场形态至少一个关键项'),
  /** Why these are key, shown under the choice. */
  note: z.string().min(4, '写一句为什么这几项是关键'),
});

export const selectionRuleSchema = z
  .object({
    id: slug,
    /** Page title. Example: `选经销商` */
    title: z.string().min(2),
    /** The checklist whose items are the standards. Example: `dealer-selection` */
    checklist: reference('checklists'),
    criteria: z.array(criterion).min(3, '至少三条标准'),
    markets: z.array(market).min(1),
    /** Key whatever the market. */
    alwaysKey: z.array(slug).default([]),
    /** The share of the weighted standards to meet, 0.3–1 (六七成 → 0.6). */
    fitThreshold: z.number().min(0.3, '门槛不能低于 0.3（三成）').max(1, '门槛最多 1（全部符合）'),
    /** What 部分符合 counts for: 0 (like 不符合) to 1 (like 符合). */
    partlyCredit: z.number().min(0).max(1).default(0.5),
    /** Pages that offer /choose/ under their title, written as in `<See to>`. Example: `[stages/dealer/choose-target, channels/dealer]` */
    openFrom: z.array(z.string().regex(/^[a-z]+\/[a-z0-9/-]+$/, '写成 集合/id，例如 stages/dealer/choose-target')).default([]),
    /** What each verdict says; `investigate` carries `{n}`, the number of standards still unknown. */
    verdicts: z.object({
      choose: z.string().min(2),
      keyFailed: z.string().min(2),
      investigate: z.string().includes('{n}', { message: '要带 {n}（还不清楚的项数）' }),
      belowFit: z.string().min(2),
    }),
  })
  .superRefine((rule, ctx) => {
    const seen = new Set<string>();
    rule.criteria.forEach((c, i) => {
      if (seen.has(c.item)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'item'], message: `标准 \`${c.item}\` 写了两次` });
      seen.add(c.item);
    });
  });

export type SelectionRule = z.output<typeof selectionRuleSchema>;
