import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare, shareFromHash } from '../../src/lib/prepare/share-link';
import { newVisit, setNote, setItemChecked, type Visit } from '../../src/lib/prepare/visit-state';

/** base64url ↔ text, as the link carries it, to forge payloads the way a tamperer would. */
const toText = (payload: string) => new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
const toPayload = (text: string) => {
  let binary = '';
  new TextEncoder().encode(text).forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const visit = setNote(
  setItemChecked(newVisit('a1', 1000, { customer: '华东五金', goal: '约老板面谈' }), 'pre-visit/dress', true),
  'pre-visit/dress',
  '深色西装',
);

describe('encodeShare / decodeShare', () => {
  test('round-trips a visit with Chinese text', () => {
    expect(decodeShare(encodeShare(visit))).toEqual({ ok: true, visit });
  });

  test('produces a URL-safe payload', () => {
    expect(encodeShare(visit)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test('rejects a truncated link', () => {
    const payload = encodeShare(visit);
    expect(decodeShare(payload.slice(0, payload.length - 12))).toMatchObject({ ok: false });
  });

  test('rejects a link whose content was edited', () => {
    const payload = encodeShare(visit);
    const flipped = payload.slice(0, 30) + (payload[30] === 'A' ? 'B' : 'A') + payload.slice(31);
    const result = decodeShare(flipped);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('被改动过');
  });

  // Each of these payloads gets past every check but the one it names, so deleting that check fails it.
  test('the checksum refuses a well-formed visit whose text was changed', () => {
    const text = toText(encodeShare(visit));
    const edited = text.replace('华东五金', '华南五金');
    expect(edited).not.toBe(text);
    const result = decodeShare(toPayload(edited));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('被改动过');
  });

  test('the schema refuses a payload with a correct checksum but not a visit', () => {
    const notAVisit = encodeShare({ id: 'x', items: 'all' } as unknown as Visit);
    expect(decodeShare(notAVisit)).toMatchObject({ ok: false });
    const wrongTicks = encodeShare({ ...visit, checked: 'yes' } as unknown as Visit);
    expect(decodeShare(wrongTicks)).toMatchObject({ ok: false });
  });

  test('refuses a link from another version with its own message', () => {
    const text = toText(encodeShare(visit)).replace(/^[^.]*\.\[1,/, '');
    // Re-sign the body as version 2: right checksum, wrong version.
    const body = `[2,${text}`;
    let hash = 0x811c9dc5;
    for (let i = 0; i < body.length; i += 1) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
    const result = decodeShare(toPayload(`${hash.toString(36)}.${body}`));
    expect(result).toEqual({ ok: false, message: '这个分享链接来自不兼容的版本，无法打开。' });
  });

  test('survives the spaces a chat app adds, and base64 that needs + and /', () => {
    const noisy = setNote(visit, 'pre-visit/dress', '～～～？？？＞＞＞ÿÿÿ'.repeat(20));
    const payload = encodeShare(noisy);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload).toMatch(/[-_]/); // the data exercises both base64url substitutions' inputs
    expect(decodeShare(` ${payload}\n`)).toEqual({ ok: true, visit: noisy });
  });

  test('rejects garbage and a valid-looking payload of the wrong shape', () => {
    expect(decodeShare('%%%')).toMatchObject({ ok: false });
    const body = JSON.stringify([1, { id: 'x' }]);
    expect(decodeShare(btoa(`0.${body}`))).toMatchObject({ ok: false });
  });
});

describe('shareFromHash', () => {
  test('reads the payload after #v=', () => {
    expect(shareFromHash('#v=abc')).toBe('abc');
    expect(shareFromHash('#other')).toBeUndefined();
    expect(shareFromHash('')).toBeUndefined();
  });
});
