import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/** The value is exactly the one given (logging enabled: true). */
export const equals = defineFunction<{ value: unknown }>({
  name: 'equals',
  description: 'The value equals `value`.',
  optionsSchema: { type: 'object', required: ['value'], additionalProperties: false, properties: { value: {} } },
  check({ value, path, options, system }) {
    if (value === options.value) return [];
    const where = describePath(systemDocument(system), path);
    return [{ message: value === undefined ? `${where} is missing (must be ${JSON.stringify(options.value)})` : `${where} is ${JSON.stringify(value)}, not ${JSON.stringify(options.value)}` }];
  },
});
