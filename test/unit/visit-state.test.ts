import { describe, expect, test } from 'vitest';
import {
  addCustomItem,
  duplicateVisit,
  newVisit,
  parseStore,
  removeCustomItem,
  resetProgress,
  serialiseStore,
  setNote,
  STORE_VERSION,
  setItemChecked,
  addVisit,
  removeVisit,
  updateVisit,
} from '../../src/lib/prepare/visit-state';

const visit = newVisit('a1', 1000, { customer: '华东五金', channel: 'dealer', stage: 'six-steps/pre-visit' });
const stored = (visits: unknown[], activeId = 'a1') => JSON.stringify({ version: STORE_VERSION, activeId, visits });

describe('parseStore', () => {
  test('starts empty and silent when nothing is stored', () => {
    expect(parseStore(null)).toEqual({ store: { version: STORE_VERSION, visits: [] } });
  });

  test('round-trips a saved store unchanged', () => {
    const store = { version: STORE_VERSION, activeId: 'a1', visits: [setItemChecked(visit, 'pre-visit/dress', true)] } as const;
    expect(parseStore(serialiseStore({ ...store, visits: [...store.visits] }))).toEqual({ store });
  });

  test('resets with a message when the JSON is truncated', () => {
    const loaded = parseStore(stored([visit]).slice(0, 40));
    expect(loaded.store.visits).toEqual([]);
    expect(loaded.message).toContain('已损坏');
  });

  test('keeps the valid visits and drops only the corrupt one', () => {
    const loaded = parseStore(stored([visit, { id: 'b2', checked: 'not a list' }]));
    expect(loaded.store.visits.map((v) => v.id)).toEqual(['a1']);
    expect(loaded.message).toBe('有 1 份拜访准备已损坏，已删除；其余的都保留了。');
  });

  test('migrates version 1 (one visit with `ticked`) into the list', () => {
    const loaded = parseStore(JSON.stringify({ version: 1, visit: { customer: '老客户', ticked: ['pre-visit/dress'] } }), 5);
    expect(loaded.store.visits).toHaveLength(1);
    expect(loaded.store.visits[0]).toMatchObject({ customer: '老客户', checked: ['pre-visit/dress'], updatedAt: 5 });
    expect(loaded.store.activeId).toBe(loaded.store.visits[0]!.id);
    expect(loaded.message).toContain('升级');
  });

  test('refuses to guess at an unknown future version', () => {
    const loaded = parseStore(JSON.stringify({ version: 99, visits: [visit] }));
    expect(loaded.store.visits).toEqual([]);
    expect(loaded.message).toContain('格式不对');
  });

  test('falls back to the first visit when the active one is gone', () => {
    expect(parseStore(stored([visit], 'missing')).store.activeId).toBe('a1');
  });

  test('rejects over-long notes instead of storing them', () => {
    const loaded = parseStore(stored([{ ...visit, notes: { k: 'x'.repeat(1001) } }]));
    expect(loaded.store.visits).toEqual([]);
  });
});

describe('visit changes', () => {
  test('setItemChecked sets, so applying it twice (or after another tab’s tick) changes nothing more', () => {
    const once = setItemChecked(visit, 'pre-visit/dress', true);
    expect(once.checked).toEqual(['pre-visit/dress']);
    expect(setItemChecked(once, 'pre-visit/dress', true).checked).toEqual(['pre-visit/dress']);
    expect(setItemChecked(once, 'pre-visit/dress', false).checked).toEqual([]);
    expect(setItemChecked(visit, 'pre-visit/dress', false).checked).toEqual([]);
  });

  test('adding a custom item twice with the same id adds it once', () => {
    const v = addCustomItem(addCustomItem(visit, 'c1', '带报价单'), 'c1', '带报价单');
    expect(v.custom).toEqual([{ id: 'c1', text: '带报价单' }]);
  });

  test('addVisit adds once and makes it the last used; removeVisit always leaves one', () => {
    const other = newVisit('b2', 1000);
    const store = addVisit(addVisit({ version: STORE_VERSION, activeId: 'a1', visits: [visit] }, other), other);
    expect(store).toEqual({ version: STORE_VERSION, activeId: 'b2', visits: [visit, other] });
    expect(removeVisit(store, 'b2', newVisit('c3', 2000))).toEqual({ version: STORE_VERSION, activeId: 'a1', visits: [visit] });
    expect(removeVisit(store, 'a1', newVisit('c3', 2000))).toEqual({ version: STORE_VERSION, activeId: 'b2', visits: [other] });
    const fallback = newVisit('c3', 2000);
    expect(removeVisit({ version: STORE_VERSION, activeId: 'a1', visits: [visit] }, 'a1', fallback)).toEqual({
      version: STORE_VERSION,
      activeId: 'c3',
      visits: [fallback],
    });
  });

  test('setNote stores text as typed and an empty note removes it', () => {
    const withNote = setNote(visit, 'pre-visit/dress', '<b>穿深色西装</b>');
    expect(withNote.notes).toEqual({ 'pre-visit/dress': '<b>穿深色西装</b>' });
    expect(setNote(withNote, 'pre-visit/dress', '  ').notes).toEqual({});
  });

  test('custom items can be added, ticked, noted and removed without leftovers', () => {
    let v = addCustomItem(visit, 'c1', '  带上次的报价单 ');
    expect(v.custom).toEqual([{ id: 'c1', text: '带上次的报价单' }]);
    v = setNote(setItemChecked(v, 'custom/c1', true), 'custom/c1', '在文件夹里');
    v = removeCustomItem(v, 'c1');
    expect(v).toMatchObject({ custom: [], checked: [], notes: {} });
    expect(addCustomItem(visit, 'c2', '   ').custom).toEqual([]);
  });

  test('resetProgress clears ticks and notes but keeps the visit details', () => {
    const v = resetProgress(setNote(setItemChecked(visit, 'a/b', true), 'a/b', 'x'));
    expect(v).toMatchObject({ checked: [], notes: {}, customer: '华东五金', channel: 'dealer' });
  });

  test('duplicateVisit copies the setup, not the progress', () => {
    const copy = duplicateVisit(setItemChecked(visit, 'a/b', true), 'z9', 2000);
    expect(copy).toMatchObject({ id: 'z9', customer: '华东五金（副本）', checked: [], updatedAt: 2000, stage: 'six-steps/pre-visit' });
  });

  test('updateVisit changes only the named visit and stamps the time', () => {
    const other = newVisit('b2', 1000);
    const store = updateVisit({ version: STORE_VERSION, visits: [visit, other] }, 'a1', (v) => ({ ...v, goal: '约老板' }), 3000);
    expect(store.visits[0]).toMatchObject({ goal: '约老板', updatedAt: 3000 });
    expect(store.visits[1]).toBe(other);
  });
});
