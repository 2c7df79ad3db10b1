import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';
import { ageInDays, notADate, parseDate } from '../../evidence/dates.js';

/**
 * A date is recent enough (`maxAgeDays`), not yet past (`notPast`: a next-review date), or not
 * yet to come (`notFuture`: when something was done, such as an approval). An absent date is
 * nothing to check: whether it must be there is `present`'s job.
 */
export const fresh = defineFunction<{ maxAgeDays?: number; notPast?: boolean; notFuture?: boolean }>({
  name: 'fresh',
  description: 'A date is no older than maxAgeDays, or (notPast) has not passed yet, or (notFuture) is not after the run\'s day.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { maxAgeDays: { type: 'integer', minimum: 1 }, notPast: { type: 'boolean' }, notFuture: { type: 'boolean' } },
  },
  check({ value, path, options, system }) {
    if (value === undefined || value === null) return { skip: 'no date to check' };
    const where = describePath(systemDocument(system), path);
    const date = typeof value === 'string' ? parseDate(value) : undefined;
    if (!date) return [{ message: typeof value === 'string' && notADate(value) === 'not a real date' ? `${where} is ${value}, not a real date` : `${where} is not a date written YYYY-MM-DD` }];
    const age = ageInDays(date, system.now);
    // A day's grace either way: the run's day is UTC, a date written where the work was done may not be.
    if (options.notFuture && age < -1) return [{ message: `${where} is ${value}, after the run's day: a day that has not come is not when it was done` }];
    if (options.notPast && age > 1) return [{ message: `${where} was ${value}, ${Math.floor(age)} days ago: it is overdue` }];
    if (options.maxAgeDays !== undefined && age > options.maxAgeDays) {
      return [{ message: `${where} is ${value}, ${Math.floor(age)} days ago; the policy allows ${options.maxAgeDays}` }];
    }
    return [];
  },
});
