import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/** The value is not one of a disallowed set (a high-risk system "fully-automated", say). */
export const notOneOf = defineFunction<{ values: unknown[]; ignoreCase?: boolean }>({
  name: 'not-one-of',
  description: 'The value is not one of `values` (with `ignoreCase`, a text compared trimmed and in any case: "None", " n/a ").',
  optionsSchema: {
    type: 'object',
    required: ['values'],
    additionalProperties: false,
    properties: { values: { type: 'array', minItems: 1 }, ignoreCase: { type: 'boolean' } },
  },
  check({ value, path, options, system }) {
    // Nothing declared is nothing to check (whether it must be declared is `present`'s job).
    if (value === undefined || value === null) return { skip: `${describePath(systemDocument(system), path)} is not declared` };
    const fold = (v: unknown) => (options.ignoreCase && typeof v === 'string' ? v.trim().toLowerCase() : v);
    if (!options.values.some((disallowed) => fold(disallowed) === fold(value))) return [];
    return [{ message: `${describePath(systemDocument(system), path)} is ${JSON.stringify(value)}, which this policy does not allow` }];
  },
});
