import { describe, expect, test } from 'vitest';
import { assembleChecklist, progressOf, type PrepChecklist } from '../../src/lib/prepare/assemble-checklist';

const item = (id: string, channelTypes: string[] = [], stages: string[] = []) => ({ id, text: id, channelTypes, stages });
const checklists: PrepChecklist[] = [
  { id: 'pre-visit', title: '拜访准备', items: [item('dress'), item('volume', ['distribution-type']), item('protect', ['integration-type'])] },
  { id: 'training', title: '培训', items: [item('ppt', [], ['six-steps/training']), item('qa', [], ['six-steps/training'])] },
  { id: 'delivery', title: '送货', items: [item('truck')] },
];
const stages = [
  { id: 'six-steps/training', checklists: [] },
  { id: 'dealer/close-deal', checklists: ['delivery'] },
];

describe('assembleChecklist', () => {
  test('with nothing chosen, gives the whole pre-visit list', () => {
    const lists = assembleChecklist(checklists, stages, { channel: '', stage: '' });
    expect(lists.map((l) => l.id)).toEqual(['pre-visit']);
    expect(lists[0]!.items.map((i) => i.key)).toEqual(['pre-visit/dress', 'pre-visit/volume', 'pre-visit/protect']);
  });

  test('keeps only the items for the chosen channel type, plus the universal ones', () => {
    const lists = assembleChecklist(checklists, stages, { channel: 'distribution-type', stage: '' });
    expect(lists[0]!.items.map((i) => i.id)).toEqual(['dress', 'volume']);
  });

  test('a stage brings in lists whose items are tagged with it', () => {
    const lists = assembleChecklist(checklists, stages, { channel: '', stage: 'six-steps/training' });
    expect(lists.map((l) => l.id)).toEqual(['training']);
  });

  test('a stage brings in the lists it names', () => {
    const lists = assembleChecklist(checklists, stages, { channel: '', stage: 'dealer/close-deal' });
    expect(lists.map((l) => l.id)).toEqual(['delivery']);
  });

  test('drops a list left with no items', () => {
    const only = [{ id: 'pre-visit', title: 'x', items: [item('protect', ['integration-type'])] }];
    expect(assembleChecklist(only, [], { channel: 'dealer', stage: '' })).toEqual([]);
  });
});

describe('progressOf', () => {
  test('counts ticked assembled and custom items, ignoring stale keys', () => {
    const lists = assembleChecklist(checklists, stages, { channel: '', stage: '' });
    expect(progressOf(lists, ['c1'], ['pre-visit/dress', 'custom/c1', 'gone/old'])).toEqual({ done: 2, total: 4 });
  });
});
