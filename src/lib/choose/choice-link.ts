/**
 * The manager's share link: the whole comparison in `/choose/#c=…`, sealed like the visit link
 * (lib/sealed-link.ts), so a cut-off or edited link is refused with a message. Kept apart from
 * the file and merge code, which load on first use, so the share sheet opens within the tap.
 */
import { fromHash, seal, unseal } from '../sealed-link';
import { CHOICE_VERSION, sharedChoiceSchema, type Choice } from './choice-state';

const LINK_VERSION = 1;
export const LINK_KEY = 'c';

export const choiceLink = (pageUrl: string, choice: Choice): string =>
  `${pageUrl}#${LINK_KEY}=${seal(LINK_VERSION, { market: choice.market, candidates: choice.candidates })}`;

/** A comparison arriving by link or file, or why it cannot be read. */
export type Incoming = { ok: true; choice: Choice; message?: string } | { ok: false; message: string };

/** The comparison in a `#c=…` hash, undefined when the page was not opened from such a link. */
export function choiceFromHash(hash: string): Incoming | undefined {
  const payload = fromHash(hash, LINK_KEY);
  if (payload === undefined) return undefined;
  const result = unseal(payload, LINK_VERSION, sharedChoiceSchema);
  return result.ok ? { ok: true, choice: { version: CHOICE_VERSION, ...result.value } } : result;
}
