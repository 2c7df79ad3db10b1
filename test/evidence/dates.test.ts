/**
 * Dates in evidence (src/evidence/dates.ts): ISO 8601, the whole text, or none. Date.parse alone
 * reads past a date in V8's own way, so text after a date could move it by months.
 */
import { describe, expect, it } from 'vitest';
import { notADate, parseDate, staleness } from '../../src/evidence/dates.js';

describe('parseDate', () => {
  it.each([
    ['2026-10-28', '2026-10-28T00:00:00.000Z'],
    ['2026-10-28T14:05:00Z', '2026-10-28T14:05:00.000Z'],
    ['2026-10-28T14:05Z', '2026-10-28T14:05:00.000Z'],
    ['2026-10-20T08:15:02.104812+00:00', '2026-10-20T08:15:02.104Z'],
    ['2026-10-20T10:15:02+0200', '2026-10-20T08:15:02.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });

  // Python's datetime.utcnow().isoformat() writes no zone. Read in the machine's zone (Date.parse),
  // the same report was five hours older in New York than in CI.
  it.each([
    ['2026-11-02T10:41:07.112345', '2026-11-02T10:41:07.112Z'],
    ['2026-11-02T10:41:07', '2026-11-02T10:41:07.000Z'],
    ['2026-11-02 10:41:07', '2026-11-02T10:41:07.000Z'],
    ['2026-11-02T10:41', '2026-11-02T10:41:00.000Z'],
    ['2026-11-02', '2026-11-02T00:00:00.000Z'],
    ['2026-11-02T10:41:07-05:00', '2026-11-02T15:41:07.000Z'],
  ])('reads %j as %s wherever it runs (a date-time without a zone is UTC)', (text, iso) => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(parseDate(text)?.toISOString()).toBe(iso);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  // Date.parse rolls these over to a real day ("2026-11-31" is 1 December); none is a date.
  it.each([
    ['2026-11-31', 'not a real date'],
    ['2026-02-30', 'not a real date'],
    ['2026-02-29', 'not a real date'],
    ['1900-02-29', 'not a real date'],
    ['2026-04-31T10:00:00Z', 'not a real date'],
    ['2026-10-28T24:00Z', 'not a real date'],
    ['2026-00-10', 'not a real date'],
    ['2026-10-00', 'not a real date'],
    ['2026-13-45', 'not a real date'],
    ['last Tuesday', 'not a date'],
  ])('refuses %j: %s', (text, why) => {
    expect(parseDate(text)).toBeUndefined();
    expect(notADate(text)).toBe(why);
  });

  it.each(['2026-01-05 nov', '2026-01-05nov', '2026-10-20junk', '2026-10-20T08:15:02 GMT-9999', 'last Tuesday', '2026-13-45', '20261020', ' 2026-10-20', '2026-10-20\n'])('refuses %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('staleness (every freshness rule judges a date with it)', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  it.each([
    ['2026-11-22', undefined],
    ['2026-05-26', undefined], // exactly 180 days
    ['2026-05-25', { daysOld: 181 }],
    ['2026-11-22T23:00:00Z', undefined], // within a day of clock skew
    ['2026-11-24', 'future'],
    ['2026-01-05 nov', 'not-a-date'],
    ['2026-11-31', 'not-a-date'], // not 2026-12-01
  ])('%s, at most 180 days old: %j', (text, expected) => {
    expect(staleness(text, now, 180)).toEqual(expected);
  });
});
