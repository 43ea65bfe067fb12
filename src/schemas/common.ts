/**
 * Fields every content page shares: what search, printouts and content governance need.
 * One place, so every collection teaches editors the same words.
 */
import { z } from 'astro/zod';
import { reference } from './reference.ts';

import { defaultOwner, slugPattern } from '../lib/vocabulary-of-content.ts';

export { slugPattern };

export const slug = z
  .string()
  .regex(slugPattern, '只能用小写英文字母、数字和连字符，例如 `pre-visit`');

/**
 * One item of a YAML list of words. `[贵， 太贵]` with a full-width comma is one item, not two
 * (YAML splits flow lists only on `,`), and nothing on the page shows it: search just loses the words.
 */
export const listWord = z
  .string()
  .min(1)
  .refine((s) => !s.includes('，'), 'YAML 列表要用半角逗号分隔：写成 [贵, 太贵]，不要写 [贵， 太贵]（全角逗号会把整串当成一项）');

export const baseFields = {
  /** Chinese title shown on the page, in navigation and in search. Example: `价格异议` */
  title: z.string().min(2, '标题至少两个字'),
  /** One or two sentences shown in search results, on cards and on printouts. */
  summary: z.string().min(10, '摘要至少 10 个字，要能单独读懂'),
  /** Colloquial words a rep might type for this topic, so search finds it. Example: `[贵, 太贵了]` */
  aliases: z.array(listWord).default([]),
  /**
   * Whole questions a rep would type about what this page answers, in a rep's or the customer's
   * words (`经销商进货越来越少怎么办`). Searched, weighted like aliases, never shown: they carry the
   * everyday words a page's own text does not use. Write them from the page, never from a search log.
   */
  asks: z.array(z.string().min(6, '每个问法至少 6 个字，写成一整句').max(40, '每个问法不超过 40 个字')).max(12, '`asks` 最多 12 条').default([]),
  /** Position in its list (smaller first). Default 100. */
  order: z.number().int().min(0).default(100),
  /** Who keeps this page correct. Default `渠道管理部`. */
  owner: z.string().min(1).default(defaultOwner),
  /** Date the owner last checked the page, `YYYY-MM-DD`. Pages older than six months are flagged. */
  reviewed: z.coerce.date({ error: '`reviewed` 要写成日期，例如 2026-11-01' }),
  /** `true` hides the page from the built site (it still shows in `npm run dev`). Default false. */
  draft: z.boolean().default(false),
  /**
   * `pending` until the company's lawyer has read the page: it shows 「待法务确认后使用」 at the top,
   * is listed on /policies/ with its owner, and `npm run check` reminds. Delete the line once cleared.
   */
  legalReview: z.literal('pending', { error: '`legalReview` 只能写 pending（法务确认后删掉这一行）' }).optional(),
  /**
   * The gate (content/compliance/gates.yaml) that must be passed before anything on this page is done,
   * shown at the top of the page. Example: `financial-licence`
   */
  gate: reference('gates').optional(),
};
