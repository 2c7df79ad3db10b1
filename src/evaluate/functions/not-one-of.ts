import { valueAbsence } from '../../load/placeholder.js';
import { loosely } from '../../text/no-one.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/** The value is not one of a disallowed set (a high-risk system "fully-automated", say). */
export const notOneOf = defineFunction<{ values: unknown[]; loose?: boolean }>({
  name: 'not-one-of',
  description: 'The value is not one of `values` (with `loose`, a text compared in any case, punctuation and spacing aside: "None.", " n/a ", "no-one").',
  optionsSchema: {
    type: 'object',
    required: ['values'],
    additionalProperties: false,
    properties: { values: { type: 'array', minItems: 1 }, loose: { type: 'boolean' } },
  },
  check({ value, path, options, system }) {
    // Nothing declared is nothing to check (whether it must be declared is `present`'s job).
    if (value === undefined || value === null) return { skip: `${describePath(systemDocument(system), path)} is not declared` };
    // A placeholder is none of the values, but no pass either: nothing was declared to judge.
    if (valueAbsence(value) === 'placeholder') return { skip: `${describePath(systemDocument(system), path)} is still a placeholder` };
    const fold = (v: unknown) => (options.loose && typeof v === 'string' ? loosely(v) : v);
    if (!options.values.some((disallowed) => fold(disallowed) === fold(value))) return [];
    return [{ message: `${describePath(systemDocument(system), path)} is ${JSON.stringify(value)}, which this policy does not allow` }];
  },
});
