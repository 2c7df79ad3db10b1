import { describeValueAbsence, valueAbsence } from '../../load/placeholder.js';
import { closest } from '../../text/closest.js';
import { quoted } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';
import { markerFailure } from './no-placeholders.js';

/** The value is there and says something: not missing, empty, or a template placeholder. */
export const present = defineFunction<Record<string, never>>({
  name: 'present',
  description: 'The value exists and is not empty or a placeholder such as "TBD" or "[More Information Needed]".',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, target, targetPath, system }) {
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
    const described = describeValueAbsence(value, absence);
    const misspelt = absence === 'missing' ? misspelling(target, path.slice(targetPath.length)) : undefined;
    const hint = misspelt === undefined ? '' : `: ${quoted(misspelt)} beside it looks like a misspelling of it`;
    return [{ message: `${describePath(systemDocument(system), path)} ${described}${hint}` }];
  },
});

/** The most keys of one mapping compared with a missing field's name (a mapping may hold thousands). */
const MAX_COMPARED_KEYS = 1000;

/**
 * A key beside a missing field, in the same mapping, close enough to its name to be it misspelt
 * (`sensitiveAtributes` for bias.sensitiveAttributes): the engineer who wrote it reads why the
 * field is missing in the same message, not only in manifest/unknown-field's warning.
 */
function misspelling(target: unknown, relative: readonly PathSegment[]): string | undefined {
  const name = relative.at(-1);
  if (typeof name !== 'string') return undefined;
  let parent = target;
  for (const segment of relative.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[segment] : undefined;
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  // closest finds the name in another case too (at distance 0 once lowered).
  return closest(name, Object.keys(parent).slice(0, MAX_COMPARED_KEYS));
}

