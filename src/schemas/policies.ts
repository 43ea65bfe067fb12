/**
 * What only the company can set — rebate tiers, protection rules, fees, credit, penalties — as
 * data (content/policies/company.yaml). Pages never state these in their own words: they use
 * `<Policy id="…" />`, which shows the company's value, or a visible "not filled in yet" marker.
 */
import { z } from 'astro/zod';
import { slug } from './common.ts';
import { wordPattern } from './word-pattern.ts';
import { defaultOwner } from '../lib/vocabulary-of-content.ts';

export const policySchema = z.object({
  /** Stable ASCII id used in `<Policy id="…" />`. Example: `project-protection` */
  id: slug,
  /** Chinese name of the policy, shown before its value. Example: `项目报备与保护期` */
  title: z.string().min(2, '标题至少两个字'),
  /** What it covers, for the editor who fills it in. */
  covers: z.string().min(6, '写一句这条政策管什么'),
  /** The company's rule in one or two sentences, as a rep may say it. Empty until the company sets it. */
  value: z.string().min(2, '政策内容至少两个字；还没定就不写这一行').optional(),
  /** Who sets and keeps this policy. Default `渠道管理部`. */
  owner: z.string().min(1).default(defaultOwner),
  /** Date the owner last confirmed the value, `YYYY-MM-DD`. */
  reviewed: z.coerce.date({ error: '`reviewed` 要写成日期，例如 2026-11-01' }),
  /**
   * Wordings that state this policy as a promise ("保护期三个月"). They may appear in customer-facing
   * text only through `<Policy>`, or in 不要这样说 and `<Compliance>`; `npm test` checks the pages.
   */
  claims: z.array(wordPattern).default([]),
  /**
   * Words by which a script touches this topic (`独家`, `(您|你)的区域`), as word patterns: a `<Say>`
   * or an objection's `answer` that uses one must cite this policy. Default none.
   */
  touches: z.array(wordPattern).default([]),
});

export type Policy = z.infer<typeof policySchema>;
