/**
 * A prepared visit as a link: `…/prepare/#v=<payload>`. The fragment never reaches a server.
 * Payload: base64url of UTF-8 JSON with a checksum, so a cut-off or edited link is refused
 * with a message instead of opening a wrong checklist.
 */
import { visitSchema, type Visit } from './visit-state';

const SHARE_VERSION = 1;

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

export function encodeShare(visit: Visit): string {
  const body = JSON.stringify([SHARE_VERSION, visit]);
  return toBase64Url(`${checksum(body)}.${body}`);
}

export type ShareResult = { ok: true; visit: Visit } | { ok: false; message: string };

const broken: ShareResult = { ok: false, message: '这个分享链接不完整或被改动过，无法打开。请让对方重新发送。' };

export function decodeShare(payload: string): ShareResult {
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
  if (!Array.isArray(parsed) || parsed[0] !== SHARE_VERSION) {
    return { ok: false, message: '这个分享链接来自不兼容的版本，无法打开。' };
  }
  const visit = visitSchema.safeParse(parsed[1]);
  return visit.success ? { ok: true, visit: visit.data } : broken;
}

/** Reads `#v=…` from a location hash; undefined when the page was not opened from a share link. */
export function shareFromHash(hash: string): string | undefined {
  const match = /^#v=(.+)$/.exec(hash);
  return match?.[1];
}
