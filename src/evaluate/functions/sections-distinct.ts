import { parseField } from '../../policy/path.js';
import { valueAt } from '../../types.js';
import { formatPath, type PathSegment } from '../../types.js';
import { defineFunction, type Failure } from '../function.js';

/**
 * The listed citations that name a section (`file.md#section`) name different ones: a section
 * describes one thing, and the same one cited for several (stopping, overriding, monitoring for
 * anomalies) evidences only what it says. A whole file may be cited for several (one runbook for
 * stopping and overriding): each citation's own check reads it for its topic.
 */
export const sectionsDistinct = defineFunction<{ fields: string[] }>({
  name: 'sections-distinct',
  description: 'The listed citations that name a section (file.md#section) each name a different one.',
  optionsSchema: {
    type: 'object',
    required: ['fields'],
    additionalProperties: false,
    properties: { fields: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } } },
  },
  check({ value, path, options }) {
    const cited = new Map<string, string>();
    const failures: Failure[] = [];
    const shown = (steps: readonly PathSegment[]) => formatPath([...(path[0] === 'manifest' ? path.slice(1) : path), ...steps]);
    for (const field of options.fields) {
      const steps = parseField(field) as PathSegment[];
      const ref = valueAt(value, steps);
      if (typeof ref !== 'string' || !ref.includes('#')) continue;
      // The section as GitHub's anchor names it, and the file as written without a leading ./.
      const hash = ref.indexOf('#');
      const key = `${ref.slice(0, hash).trim().replace(/^(?:\.\/)+/, '')}#${ref.slice(hash + 1).trim().toLowerCase()}`;
      const first = cited.get(key);
      if (first === undefined) cited.set(key, shown(steps));
      else failures.push({ message: `${shown(steps)} cites ${ref.trim()}, the section ${first} cites: each needs the section that describes it`, path: [...path, ...steps] });
    }
    // Fewer than two sections cited compares nothing: not a pass.
    if (failures.length === 0 && cited.size < 2) return { skip: 'fewer than two of the citations name a section' };
    return failures;
  },
});
