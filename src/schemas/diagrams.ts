/**
 * A diagram an editor writes as data (content/diagrams/<id>.yaml), drawn at build time by
 * components/DiagramFigure.astro wherever a page says `<Diagram id="<id>" />`. Edges must name
 * nodes that exist and ids must be unique: the error names the file and the field.
 */
import { z } from 'astro/zod';
import { diagramProblems } from '../lib/diagram/layout.ts';

const nodeId = z.string().regex(/^[a-z0-9-]+$/, '节点 id 只能用小写英文字母、数字和连字符');

export const diagramSchema = z
  .object({
    /** Shown under the picture and read out first. Example: `渠道五流` */
    title: z.string().min(2, '标题至少两个字'),
    /** One or two sentences that say what the picture shows, for screen readers. */
    description: z.string().min(10, '描述至少 10 个字，说清图上画的是什么'),
    /** `TB` top to bottom (fits a phone, the default) or `LR` left to right. */
    direction: z.enum(['TB', 'LR']).default('TB'),
    nodes: z
      .array(
        z.object({
          id: nodeId,
          label: z.string().min(1),
          /** A site page the node stands for, as a path: `guides/channel-flows`. */
          page: z
            .string()
            .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, '写成站内路径，例如 guides/channel-flows')
            .optional(),
        }),
      )
      .min(2, '至少两个节点'),
    edges: z.array(z.object({ from: nodeId, to: nodeId, label: z.string().min(1).optional() })).default([]),
  })
  .superRefine((diagram, ctx) => {
    for (const problem of diagramProblems(diagram)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

export type DiagramEntry = z.output<typeof diagramSchema>;
