import { describe, expect, test } from 'vitest';
import {
  addCandidate,
  emptyChoice,
  MAX_CANDIDATES,
  parseChoice,
  removeCandidate,
  serialiseChoice,
  setAnswer,
  setEvidence,
  setMarket,
} from '../../src/lib/choose/choice-state';

const candidate = (id: string) => ({ id, name: `候选${id}`, answers: {}, evidence: {} });

describe('what /choose/ keeps on the phone', () => {
  test('round trip, and changes set values on the latest state', () => {
    let s = emptyChoice();
    s = addCandidate(candidate('a'))(s);
    s = setAnswer('a', 'pays-on-time', 'met', 1000)(s);
    s = setEvidence('a', 'pays-on-time', '问了两家上游：回款及时', 1000)(s);
    s = setMarket('catering')(s);
    expect(parseChoice(serialiseChoice(s))).toEqual({ state: s });
    // Applying a change twice is harmless (another tab's save in between).
    expect(setAnswer('a', 'pays-on-time', 'met', 1000)(s)).toEqual(s);
    expect(removeCandidate('a')(s).candidates).toEqual([]);
  });

  test('at most four candidates', () => {
    let s = emptyChoice();
    for (let i = 0; i < MAX_CANDIDATES + 2; i += 1) s = addCandidate(candidate(String(i)))(s);
    expect(s.candidates).toHaveLength(MAX_CANDIDATES);
  });

  test('bad storage is recovered with a message, never thrown', () => {
    expect(parseChoice(null)).toEqual({ state: emptyChoice() });
    expect(parseChoice('{"version":1,"cand')).toMatchObject({ state: emptyChoice(), message: expect.stringContaining('已损坏') });
    expect(parseChoice('{"version":9,"candidates":[]}').message).toMatch(/格式不对/);
    const mixed = JSON.stringify({ version: 1, candidates: [candidate('a'), { id: 'b', answers: { x: 'maybe' } }] });
    expect(parseChoice(mixed)).toMatchObject({ state: { candidates: [candidate('a')] }, message: expect.stringContaining('1 个候选') });
  });
});
