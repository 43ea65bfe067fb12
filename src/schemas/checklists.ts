import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields, slug } from './common.ts';

export const checklistItemSchema = z.object({
  /** Stable id, unique in this list; saved ticks point at it, so never reuse one. Example: `dress` */
  id: slug,
  /** The thing to do or bring, as a short imperative. */
  text: z.string().min(2),
  /** A line of help under the item. */
  hint: z.string().optional(),
  /** Heading the item is grouped under. Example: `仪容` */
  group: z.string().optional(),
  /** Only for these channel types; empty means every type. */
  channelTypes: z.array(reference('channelTypes')).default([]),
  /** Only for these stages; empty means every stage. */
  stages: z.array(reference('stages')).default([]),
});

export const checklistSchema = z
  .object({
    ...baseFields,
    /** The items, in order. */
    items: z.array(checklistItemSchema).min(1, '`items` 至少要有一项'),
    /** `true` when the items are steps in order: the page also draws them as a flow diagram. */
    flow: z.boolean().default(false),
    /**
     * Ids (file names) this checklist had before it was renamed: ticks reps saved under an old id
     * move over. Example: `[visit-prep]`
     */
    formerIds: z.array(slug).default([]),
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
