import { describePlaceholder, isNonAnswerValue, valueAbsence } from '../../load/placeholder.js';
import type { PathSegment } from '../../types.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument, type Failure } from '../function.js';

/** At most this many placeholders are listed per document (the rest are counted). */
const MAX_LISTED = 50;

/**
 * No text in the target is a placeholder ("TODO: …", "TBD", "[More Information Needed]"): what
 * `modelgate init` leaves for the team to fill in is reported wherever it is, even in fields no
 * other rule reads.
 */
export const noPlaceholders = defineFunction<Record<string, never>>({
  name: 'no-placeholders',
  description: 'No text value anywhere under the target is a placeholder such as "TODO: …" or "TBD".',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const root = systemDocument(system);
    const failures: Failure[] = [];
    let more = 0;
    // One path, extended and cut back as the walk goes and copied only for a placeholder found:
    // a copy per node was most of this rule's garbage on a whole manifest.
    const at: PathSegment[] = [...path];
    const visit = (node: unknown, depth: number): void => {
      if (depth > 64) return;
      if (typeof node === 'string') {
        if (node.trim() !== '' && valueAbsence(node) === 'placeholder' && !isNonAnswerValue(node)) {
          if (failures.length < MAX_LISTED) failures.push({ message: `${(at.length > 1 && describePath(root, at)) || 'the value'} ${describePlaceholder(node)}`, path: at.slice() });
          else more++;
        }
      } else if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          at.push(i);
          visit(node[i], depth + 1);
          at.pop();
        }
      } else if (node && typeof node === 'object') {
        for (const key of Object.keys(node)) {
          at.push(key);
          visit((node as Record<string, unknown>)[key], depth + 1);
          at.pop();
        }
      }
    };
    visit(value, 0);
    if (more > 0) failures.push({ message: `and ${more} more placeholder${more === 1 ? '' : 's'}`, path });
    return failures;
  },
});
