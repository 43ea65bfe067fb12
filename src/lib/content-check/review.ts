/**
 * Content governance: when a page counts as not reviewed for too long. Shared by the page
 * footer (a quiet notice, computed at build time) and `npm run check` (a warning), so both
 * agree on the rule. Plain, erasable TypeScript: scripts import it with Node's type stripping.
 */

/** A page not reviewed for more than this many months is flagged. */
export const reviewMonths = 6;

/** The date `months` calendar months before `today` (same day of month, clamped to month end). */
export function monthsBefore(today: Date, months: number): Date {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth() + 1, 0)).getUTCDate();
  limit.setUTCDate(Math.min(today.getUTCDate(), lastDay));
  return limit;
}

/** True when `reviewed` lies more than `reviewMonths` months before `today`. */
export function isReviewStale(reviewed: Date, today: Date = new Date()): boolean {
  return reviewed.getTime() < monthsBefore(today, reviewMonths).getTime();
}

/** `2026-11-20` as an editor reads and writes it, in China time. */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(date);
}
