import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields, labelled } from './common.ts';
import { channelGroups } from '../lib/vocabulary-of-content.ts';

export const channelTypeSchema = z.object({
  ...baseFields,
  group: labelled(
    z.enum(channelGroups, { error: `\`group\` 只能是：${channelGroups.join('、')}` }),
    '分组',
    '在渠道类型列表里的分组：这是销售员要拜访的一类客户；讲渠道的道理写成指南',
  ),
  stress: labelled(z.array(z.string().min(2)).min(1, '`stress` 至少写一条沟通重点'), '沟通重点', '和这类渠道谈什么最管用'),
  qualify: labelled(z.array(z.string().min(2)).min(1, '`qualify` 至少写一条判断方法'), '判断方法', '怎么判断这个渠道值不值得花时间'),
  objections: labelled(z.array(reference('objections')).default([]), '常见异议', '这类渠道最常提的客户异议'),
  policies: labelled(z.array(reference('policies')).default([]), '可能谈到的政策', '拜访这类渠道可能碰到的公司政策，拜访简报会列出它们的内容'),
});

export type ChannelTypeData = z.output<typeof channelTypeSchema>;
