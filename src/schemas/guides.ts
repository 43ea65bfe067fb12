import { z } from 'astro/zod';
import { baseFields } from './common.ts';

/** Topics that are neither a stage, an objection, a channel type nor a checklist. */
export const guideSchema = z.object({
  ...baseFields,
});

export type GuideData = z.output<typeof guideSchema>;
