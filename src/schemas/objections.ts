import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields } from './common.ts';
import { objectionCategories } from '../lib/vocabulary-of-content.ts';

export const objectionSchema = z.object({
  ...baseFields,
  /** Which kind of objection: one of 需求 财力 权力 价格 产品 品牌 促销 奖励 合同 渠道商疑问. */
  category: z.enum(objectionCategories, {
    error: `\`category\` 只能是：${objectionCategories.join('、')}`,
  }),
  /** What the customer literally says, as heard in a shop. At least two. */
  phrases: z.array(z.string().min(2)).min(2, '`phrases` 至少写两种客户的原话'),
  /** The short answer a rep can say in one breath; shown in search and on the visit brief. */
  answer: z.string().min(8),
  /**
   * Company policies the answer rests on (ids in content/policies/company.yaml), shown with the answer
   * in the company's words. An answer that touches a policy's topic (its `touches`) must list it.
   */
  policies: z.array(reference('policies')).default([]),
  /** Stages where it usually comes up (ids such as `six-steps/during-visit`). */
  stages: z.array(reference('stages')).default([]),
  /** Channel types that raise it most (ids in `content/channels/`). */
  channelTypes: z.array(reference('channelTypes')).default([]),
});

export type ObjectionData = z.output<typeof objectionSchema>;
