import { z } from 'astro/zod';
import { reference } from './reference.ts';
import { baseFields, labelled } from './common.ts';

/** One step of a playbook. File: `content/stages/<playbook>/<slug>.mdx`. */
export const stageSchema = z.object({
  ...baseFields,
  playbook: labelled(reference('playbooks'), '所属流程', '这一步属于哪个开发流程，要和文件所在的文件夹一致，例如 six-steps'),
  order: labelled(z.number().int().min(1, '`order` 从 1 开始'), '第几步', '在流程里的位置：1、2、3……不能跳号或重复'),
  goal: labelled(z.string().min(4), '目标', '这一步要达到什么，一句话'),
  keyActions: labelled(z.array(z.string().min(2)).min(1, '`keyActions` 至少写一条行动'), '关键行动', '按销售员做的先后顺序写'),
  findOut: labelled(z.array(z.string().min(2)).default([]), '要摸清的', '这一步要弄清楚的情况；可以不写'),
  outputs: labelled(z.array(z.string().min(2)).min(1, '`outputs` 至少写一条完成标志'), '完成标志', '看到什么就说明这一步做完了'),
  keyPoints: labelled(z.string().min(10), '重点总结', '最该记住的一段话'),
  pitfalls: labelled(z.array(z.string().min(2)).default([]), '常见错误', '这一步常犯的错；可以不写'),
  objections: labelled(z.array(reference('objections')).default([]), '常见异议', '这一步常听到的客户异议'),
  checklists: labelled(z.array(reference('checklists')).default([]), '用到的清单', '这一步要用的清单'),
});

export type StageData = z.output<typeof stageSchema>;
