import { describe, expect, test } from 'vitest';
import { emptyChoice, type Candidate, type Choice } from '../../src/lib/choose/choice-state';
import { describeChoiceMerge, mergeChoice, readChoiceFile, serialiseChoiceFile, MAX_FILE_BYTES } from '../../src/lib/choose/choice-transfer';
import { choiceFromHash, choiceLink } from '../../src/lib/choose/choice-link';

const candidate = (id: string, over: Partial<Candidate> = {}): Candidate => ({ id, name: `候选${id}`, answers: {}, evidence: {}, ...over });
const choice = (candidates: Candidate[], market?: string): Choice => ({ ...emptyChoice(), market, candidates });
const marketText = (id: string) => ({ catering: '要先启动餐饮渠道', ka: '大 KA 化的市场' })[id] ?? id;

describe('the manager share link', () => {
  const shared = choice([candidate('a', { answers: { 'pays-on-time': 'met' }, evidence: { 'pays-on-time': '问了两家上游：回款及时' }, updated: 5 })], 'ka');

  test('opens to the same comparison', () => {
    const link = choiceLink('https://example.test/choose/', shared);
    expect(link).toMatch(/^https:\/\/example\.test\/choose\/#c=[A-Za-z0-9_-]+$/);
    expect(choiceFromHash(new URL(link).hash)).toEqual({ ok: true, choice: shared });
  });

  test('a page opened without a link reads nothing', () => {
    expect(choiceFromHash('')).toBeUndefined();
    expect(choiceFromHash('#v=abc')).toBeUndefined();
  });

  test('a cut-off or edited link is refused with a message', () => {
    const hash = new URL(choiceLink('https://x.test/choose/', shared)).hash;
    expect(choiceFromHash(hash.slice(0, -10))).toMatchObject({ ok: false, message: expect.stringContaining('不完整或被改动过') });
    const flipped = hash.slice(0, 20) + (hash[20] === 'A' ? 'B' : 'A') + hash.slice(21);
    expect(choiceFromHash(flipped)).toMatchObject({ ok: false });
  });

  test('a visit link is not a comparison', async () => {
    const { seal } = await import('../../src/lib/sealed-link');
    expect(choiceFromHash(`#c=${seal(1, { id: 'x', channel: 'dealer' })}`)).toMatchObject({ ok: false });
    expect(choiceFromHash(`#c=${seal(2, shared)}`)).toMatchObject({ ok: false, message: expect.stringContaining('不兼容的版本') });
  });
});

describe('the export file', () => {
  const saved = choice([candidate('a', { answers: { scale: 'not' } }), candidate('b')], 'catering');

  test('round trip', () => {
    const file = serialiseChoiceFile(saved);
    expect(readChoiceFile(file.length, () => file)).toEqual({ ok: true, choice: saved });
  });

  test('anything else is refused in one sentence, and a large file is never read', () => {
    let read = false;
    expect(readChoiceFile(MAX_FILE_BYTES + 1, () => ((read = true), ''))).toMatchObject({ ok: false, message: expect.stringContaining('KB') });
    expect(read).toBe(false);
    expect(readChoiceFile(5, () => 'nope')).toMatchObject({ ok: false, message: expect.stringContaining('读不出') });
    expect(readChoiceFile(30, () => JSON.stringify({ kind: 'channel-playbook/practice', version: 1 }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('不是本手册导出的经销商比较'),
    });
    expect(readChoiceFile(30, () => JSON.stringify({ kind: 'channel-playbook/choose', version: 9, candidates: [] }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('更新版本'),
    });
    expect(readChoiceFile(30, () => JSON.stringify({ kind: 'channel-playbook/choose', version: 1, candidates: [] }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('没有能读的候选'),
    });
  });

  test('a damaged candidate is left out and named by count; the rest import', () => {
    const file = JSON.stringify({ kind: 'channel-playbook/choose', version: 1, candidates: [candidate('a'), { id: 'b', answers: { scale: 'huge' } }] });
    expect(readChoiceFile(file.length, () => file)).toEqual({ ok: true, choice: choice([candidate('a')]), message: '文件里有 1 家的记录已损坏，没有导入。' });
  });
});

describe('merging into what the rep saved', () => {
  test('into an empty phone, the incoming comparison as it is', () => {
    const incoming = choice([candidate('a', { answers: { scale: 'met' } }), candidate('b')], 'ka');
    const merged = mergeChoice(emptyChoice(), incoming);
    expect(merged.state).toEqual(incoming);
    expect(describeChoiceMerge(merged, marketText)).toBe('新增 2 家：候选a、候选b。');
  });

  test('a candidate both sides have keeps every answer either side knows; where they differ, the newer stands', () => {
    const saved = choice([candidate('a', { answers: { scale: 'met', capital: 'not', network: 'met' }, evidence: { scale: '三个仓库' }, updated: 10 })]);
    const incoming = choice([
      candidate('a', { answers: { scale: 'unknown', capital: 'met', delivery: 'partly' }, evidence: { scale: '', delivery: '车少' }, updated: 20 }),
    ]);
    const merged = mergeChoice(saved, incoming);
    expect(merged.state.candidates).toEqual([
      candidate('a', {
        answers: { scale: 'met', capital: 'met', network: 'met', delivery: 'partly' },
        evidence: { scale: '三个仓库', delivery: '车少' },
        updated: 20,
      }),
    ]);
    expect(merged.updated).toEqual(['候选a']);
    // The older copy arriving later changes nothing this phone changed since.
    const older = mergeChoice(merged.state, saved);
    expect(older.state).toEqual(merged.state);
    expect(describeChoiceMerge(older, marketText)).toBe('内容和这台手机上的一样，没有变化。');
  });

  test('never past four: the ones that do not fit are named, and this phone keeps its market', () => {
    const saved = choice(
      ['a', 'b', 'c'].map((id) => candidate(id)),
      'catering',
    );
    const merged = mergeChoice(
      saved,
      choice(
        ['d', 'e'].map((id) => candidate(id)),
        'ka',
      ),
    );
    expect(merged.state.candidates.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.state.market).toBe('catering');
    expect(describeChoiceMerge(merged, marketText)).toBe(
      '新增 1 家：候选d；1 家放不下（最多比较 4 家，先删掉几家再打开一次）：候选e；市场形态保留这台手机选的（对方选的是：大 KA 化的市场）。',
    );
  });

  test('a phone without a market takes the incoming one', () => {
    expect(mergeChoice(emptyChoice(), choice([], 'ka')).state.market).toBe('ka');
  });
});
