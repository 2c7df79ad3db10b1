/** Dates in evidence: ISO dates and date-times, compared with the run's clock (injectable for tests). */
import { daysInMonth } from '../load/calendar.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An ISO 8601 date or date-time, the whole text: "2026-10-28", "2026-10-28T14:05:00Z",
 * "2026-10-28 14:05:00.512+02:00". The text is matched whole before Date.parse sees it: V8 reads
 * what follows a date its own way ("2026-01-05 nov" is 1 November), so a stale date with a
 * word after it read as fresh. Undefined when it is not one.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Written as a date but no day of the calendar: "2026-11-31", "2026-02-29", "2026-13-01", or
 * hour 24. Date.parse rolls these over ("2026-11-31" is 1 December), so a made-up date would
 * read as a real one.
 */
function impossible(match: RegExpExecArray): boolean {
  const [year, month, day, hour] = [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 0 : Number(match[4])];
  return day < 1 || day > daysInMonth(year, month) || hour > 23;
}

/**
 * A date-time without a zone is read as UTC, as a date alone is ("2026-11-02T10:41:07", Python's
 * `datetime.utcnow().isoformat()`): Date.parse reads it in the zone of the machine modelgate runs
 * on, so the same report was a day fresher or staler on a laptop than in CI.
 */
export function parseDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match || impossible(match)) return undefined;
  const zoneless = match[4] !== undefined && match[5] === undefined;
  const time = Date.parse(zoneless ? `${text.slice(0, 10)}T${text.slice(11)}Z` : text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/**
 * Why parseDate refused a text, for a finding: "not a real date" when it is written as one but
 * is no day of the calendar, else "not a date".
 */
export function notADate(text: string): string {
  const match = ISO_DATE.exec(text);
  return match && (impossible(match) || Number.isNaN(Date.parse(text))) ? 'not a real date' : 'not a date';
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
