import { describe, expect, test } from 'vitest';
import { reconcileVisit, renamedChecklists } from '../../src/lib/prepare/checklist-keys';
import { newVisit } from '../../src/lib/prepare/visit-state';

const known = { keys: new Set(['visit-prep/dress', 'visit-prep/cards', 'delivery/notice']), renamed: { 'pre-visit': 'visit-prep' } };
let n = 0;
const newId = () => `n${(n += 1)}`;

describe('reconcileVisit', () => {
  test('ticks and notes saved under a renamed checklist move to its new id', () => {
    const visit = newVisit('a', 1, {
      checked: ['pre-visit/dress', 'delivery/notice', 'custom/x1'],
      notes: { 'pre-visit/cards': '带两盒' },
      custom: [{ id: 'x1', text: '样品' }],
    });
    const { visit: after, moved, dropped } = reconcileVisit(visit, known, newId);
    expect(after.checked).toEqual(['visit-prep/dress', 'delivery/notice', 'custom/x1']);
    expect(after.notes).toEqual({ 'visit-prep/cards': '带两盒' });
    expect(moved).toBe(2);
    expect(dropped).toEqual([]);
  });

  test('a tick on an item that is gone is reported; a note on it becomes the visit’s own item', () => {
    const visit = newVisit('a', 1, { checked: ['gone/list', 'pre-visit/removed', 'delivery/notice'], notes: { 'gone/list': '问清库存' } });
    const { visit: after, dropped } = reconcileVisit(visit, known, () => 'k1');
    expect(dropped).toEqual(['gone/list', 'pre-visit/removed']);
    expect(after.checked).toEqual(['delivery/notice']);
    expect(after.notes).toEqual({});
    expect(after.custom).toEqual([{ id: 'k1', text: '问清库存（原清单项 gone/list 已不在手册里）' }]);
  });

  test('a visit with nothing to change comes back as the same object', () => {
    const visit = newVisit('a', 1, { checked: ['delivery/notice'], notes: { 'visit-prep/dress': '正装' } });
    expect(reconcileVisit(visit, known, newId)).toEqual({ visit, moved: 0, dropped: [] });
    expect(reconcileVisit(visit, known, newId).visit).toBe(visit);
  });
});

describe('renamedChecklists', () => {
  test('maps every former id to the checklist that has it now', () => {
    expect(
      renamedChecklists([
        { id: 'visit-prep', formerIds: ['pre-visit', 'prep'] },
        { id: 'delivery', formerIds: [] },
      ]),
    ).toEqual({ 'pre-visit': 'visit-prep', prep: 'visit-prep' });
  });

  test('an id claimed twice, or still in use, fails naming both checklists', () => {
    expect(() =>
      renamedChecklists([
        { id: 'a', formerIds: ['old'] },
        { id: 'b', formerIds: ['old'] },
      ]),
    ).toThrow(/清单 b .*`old`.*清单 a/);
    expect(() =>
      renamedChecklists([
        { id: 'a', formerIds: ['b'] },
        { id: 'b', formerIds: [] },
      ]),
    ).toThrow(/清单 a .*`b`.*清单 b/);
  });
});
