/**
 * Gates (content/compliance/gates.yaml): a step that must be passed before a kind of work starts
 * (the licence check before recruiting financial partners). A page says `gate: <id>` and shows the
 * gate at its top; a page whose text carries the gate's signals without it fails `npm run check`.
 */
import { z } from 'astro/zod';
import { listWord, slug } from './common.ts';
import { reference } from './reference.ts';

export const gateSchema = z.object({
  /** Stable ASCII id, used in a page's `gate:` field. Example: `financial-licence` */
  id: slug,
  /** Short name shown at the top of gated pages. Example: `先查牌照` */
  title: z.string().min(2),
  /** The stage that is the gate; it must be stage 1 of its playbook. Example: `partner-recruiting/licence-check` */
  stage: reference('stages'),
  /** The law or rules behind it. */
  law: z.string().min(2),
  /** One or two sentences shown on every gated page: what to check, and to stop if the answer is no. */
  notice: z.string().min(10),
  /** Words that show a page is about this kind of work (开户, 投资者 …): such a page must carry the gate. */
  signals: z.array(listWord).min(1),
});

export type Gate = z.infer<typeof gateSchema>;
