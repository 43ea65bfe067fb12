import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { assess, keyItems, ruleProblems, type Answer, type Rule } from '../../src/lib/choose/assess';

// The company's real rule, as the site reads it.
const [rule] = parse(readFileSync(new URL('../../content/selection/dealer.yaml', import.meta.url), 'utf8')) as Array<
  Rule & { markets: Array<{ id: string; item: string; key: string[] }> }
>;
const items = rule.criteria.map((c) => c.item);
const all = (answer: Answer) => Object.fromEntries(items.map((i) => [i, answer]));

describe('assessing a candidate against the selection rule', () => {
  test('the rule names only items of its checklist', () => {
    const checklist = readFileSync(new URL('../../content/checklists/dealer-selection.mdx', import.meta.url), 'utf8');
    const ids = new Set([...checklist.matchAll(/^\s+- id: ([\w-]+)/gm)].map((m) => m[1]));
    expect(ruleProblems(rule, ids)).toEqual([]);
    expect(ruleProblems({ ...rule, alwaysKey: ['nope'] }, ids)).toEqual([
      { field: 'alwaysKey.0', message: '`nope` 不在 criteria 里：关键项必须是要打分的标准之一' },
    ]);
  });

  test('everything met: choose; the market makes its own items key', () => {
    expect(assess(rule, 'scattered', all('met'))).toEqual({ share: 1, keyFailed: [], unknown: [], verdict: 'choose' });
    expect(keyItems(rule, 'scattered')).toEqual(new Set([...rule.alwaysKey, 'network', 'delivery']));
    expect(keyItems(rule, undefined)).toEqual(new Set(rule.alwaysKey));
  });

  test('a key point failed is not chosen, however high the share', () => {
    const big = { ...all('met'), delivery: 'not' as Answer };
    const a = assess(rule, 'scattered', big);
    expect(a.share).toBeGreaterThan(0.9);
    expect(a).toMatchObject({ keyFailed: ['delivery'], verdict: 'key-failed' });
    // The same candidate where delivery is not key (a catering market) is chosen.
    expect(assess(rule, 'catering', big).verdict).toBe('choose');
  });

  test('六七成 with the key points agreed is enough; below it is not', () => {
    // Reputation (weight 2 each) and the key items met, the rest not: 6 + 3 of 15 → 0.6.
    const sixty = {
      ...all('not'),
      'keeps-contracts': 'met',
      'pays-on-time': 'met',
      'protects-maker': 'met',
      network: 'met',
      'concept-fit': 'met',
      'no-conflict': 'met',
    } as Record<string, Answer>;
    expect(assess(rule, 'catering', sixty)).toMatchObject({ share: 0.6, verdict: 'choose' });
    const lower = { ...sixty, 'protects-maker': 'partly' as Answer };
    expect(assess(rule, 'catering', lower)).toMatchObject({ verdict: 'below-fit' });
  });

  test('a changed threshold in the data changes the verdict', () => {
    const answers = { ...all('met'), scale: 'not', capital: 'not', influence: 'not', learning: 'not' } as Record<string, Answer>;
    expect(assess(rule, undefined, answers)).toMatchObject({ verdict: 'choose' }); // 11 of 15 ≈ 0.73
    expect(assess({ ...rule, fitThreshold: 0.8 }, undefined, answers)).toMatchObject({ verdict: 'below-fit' });
  });

  test('unknowns: investigate while they could still change the verdict or touch a key point', () => {
    const keyUnknown = { ...all('met'), 'no-conflict': 'unknown' as Answer };
    expect(assess(rule, undefined, keyUnknown)).toMatchObject({ unknown: ['no-conflict'], verdict: 'investigate' });
    // One small unknown that cannot sink an otherwise full score: already a choice.
    expect(assess(rule, undefined, { ...all('met'), learning: 'unknown' })).toMatchObject({ verdict: 'choose' });
    // Nothing known yet.
    expect(assess(rule, undefined, {})).toMatchObject({ share: undefined, verdict: 'investigate' });
    expect(assess(rule, undefined, {}).unknown).toHaveLength(items.length);
  });
});
