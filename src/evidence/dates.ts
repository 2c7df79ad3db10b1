/** Dates in evidence: ISO dates and date-times, compared with the run's clock (injectable for tests). */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An ISO 8601 date or date-time, the whole text: "2026-10-28", "2026-10-28T14:05:00Z",
 * "2026-10-28 14:05:00.512+02:00". The text is matched whole before Date.parse sees it: V8 reads
 * what follows a date its own way ("2026-01-05 nov" is 1 November), so a stale date with a
 * word after it read as fresh. Undefined when it is not one.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

export function parseDate(text: string): Date | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Whole and fractional days from `then` to `now` (negative when `then` is in the future). */
export function ageInDays(then: Date, now: Date): number {
  return (now.getTime() - then.getTime()) / DAY_MS;
}

/** A day of clock skew between the machine that dated the evidence and the run's clock. */
const SKEW_DAYS = 1;

/**
 * How a date in evidence stands against the run's date, for a freshness check: not a date
 * (parseDate), in the future beyond a day of clock skew, older than `maxAgeDays` (with its age
 * in whole days), or undefined when it is fresh. Each freshness rule says so in its own words.
 */
export function staleness(text: string, now: Date, maxAgeDays: number): 'not-a-date' | 'future' | { daysOld: number } | undefined {
  const when = parseDate(text);
  if (!when) return 'not-a-date';
  const age = ageInDays(when, now);
  if (age < -SKEW_DAYS) return 'future';
  return age > maxAgeDays ? { daysOld: Math.floor(age) } : undefined;
}

/** The options of a freshness check on evidence: how many days old it may be. */
export const MAX_AGE_OPTIONS = {
  type: 'object',
  required: ['maxAgeDays'],
  additionalProperties: false,
  properties: { maxAgeDays: { type: 'integer', minimum: 1 } },
} as const;
