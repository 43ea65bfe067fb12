import { z } from 'astro/zod';
import { baseFields, labelled, listWord } from './common.ts';

/** A process a rep follows, such as 渠道开发六步法; its stages live in `content/stages/<playbook>/`. */
export const playbookSchema = z.object({
  ...baseFields,
  audience: labelled(z.array(listWord).min(1, '`audience` 至少写一类读者，例如 [销售代表]'), '读者', '这个流程写给谁，例如 销售代表、区域经理'),
});

export type PlaybookData = z.output<typeof playbookSchema>;
