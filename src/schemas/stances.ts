/**
 * Stances (content/compliance/stances.yaml): the one sentence the site stands by on a contested
 * topic (resale prices, 窜货, a predecessor's promises …), the law it rests on, and the wordings that
 * contradict it. `npm run check` and `npm test` fail on a contradicting wording anywhere outside
 * 不要这样说 and `<Compliance>`.
 */
import { z } from 'astro/zod';
import { slug } from './common.ts';
import { wordPattern } from './word-pattern.ts';

export const stanceSchema = z.object({
  /** Stable ASCII id. Example: `resale-price` */
  id: slug,
  /** The contested topic, in Chinese. Example: `乱价与转售价格` */
  topic: z.string().min(2),
  /** The one sentence every page agrees with. */
  stance: z.string().min(10, '`stance` 写一整句：全站站在哪一边'),
  /** The law or rule it rests on. Example: `反垄断法` */
  law: z.string().min(2),
  /** Wordings that say the opposite, as word patterns (`(管|罚)…乱价`). */
  contradicts: z.array(wordPattern).min(1, '`contradicts` 至少写一种相反的说法'),
});

export type Stance = z.infer<typeof stanceSchema>;
