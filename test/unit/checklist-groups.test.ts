import { expect, test } from 'vitest';
import { groupItems } from '../../src/lib/prepare/checklist-groups';

test('consecutive items sharing a group form one section, in the order written', () => {
  const items = [{ id: 1, group: '资料' }, { id: 2, group: '资料' }, { id: 3 }, { id: 4, group: '资料' }];
  expect(groupItems(items)).toEqual([
    { group: '资料', items: [items[0], items[1]] },
    { group: undefined, items: [items[2]] },
    { group: '资料', items: [items[3]] },
  ]);
  expect(groupItems([])).toEqual([]);
});
