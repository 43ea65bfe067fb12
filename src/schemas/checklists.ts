import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields, labelled, slug } from './common.ts';

export const checklistItemSchema = z.object({
  id: labelled(slug, '编号', '这一项在清单里独有的英文编号，例如 dress；销售员保存的勾选指向它，所以不要重复使用'),
  text: labelled(z.string().min(2), '内容', '要做或要带的事，简短的一句'),
  hint: labelled(z.string().optional(), '提示', '显示在这一项下面的一行说明'),
  group: labelled(z.string().optional(), '小标题', '这一项归在哪个小标题下，例如 仪容'),
  channelTypes: labelled(z.array(reference('channelTypes')).default([]), '只用于这些渠道类型', '不选就是所有渠道类型都用'),
  stages: labelled(z.array(reference('stages')).default([]), '只用于这些阶段', '不选就是所有阶段都用'),
});

export const checklistSchema = z
  .object({
    ...baseFields,
    items: labelled(z.array(checklistItemSchema).min(1, '`items` 至少要有一项'), '清单项', '按顺序排列'),
    flow: labelled(z.boolean().default(false), '按顺序的步骤', '勾上后页面还会把各项画成流程图'),
    formerIds: labelled(z.array(slug).default([]), '曾用编号', '这份清单改名前用过的文件名：销售员在旧编号下保存的勾选会转过来'),
  })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `清单项 id \`${item.id}\` 重复（第 ${first + 1} 项和第 ${index + 1} 项）：每一项要有自己的 id`,
        });
      } else seen.set(item.id, index);
    });
  });

export type ChecklistData = z.output<typeof checklistSchema>;
export type ChecklistItem = z.output<typeof checklistItemSchema>;
