import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/** A number within bounds (log retention of at least 183 days). Missing counts as failing. */
export const threshold = defineFunction<{ min?: number; max?: number }>({
  name: 'threshold',
  description: 'The value is a number no lower than `min` and no higher than `max`.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { min: { type: 'number' }, max: { type: 'number' } },
  },
  check({ value, path, options, system }) {
    const where = describePath(systemDocument(system), path);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return [{ message: value === undefined || value === null ? `${where} is missing` : `${where} is not a number` }];
    }
    if (options.min !== undefined && value < options.min) return [{ message: `${where} is ${value}, below the minimum ${options.min}` }];
    if (options.max !== undefined && value > options.max) return [{ message: `${where} is ${value}, above the maximum ${options.max}` }];
    return [];
  },
});
