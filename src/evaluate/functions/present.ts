import { describeAbsence, describePlaceholder, valueAbsence } from '../../load/placeholder.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';
import { markerFailure } from './no-placeholders.js';

/** The value is there and says something: not missing, empty, or a template placeholder. */
export const present = defineFunction<Record<string, never>>({
  name: 'present',
  description: 'The value exists and is not empty or a placeholder such as "TBD" or "[More Information Needed]".',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const absence = valueAbsence(value);
    if (!absence) return [];
    // A list of markers (init's "TODO: the attributes …") is reported at its first, as
    // system/no-placeholders reports it: one finding on one line, naming both rules.
    const items: unknown[] = Array.isArray(value) && absence === 'placeholder' ? value : [];
    const first = items.findIndex((item) => typeof item === 'string' && item.trim() !== '');
    if (first >= 0) {
      const at = [...path, first];
      return [markerFailure(systemDocument(system), at, items[first] as string)];
    }
    // A marker is worded as system/no-placeholders words it, quoted: the same finding, read once.
    const described = absence === 'placeholder' && typeof value === 'string' && value.trim() !== '' ? describePlaceholder(value) : describeAbsence(absence);
    return [{ message: `${describePath(systemDocument(system), path)} ${described}` }];
  },
});

