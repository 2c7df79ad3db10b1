/** Dates in evidence: ISO dates and date-times, compared with the run's clock (injectable for tests). */

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date from "2026-10-28" or "2026-10-28T14:05:00Z"; undefined when it is not one. */
export function parseDate(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Whole and fractional days from `then` to `now` (negative when `then` is in the future). */
export function ageInDays(then: Date, now: Date): number {
  return (now.getTime() - then.getTime()) / DAY_MS;
}

/** The options of a freshness check on evidence: how many days old it may be. */
export const MAX_AGE_OPTIONS = {
  type: 'object',
  required: ['maxAgeDays'],
  additionalProperties: false,
  properties: { maxAgeDays: { type: 'integer', minimum: 1 } },
} as const;
