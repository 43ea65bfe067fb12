/** A prepared visit as a link: `…/prepare/#v=<payload>` (lib/sealed-link.ts does the sealing). */
import { fromHash, seal, unseal } from '../sealed-link';
import { visitSchema, type Visit } from './visit-state';

const SHARE_VERSION = 1;

export const encodeShare = (visit: Visit): string => seal(SHARE_VERSION, visit);

export type ShareResult = { ok: true; visit: Visit } | { ok: false; message: string };

export function decodeShare(payload: string): ShareResult {
  const result = unseal(payload, SHARE_VERSION, visitSchema);
  return result.ok ? { ok: true, visit: result.value } : result;
}

/** Reads `#v=…` from a location hash; undefined when the page was not opened from a share link. */
export const shareFromHash = (hash: string): string | undefined => fromHash(hash, 'v');
