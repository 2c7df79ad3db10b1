/**
 * Monitoring schedules: five-field cron (minute hour day-of-month month day-of-week, with
 * ranges, steps, lists and names, as Vixie cron reads them), the @daily-style macros, and
 * fixed intervals. What a policy needs to know is the longest gap between two runs, computed
 * exactly: the matching days over a 28-year calendar cycle combined with the times of day.
 */
import type { Schedule } from './types.js';

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS: Array<{ low: number; high: number; names?: string[]; nameBase?: number }> = [
  { low: 0, high: 59 },
  { low: 0, high: 23 },
  { low: 1, high: 31 },
  { low: 1, high: 12, names: MONTHS, nameBase: 1 },
  { low: 0, high: 7, names: DAYS, nameBase: 0 },
];

export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  /** Whether the day-of-month or day-of-week field starts with `*` (Vixie cron's DOM_STAR/DOW_STAR). */
  domStar: boolean;
  dowStar: boolean;
}

export type CronParse = { ok: true; cron: Cron } | { ok: false; problem: string };

export function parseCron(expression: string): CronParse {
  const text = expression.trim();
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
  const macro = text.toLowerCase();
  const expanded = Object.hasOwn(MACROS, macro) ? (MACROS[macro] as string) : text;
  if (expanded.startsWith('@')) return { ok: false, problem: `"${text}" is not a schedule this gate can check (use cron or @hourly, @daily, @weekly, @monthly)` };
  const fields = expanded.split(/\s+/);
  if (fields.length !== 5) return { ok: false, problem: `is not a cron expression (expected 5 fields, found ${fields.length})` };
  const sets: Array<Set<number>> = [];
  for (let i = 0; i < 5; i++) {
    const parsed = parseField(fields[i] as string, FIELDS[i] as (typeof FIELDS)[number]);
    if (typeof parsed === 'string') return { ok: false, problem: parsed };
    sets.push(parsed);
  }
  const daysOfWeek = new Set([...(sets[4] as Set<number>)].map((d) => d % 7)); // 7 is Sunday too
  return {
    ok: true,
    cron: {
      minutes: sets[0] as Set<number>,
      hours: sets[1] as Set<number>,
      daysOfMonth: sets[2] as Set<number>,
      months: sets[3] as Set<number>,
      daysOfWeek,
      domStar: (fields[2] as string).startsWith('*'),
      dowStar: (fields[4] as string).startsWith('*'),
    },
  };
}

function parseField(field: string, spec: (typeof FIELDS)[number]): Set<number> | string {
  const values = new Set<number>();
  const value = (token: string): number | undefined => {
    if (/^\d+$/.test(token)) return Number(token);
    const index = spec.names?.indexOf(token.toLowerCase()) ?? -1;
    return index >= 0 ? index + (spec.nameBase ?? 0) : undefined;
  };
  for (const part of field.split(',')) {
    const match = part.match(/^(\*|([a-z0-9]+)(?:-([a-z0-9]+))?)(?:\/(\d+))?$/i);
    if (!match) return `has an invalid field "${part}"`;
    const step = match[4] === undefined ? 1 : Number(match[4]);
    if (step === 0) return `has a step of 0 in "${part}"`;
    let from = spec.low;
    let to = spec.high;
    if (match[1] !== '*') {
      const start = value(match[2] as string);
      const end = match[3] === undefined ? undefined : value(match[3]);
      if (start === undefined || (match[3] !== undefined && end === undefined)) return `has an invalid field "${part}"`;
      for (const n of [start, end].filter((v): v is number => v !== undefined)) {
        if (n < spec.low || n > spec.high) return `has "${part}" outside ${spec.low}-${spec.high}`;
      }
      from = start;
      // "5/15" means from 5 to the end of the range, every 15.
      to = end ?? (match[4] !== undefined ? spec.high : start);
      if (to < from) return `has a backwards range "${part}"`;
    }
    for (let n = from; n <= to; n += step) values.add(n);
  }
  return values;
}

/** Why a schedule written as text is not valid, or undefined. */
export function scheduleProblem(expression: string): string | undefined {
  const parsed = parseCron(expression);
  return parsed.ok ? undefined : parsed.problem;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// 28 years: weekdays and leap years realign, so every day-of-month/day-of-week/month
// combination that ever occurs occurs in this window.
const CYCLE_DAYS = Math.round((Date.UTC(2052, 0, 1) - Date.UTC(2024, 0, 1)) / DAY_MS);

/**
 * The longest time between two consecutive runs, in minutes, or undefined if the schedule
 * never runs (such as "0 0 31 2 *").
 */
export function maxGapMinutes(schedule: Schedule): number | undefined {
  if ('everyMinutes' in schedule) return schedule.everyMinutes > 0 ? schedule.everyMinutes : undefined;
  // Walking the whole calendar cycle costs milliseconds, and a monorepo's systems share a few
  // schedules: remember each expression's answer.
  if (gapCache.has(schedule.cron)) return gapCache.get(schedule.cron);
  const gap = cronGapMinutes(schedule.cron);
  if (gapCache.size >= 1000) gapCache.clear();
  gapCache.set(schedule.cron, gap);
  return gap;
}

const gapCache = new Map<string, number | undefined>();

function cronGapMinutes(expression: string): number | undefined {
  const parsed = parseCron(expression);
  if (!parsed.ok) return undefined;
  const { cron } = parsed;
  const times: number[] = [];
  for (const hour of [...cron.hours].sort((a, b) => a - b)) {
    for (const minute of [...cron.minutes].sort((a, b) => a - b)) times.push(hour * 60 + minute);
  }
  const firstTime = times[0] as number;
  const lastTime = times[times.length - 1] as number;
  let gap = 0;
  for (let i = 1; i < times.length; i++) gap = Math.max(gap, (times[i] as number) - (times[i - 1] as number));

  let previousDay: number | undefined;
  let firstDay: number | undefined;
  for (let day = 0; day < CYCLE_DAYS; day++) {
    const date = new Date(Date.UTC(2024, 0, 1) + day * DAY_MS);
    if (!runsOn(cron, date)) continue;
    firstDay ??= day;
    if (previousDay !== undefined) gap = Math.max(gap, (day - previousDay) * 1440 - lastTime + firstTime);
    previousDay = day;
  }
  if (previousDay === undefined || firstDay === undefined) return undefined;
  // Wrap around the cycle, so a yearly schedule's gap is a year, not "none".
  gap = Math.max(gap, (firstDay + CYCLE_DAYS - previousDay) * 1440 - lastTime + firstTime);
  return gap;
}

function runsOn(cron: Cron, date: Date): boolean {
  if (!cron.months.has(date.getUTCMonth() + 1)) return false;
  const dom = cron.daysOfMonth.has(date.getUTCDate());
  const dow = cron.daysOfWeek.has(date.getUTCDay());
  // Vixie cron: if either day field starts with "*", both must match; otherwise either may.
  return cron.domStar || cron.dowStar ? dom && dow : dom || dow;
}

/** "10080" → "7 days"; for messages. */
export function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  if (minutes >= 1440) return `${(minutes / 1440).toFixed(1)} days`;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
