/**
 * Risky wording (content/compliance/risky-wording.yaml): words that must not be said to a customer
 * (promised returns, gifts to the counterparty's staff …). `npm run check` and `npm test` scan
 * customer-facing text for them; 不要这样说 sections and `<Compliance>`/`<Warning>` blocks may name them.
 */
import { z } from 'astro/zod';
import { slug } from './common.ts';
import { wordPattern } from './word-pattern.ts';

export const riskyWordingSchema = z.object({
  /** Stable ASCII id. Example: `promised-returns` */
  id: slug,
  /** The law or rule that sets the line. Example: `反不正当竞争法` */
  law: z.string().min(2),
  /** The words to catch. */
  words: z.array(wordPattern).min(1),
  /** What to write instead, shown with each finding. */
  instead: z.string().min(4),
});

export type RiskyWording = z.infer<typeof riskyWordingSchema>;
