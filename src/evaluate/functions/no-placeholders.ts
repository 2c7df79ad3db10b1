import { describePlaceholder, isNonAnswerValue, valueAbsence } from '../../load/placeholder.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument, type Failure } from '../function.js';
import type { PathSegment } from '../../types.js';
import { walkValues } from '../walk.js';

/**
 * Whether `at` is a field where `*` means "every": a robustness threshold's family (docs/manifest.md
 * documents `family: "*"`; a new user's documented threshold failed as a placeholder).
 */
const WILDCARD_FIELD = (at: readonly PathSegment[], node: string) => node === '*' && at.at(-1) === 'family' && at.at(-3) === 'thresholds';

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
    walkValues(value, path, (node, at) => {
      if (typeof node !== 'string' || node.trim() === '' || valueAbsence(node) !== 'placeholder' || isNonAnswerValue(node) || WILDCARD_FIELD(at, node)) return;
      if (failures.length < MAX_LISTED) failures.push(markerFailure(root, at.slice(), node));
      else more++;
    });
    if (more > 0) failures.push({ message: `and ${more} more placeholder${more === 1 ? '' : 's'}`, path });
    return failures;
  },
});

/**
 * A marker ("TODO: …") at `at`, in this rule's words. A field's own rule that finds a marker
 * reports it through this too, so the two are one finding on one line, naming both rules.
 */
export function markerFailure(root: unknown, at: PathSegment[], text: string): Failure {
  return { message: `${(at.length > 1 && describePath(root, at)) || 'the value'} ${describePlaceholder(text)}`, path: at };
}
