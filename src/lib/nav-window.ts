/**
 * How many entries of a section the navigation lists. A section of 1,500 objections must not put
 * 1,500 links into each of its pages: the navigation shows a window around the current entry
 * (or the first entries on the section's index), and says how many more the index page lists.
 * Pure, so it is unit-tested; SiteNav renders it.
 */
export interface NavWindow<T> {
  shown: T[];
  /** Entries left out before and after the window. */
  before: number;
  after: number;
}

export function navWindow<T>(items: T[], current: number, size = 15): NavWindow<T> {
  if (items.length <= size) return { shown: items, before: 0, after: 0 };
  const start = current < 0 ? 0 : Math.min(Math.max(0, current - Math.floor(size / 2)), items.length - size);
  return { shown: items.slice(start, start + size), before: start, after: items.length - start - size };
}
