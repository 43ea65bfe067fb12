/**
 * What only the company can set — rebate tiers, protection rules, fees, credit, penalties — as
 * data (content/policies/company.yaml). Pages never state these in their own words: they use
 * `<Policy id="…" />`, which shows the company's value, or a visible "not filled in yet" marker.
 */
import { z } from 'astro/zod';
import { labelled, slug } from './common.ts';
import { wordPattern } from './word-pattern.ts';
import { defaultOwner } from '../lib/vocabulary-of-content.ts';

export const policySchema = z.object({
  id: labelled(slug, '编号', '页面里 <Policy id="…" /> 用的英文编号，例如 project-protection；定了就不要改'),
  title: labelled(z.string().min(2, '标题至少两个字'), '名称', '政策的中文名，显示在内容前面，例如 项目报备与保护期'),
  covers: labelled(z.string().min(6, '写一句这条政策管什么'), '管什么', '给填写的人看：这条政策管哪些事'),
  value: labelled(
    z.string().min(2, '政策内容至少两个字；还没定就不写这一行').optional(),
    '公司的规定',
    '一两句话，销售员可以照着对客户说；公司还没定就空着，页面上显示“以公司政策为准：尚未填写”',
  ),
  owner: labelled(z.string().min(1).default(defaultOwner), '负责人', '谁定、谁维护这条政策；不填是“渠道管理部”'),
  reviewed: labelled(z.coerce.date({ error: '`reviewed` 要写成日期，例如 2026-11-01' }), '核对日期', '负责人最近一次确认内容的日期'),
  claims: labelled(
    z.array(wordPattern).default([]),
    '承诺说法',
    '把这条政策说成承诺的写法（如“保护期三个月”）：给客户看的文字里只能通过 <Policy> 出现，或写在“不要这样说”里',
  ),
  touches: labelled(z.array(wordPattern).default([]), '话题词', '话术碰到这个话题时会用的词（如“独家”）：用到它的话术或回应必须引用这条政策'),
});

export type Policy = z.infer<typeof policySchema>;
