import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare, shareFromHash } from '../../src/lib/share-link';
import { newVisit, setNote, toggleItem } from '../../src/lib/visit-state';

const visit = setNote(toggleItem(newVisit('a1', 1000, { customer: '华东五金', goal: '约老板面谈' }), 'pre-visit/dress'), 'pre-visit/dress', '深色西装');

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
