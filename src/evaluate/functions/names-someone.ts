import { valueAbsence } from '../../load/placeholder.js';
import { namesNoOne } from '../../text/no-one.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/**
 * The value names someone or something: not "None", "Nobody", "N/A", "Unassigned" (and, with
 * `person`, not a machine: "the model", "automated"). `present` lets those through, since to a
 * question whether something exists "None" is an answer; to who approves, who owns, what
 * training or authority a reviewer has, it is not.
 */
export const namesSomeone = defineFunction<{ person?: boolean }>({
  name: 'names-someone',
  description: 'The value names someone or something: not an answer that there is none ("None", "Nobody", "N/A", "Unassigned", "TBD"), compared in any case, punctuation aside; with `person`, not a machine either ("the model", "automated").',
  optionsSchema: { type: 'object', additionalProperties: false, properties: { person: { type: 'boolean', description: 'the field names who acts: a machine does not' } } },
  check({ value, path, options, system }) {
    // Nothing declared, or a placeholder, is `present`'s to report.
    if (value === undefined || value === null || valueAbsence(value) !== undefined) return [];
    if (!namesNoOne(value, options.person === true)) return [];
    const who = options.person ? 'names no one who holds the duty' : 'states that there is none';
    return [{ message: `${describePath(systemDocument(system), path)} is ${JSON.stringify(value)}, which ${who}` }];
  },
});
