import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields, labelled } from './common.ts';
import { objectionCategories } from '../lib/vocabulary-of-content.ts';

export const objectionSchema = z.object({
  ...baseFields,
  category: labelled(
    z.enum(objectionCategories, { error: `\`category\` 只能是：${objectionCategories.join('、')}` }),
    '异议类型',
    '这是哪一类异议，决定它在异议列表里的分组',
  ),
  phrases: labelled(z.array(z.string().min(2)).min(2, '`phrases` 至少写两种客户的原话'), '客户原话', '客户在店里真会说的话，至少两句'),
  answer: labelled(z.string().min(8), '一句话回应', '销售员一口气能说完的回应，显示在搜索结果和拜访简报里'),
  policies: labelled(
    z.array(reference('policies')).default([]),
    '依据的公司政策',
    '回应要用到的公司政策（content/policies/company.yaml）：回应碰到某条政策的话题（它的 touches）就必须列上',
  ),
  stages: labelled(z.array(reference('stages')).default([]), '常出现的阶段', '这个异议通常在哪些流程阶段出现'),
  channelTypes: labelled(z.array(reference('channelTypes')).default([]), '常遇到的渠道类型', '哪些渠道类型最常提这个异议'),
});

export type ObjectionData = z.output<typeof objectionSchema>;
