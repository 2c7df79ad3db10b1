import { valueAbsence } from '../../load/placeholder.js';
import { parseField } from '../../policy/path.js';
import { valueAt } from '../../types.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';
import { markerFailure } from './no-placeholders.js';

/** At least one of several fields is present (a dataset pinned by revision or by sha256). */
export const anyPresent = defineFunction<{ fields: string[] }>({
  name: 'any-present',
  description: 'At least one of the listed fields exists and is not a placeholder.',
  optionsSchema: {
    type: 'object',
    required: ['fields'],
    additionalProperties: false,
    properties: { fields: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } } },
  },
  check({ value, path, options, system }) {
    const found = options.fields.some((field) => valueAbsence(valueAt(value, parseField(field) as string[])) === undefined);
    if (found) return [];
    // A field that holds a marker ("TODO: the commit …") is reported there, worded as
    // system/no-placeholders words it: one finding on one line, naming both rules.
    for (const field of options.fields) {
      const segments = parseField(field) as string[];
      const marker = valueAt(value, segments);
      if (typeof marker === 'string' && marker.trim() !== '' && valueAbsence(marker) === 'placeholder') {
        const at = [...path, ...segments];
        return [markerFailure(systemDocument(system), at, marker)];
      }
    }
    const names = options.fields.map((f) => `"${f}"`);
    const list = names.length === 2 ? `${names[0]} or ${names[1]}` : `one of ${names.join(', ')}`;
    return [{ message: `${describePath(systemDocument(system), path)} needs ${list}` }];
  },
});
