import { expect, test } from 'vitest';
import { navWindow } from '../../src/lib/nav-window';

const items = Array.from({ length: 100 }, (_, i) => i);

test('a short section is listed whole', () => {
  expect(navWindow([1, 2, 3], 1)).toEqual({ shown: [1, 2, 3], before: 0, after: 0 });
});

test('a long section shows a window centred on the current entry, with the counts left out', () => {
  const w = navWindow(items, 50, 15);
  expect(w.shown).toEqual(items.slice(43, 58));
  expect([w.before, w.after]).toEqual([43, 42]);
});

test('the window stays inside the list at both ends, and starts at the top on the index', () => {
  expect(navWindow(items, 2, 15).shown[0]).toBe(0);
  expect(navWindow(items, 99, 15).shown.at(-1)).toBe(99);
  expect(navWindow(items, -1, 15)).toMatchObject({ before: 0, after: 85 });
});

test('the page size does not depend on the section size', () => {
  expect(
    navWindow(
      Array.from({ length: 3000 }, (_, i) => i),
      1500,
    ).shown,
  ).toHaveLength(15);
});
