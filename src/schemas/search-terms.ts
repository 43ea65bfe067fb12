/**
 * Search vocabulary kept as content (content/search/*.yaml), so editors extend it without code:
 * synonym groups applied to every query, concept groups (everyday sayings → the pages' idea, a weaker
 * expansion), and the site's own additions to the generic stopword list.
 */
import { z } from 'astro/zod';
import { pageCollections } from '../lib/collections.ts';
import { listWord, slug } from './common.ts';

/** A word or short phrase as typed into search: no spaces (a query word), at most 12 characters. */
const queryWord = listWord.refine((s) => /^\S{1,12}$/.test(s), '每个词不能有空格，最长 12 个字');

export const synonymGroupSchema = z
  .object({
    /** Stable ASCII id of the group, for messages and tests. Example: `rebate` */
    id: slug,
    /** The words that mean the same to a rep: page wording and rep wording, all searched. */
    terms: z.array(queryWord).min(1, '至少写一个词'),
    /** Misspellings a phone keyboard makes (反利): replaced by `terms`, never searched themselves. */
    typos: z.array(queryWord).default([]),
    /** Why these belong together, so the next editor can judge a new word. */
    note: z.string().min(4, '写一句为什么这些词放在一组'),
  })
  .refine((g) => g.terms.length + g.typos.length >= 2, { message: '一组至少两个词（terms 和 typos 合计）', path: ['terms'] });

export const stopwordGroupSchema = z
  .object({
    /** Stable ASCII id of the group. Example: `question-shapes` */
    id: slug,
    /** Words dropped from every query, on top of the generic list. */
    drop: z.array(queryWord).default([]),
    /** Words of the generic list that matter on this site, so they are kept. */
    keep: z.array(queryWord).default([]),
    /** Why, in one sentence an editor can check. */
    why: z.string().min(4, '写一句为什么'),
  })
  .refine((g) => g.drop.length + g.keep.length > 0, { message: '每组要有 drop 或 keep 里的词', path: ['drop'] });

export const conceptGroupSchema = z.object({
  /** Stable ASCII id of the group. Example: `company-strength` */
  id: slug,
  /** Everyday ways of saying the idea that pages do not use (撤, 跑路, 干不长). */
  says: z.array(queryWord).min(1, '至少写一个日常说法'),
  /** The page's words for the idea (实力, 稳定): searched as well, weaker than what was typed. */
  means: z.array(queryWord).min(1, '至少写一个页面上的概念词'),
  /** Why these sayings mean this idea, so the next editor can judge a new one. */
  note: z.string().min(4, '写一句为什么这些说法指这个概念'),
});

/** The URL folders of the content sections, each with an index page that lists its pages. */
const sectionFolders = [...new Set(pageCollections.map((c) => c.urlFolder))] as [string, ...string[]];

export const sectionWordsSchema = z.object({
  /** The section's URL folder: objections, playbooks, channels, checklists or guides. */
  id: z.enum(sectionFolders, { error: `id 只能是 ${sectionFolders.join('、')} 之一` }),
  /** Other names a rep gives the whole list (检查表 for 清单): the index page answers them. */
  aliases: z.array(listWord).default([]),
  /** Questions whose answer is the list itself (一共有哪几套流程), not one page in it. */
  asks: z.array(listWord).default([]),
});

export type SectionWords = z.infer<typeof sectionWordsSchema>;
export type ConceptGroup = z.infer<typeof conceptGroupSchema>;
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
export type StopwordGroup = z.infer<typeof stopwordGroupSchema>;
