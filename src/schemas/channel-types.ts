import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields } from './common.ts';
import { channelGroups } from '../lib/vocabulary-of-content.ts';

export const channelTypeSchema = z.object({
  ...baseFields,
  /** Group on the index page: one of 按业务类型 按渠道形式 工程渠道 渠道商画像 (a kind of customer a rep visits; ideas about channels are guides). */
  group: z.enum(channelGroups, { error: `\`group\` 只能是：${channelGroups.join('、')}` }),
  /** What to stress when talking to this kind of channel. */
  stress: z.array(z.string().min(2)).min(1, '`stress` 至少写一条沟通重点'),
  /** How to tell whether this channel is worth the time. */
  qualify: z.array(z.string().min(2)).min(1, '`qualify` 至少写一条判断方法'),
  /** Objections this kind of channel raises most (ids in `content/objections/`). */
  objections: z.array(reference('objections')).default([]),
  /** Company policies a visit to this kind of channel is likely to touch (ids in `content/policies/company.yaml`); the visit brief lists them with their values. */
  policies: z.array(reference('policies')).default([]),
});

export type ChannelTypeData = z.output<typeof channelTypeSchema>;
