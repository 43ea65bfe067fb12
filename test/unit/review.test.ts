import { describe, expect, test } from 'vitest';
import { formatDay, isReviewStale, monthsBefore } from '../../src/lib/content-check/review';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('isReviewStale', () => {
  const today = day('2026-11-26');
  test('a page reviewed exactly six months ago is still fine', () => {
    expect(isReviewStale(day('2026-05-26'), today)).toBe(false);
  });
  test('a page reviewed six months and a day ago is flagged', () => {
    expect(isReviewStale(day('2026-05-25'), today)).toBe(true);
  });
  test('a page reviewed recently is fine', () => {
    expect(isReviewStale(day('2026-11-20'), today)).toBe(false);
  });
});

describe('monthsBefore', () => {
  test('clamps to the end of a shorter month', () => {
    expect(monthsBefore(day('2026-08-31'), 6)).toEqual(day('2026-02-28'));
  });
  test('crosses a year', () => {
    expect(monthsBefore(day('2026-03-15'), 6)).toEqual(day('2025-09-15'));
  });
});

describe('formatDay', () => {
  test('writes the day in China time, as editors write `reviewed`', () => {
    expect(formatDay(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
    expect(formatDay(day('2026-11-20'))).toBe('2026-11-20');
  });
});
