import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields } from './common.ts';

/** One step of a playbook. File: `content/stages/<playbook>/<slug>.mdx`. */
export const stageSchema = z.object({
  ...baseFields,
  /** The playbook this stage belongs to; must match the folder. Example: `six-steps` */
  playbook: reference('playbooks'),
  /** Position inside the playbook: 1, 2, 3 … with no gaps or repeats. */
  order: z.number().int().min(1, '`order` 从 1 开始'),
  /** What this stage must achieve, in one sentence. */
  goal: z.string().min(4),
  /** The actions, in the order a rep does them. */
  keyActions: z.array(z.string().min(2)).min(1, '`keyActions` 至少写一条行动'),
  /** What the rep must find out during this stage. Default none. */
  findOut: z.array(z.string().min(2)).default([]),
  /** Outputs / exit criteria: what shows the stage is done. */
  outputs: z.array(z.string().min(2)).min(1, '`outputs` 至少写一条完成标志'),
  /** 重点总结： the one paragraph to remember. */
  keyPoints: z.string().min(10),
  /** Common mistakes at this stage. Default none. */
  pitfalls: z.array(z.string().min(2)).default([]),
  /** Objections that typically come up here (ids in `content/objections/`). */
  objections: z.array(reference('objections')).default([]),
  /** Checklists to use at this stage (ids in `content/checklists/`). */
  checklists: z.array(reference('checklists')).default([]),
});

export type StageData = z.output<typeof stageSchema>;
