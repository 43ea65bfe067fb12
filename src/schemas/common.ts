/**
 * Fields every content page shares: what search, printouts and content governance need.
 * One place, so every collection teaches editors the same words.
 */
import { z } from 'astro/zod';
import { reference } from './reference.ts';

import { defaultOwner, slugPattern } from '../lib/vocabulary-of-content.ts';

export { slugPattern };

export const slug = z.string().regex(slugPattern, '只能用小写英文字母、数字和连字符，例如 `pre-visit`');

/**
 * One item of a YAML list of words. `[贵， 太贵]` with a full-width comma is one item, not two
 * (YAML splits flow lists only on `,`), and nothing on the page shows it: search just loses the words.
 */
export const listWord = z
  .string()
  .min(1)
  .refine((s) => !s.includes('，'), 'YAML 列表要用半角逗号分隔：写成 [贵, 太贵]，不要写 [贵， 太贵]（全角逗号会把整串当成一项）');

/**
 * A field as editors see it: its Chinese label and a line of help. The browser editor's forms
 * (lib/editor/) are generated from these, so each field is described once, here, next to its rule.
 */
export const labelled = <T extends z.ZodType>(schema: T, title: string, description?: string): T =>
  schema.meta(description ? { title, description } : { title });

export const baseFields = {
  slug: labelled(
    slug.optional(),
    '网址名',
    '新建页面时填：页面的英文网址，也是文件名，例如 price-terms（小写英文字母、数字和连字符）；和文件名一致，建好后不要改',
  ),
  title: labelled(z.string().min(2, '标题至少两个字'), '标题', '页面上、导航和搜索里显示的中文标题，例如“价格异议”'),
  summary: labelled(z.string().min(10, '摘要至少 10 个字，要能单独读懂'), '摘要', '一两句话，显示在搜索结果、卡片和打印页上，要能单独读懂'),
  aliases: labelled(z.array(listWord).default([]), '别名', '销售员可能搜的口语说法，例如“贵”“太贵了”：只用于搜索，不显示'),
  asks: labelled(
    z.array(z.string().min(6, '每个问法至少 6 个字，写成一整句').max(40, '每个问法不超过 40 个字')).max(12, '`asks` 最多 12 条').default([]),
    '问法',
    '销售员或客户会怎么问这一页回答的问题，写成整句（如“经销商进货越来越少怎么办”），从页面内容写，不要从搜索记录抄；只用于搜索，不显示',
  ),
  order: labelled(z.number().int().min(0).default(100), '排序', '在列表里的位置，小的在前；不填是 100'),
  owner: labelled(z.string().min(1).default(defaultOwner), '负责人', '谁负责这一页内容正确；不填是“渠道管理部”'),
  reviewed: labelled(z.coerce.date({ error: '`reviewed` 要写成日期，例如 2026-11-01' }), '审核日期', '负责人最近一次核对这一页的日期；超过六个月会提醒'),
  draft: labelled(z.boolean().default(false), '草稿', '勾上后只在本机预览里出现，不会发布'),
  legalReview: labelled(
    z.literal('pending', { error: '`legalReview` 只能写 pending（法务确认后删掉这一行）' }).optional(),
    '待法务确认',
    '法务看过之前选 pending：页面顶部显示“待法务确认后使用”；确认后清空',
  ),
  gate: labelled(reference('gates').optional(), '先过关卡', '做这一页里的任何事之前必须先过的关卡（content/compliance/gates.yaml），显示在页面顶部'),
};
