import { describeAbsence, valueAbsence } from '../../load/placeholder.js';
import { parseField, valueAt } from '../../policy/path.js';
import type { PathSegment } from '../../types.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/** Fields that must be present when another field has a value: personal data ⇒ its legal basis. */
export const presentWhen = defineFunction<{ when: { field: string; equals: unknown }; fields: string[] }>({
  name: 'present-when',
  description: 'When `when.field` equals `when.equals`, each of `fields` is present and not a placeholder.',
  optionsSchema: {
    type: 'object',
    required: ['when', 'fields'],
    additionalProperties: false,
    properties: {
      when: {
        type: 'object',
        required: ['field', 'equals'],
        additionalProperties: false,
        properties: { field: { type: 'string', minLength: 1 }, equals: {} },
      },
      fields: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    },
  },
  check({ value, path, options, system }) {
    // Not the case the rule is about (no personal data, not a training set): nothing to check.
    if (valueAt(value, parseField(options.when.field) as PathSegment[]) !== options.when.equals) return { skip: `${options.when.field} is not ${JSON.stringify(options.when.equals)}` };
    return options.fields.flatMap((field) => {
      const steps = parseField(field) as PathSegment[];
      const absence = valueAbsence(valueAt(value, steps));
      if (!absence) return [];
      const where = [...path, ...steps];
      return [{ message: `${describePath(systemDocument(system), where)} ${describeAbsence(absence)} (required when ${options.when.field} is ${JSON.stringify(options.when.equals)})`, path: where }];
    });
  },
});
