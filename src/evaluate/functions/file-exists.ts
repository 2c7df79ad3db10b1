import { defineFunction } from '../function.js';

/**
 * A cited path (or each path in a list) resolves to a regular file inside the repository,
 * under the size cap. Absent values are nothing to check: whether a path must be cited is another rule's job.
 */
export const fileExists = defineFunction<Record<string, never>>({
  name: 'file-exists',
  description: 'Each cited path resolves to a regular file inside the repository (no "..", no links outside, within the size cap).',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const refs = Array.isArray(value) ? value.map((item, index) => ({ item, index })) : [{ item: value, index: -1 }];
    const failures = [];
    let checked = 0;
    for (const { item, index } of refs) {
      if (typeof item !== 'string' || item.trim() === '') continue;
      checked++;
      const cited = system.evidence.file(item);
      if (!cited.ok) failures.push({ message: cited.problem.message, path: index >= 0 ? [...path, index] : path });
    }
    return checked === 0 ? { skip: 'no file is cited' } : failures;
  },
});
