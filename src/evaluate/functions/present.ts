import { describeAbsence, describePlaceholder, valueAbsence } from '../../load/placeholder.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/** The value is there and says something: not missing, empty, or a template placeholder. */
export const present = defineFunction<Record<string, never>>({
  name: 'present',
  description: 'The value exists and is not empty or a placeholder such as "TBD" or "[More Information Needed]".',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const absence = valueAbsence(value);
    if (!absence) return [];
    // A marker is worded as system/no-placeholders words it, quoted: the same finding, read once.
    const described = absence === 'placeholder' && typeof value === 'string' && value.trim() !== '' ? describePlaceholder(value) : describeAbsence(absence);
    return [{ message: `${describePath(systemDocument(system), path)} ${described}` }];
  },
});

