import { describeValueAbsence, valueAbsence } from '../../load/placeholder.js';
import { parseField } from '../../policy/path.js';
import { valueAt } from '../../types.js';
import { namesNoOne } from '../../text/no-one.js';
import type { PathSegment } from '../../types.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';

/** A field and the value that makes the condition hold. */
interface Condition {
  field: string;
  equals: unknown;
}

interface PresentWhenOptions {
  /** The condition, or conditions of which any one is enough, under which `fields` are required. */
  when: Condition | Condition[];
  /** Conditions of which any one, holding, lifts the requirement (an exemption the manifest declares). */
  unless?: Condition | Condition[];
  fields: string[];
  /** Fields among `fields` that "None" or "N/A" does not answer, since the condition says the thing is there (personal data ⇒ its legal basis). */
  notNone?: string[];
  /** Fields among `fields` that name who acts: neither "nobody" nor a machine ("the model") answers them. */
  people?: string[];
}

const CONDITION = {
  type: 'object',
  required: ['field', 'equals'],
  additionalProperties: false,
  properties: { field: { type: 'string', minLength: 1 }, equals: {} },
};

const CONDITIONS = { anyOf: [CONDITION, { type: 'array', minItems: 1, maxItems: 20, items: CONDITION }] };

const list = (conditions: Condition | Condition[] | undefined): Condition[] => (conditions === undefined ? [] : Array.isArray(conditions) ? conditions : [conditions]);

const said = ({ field, equals }: Condition, holds = true) => `${field} is ${holds ? '' : 'not '}${JSON.stringify(equals)}`;

/**
 * Fields that must be present when another field has a value: personal data ⇒ its legal basis;
 * a system that recognises emotions or categorises people by biometric data ⇒ the notice to
 * the people exposed to it. `unless` names the declared exemption that lifts the requirement
 * (text under human editorial control needs no AI disclosure, Art. 50(4)).
 */
export const presentWhen = defineFunction<PresentWhenOptions>({
  name: 'present-when',
  description: 'When `when.field` equals `when.equals` (or any of a list of such conditions), and no `unless` condition holds, each of `fields` is present and not a placeholder; those in `notNone` or `people` not an answer that there is none ("None", "N/A"; for `people`, "nobody" or "the model" either).',
  optionsSchema: {
    type: 'object',
    required: ['when', 'fields'],
    additionalProperties: false,
    properties: {
      when: CONDITIONS,
      unless: CONDITIONS,
      fields: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      notNone: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'fields among `fields` that "None" or "N/A" does not answer' },
      people: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'fields among `fields` that name who acts: "nobody", "the model" or "automated" names no one' },
    },
  },
  check({ value, path, options, system }) {
    const holds = (condition: Condition) => valueAt(value, parseField(condition.field) as PathSegment[]) === condition.equals;
    const when = list(options.when);
    const met = when.filter(holds);
    // Not the case the rule is about (no personal data, not a training set): nothing to check.
    if (met.length === 0) return { skip: when.map((condition) => said(condition, false)).join(' and ') };
    const unless = list(options.unless);
    const exempt = unless.find(holds);
    if (exempt) return { skip: said(exempt) };
    const why = `required when ${met.map((condition) => said(condition)).join(' and ')}${unless.length > 0 ? `, unless ${unless.map((condition) => said(condition)).join(' or ')}` : ''}`;
    return options.fields.flatMap((field) => {
      const steps = parseField(field) as PathSegment[];
      const found = valueAt(value, steps);
      const absence = valueAbsence(found);
      const where = [...path, ...steps];
      // Where the condition says the thing is there (personal data is present), "None" may leave
      // it undescribed (red team: legalBasis "None" for voice recordings passed): `notNone`.
      const person = options.people?.includes(field) === true;
      // Only where the rule says so: labeling "None" is an answer for unlabelled training data (false-error hunt).
      if (!absence && (person || options.notNone?.includes(field) === true) && namesNoOne(found, person)) {
        return [{ message: `${describePath(systemDocument(system), where)} is ${JSON.stringify(found)}, which ${person ? 'names no one' : 'says nothing'} (${why})`, path: where }];
      }
      if (!absence) return [];
      return [{ message: `${describePath(systemDocument(system), where)} ${describeValueAbsence(found, absence)} (${why})`, path: where }];
    });
  },
});
