/**
 * State carried in a link's fragment (`#v=…`, `#c=…`), which never reaches a server. The payload
 * is base64url of UTF-8 JSON `[version, value]` behind a checksum, so a cut-off or edited link is
 * refused with a message instead of opening something wrong. Each caller brings its own zod/mini
 * schema; this module knows nothing of visits or dealers.
 */
import type * as z from 'zod/mini';
import { sharedLinkText } from './ui-text';

/** FNV-1a, enough to notice a changed character; this is integrity, not security. */
function checksum(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function toBase64Url(textValue: string): string {
  const bytes = new TextEncoder().encode(textValue);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(payload: string): string {
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function seal(version: number, value: unknown): string {
  const body = JSON.stringify([version, value]);
  return toBase64Url(`${checksum(body)}.${body}`);
}

export type Unsealed<T> = { ok: true; value: T } | { ok: false; message: string };

export function unseal<T>(payload: string, version: number, schema: z.ZodMiniType<T>): Unsealed<T> {
  const broken = { ok: false, message: sharedLinkText.broken } as const;
  let decoded: string;
  try {
    decoded = fromBase64Url(payload.trim());
  } catch {
    return broken;
  }
  const dot = decoded.indexOf('.');
  const body = decoded.slice(dot + 1);
  if (dot < 1 || checksum(body) !== decoded.slice(0, dot)) return broken;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return broken;
  }
  if (!Array.isArray(parsed) || parsed[0] !== version) return { ok: false, message: sharedLinkText.newer };
  const value = schema.safeParse(parsed[1]);
  return value.success ? { ok: true, value: value.data } : broken;
}

/** Reads `#<key>=…` from a location hash; undefined when the page was not opened from such a link. */
export function fromHash(hash: string, key: string): string | undefined {
  const prefix = `#${key}=`;
  return hash.startsWith(prefix) && hash.length > prefix.length ? hash.slice(prefix.length) : undefined;
}
