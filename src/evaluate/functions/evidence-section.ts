import { headingKey } from '../../load/markdown.js';
import { describeAbsence, sectionAbsence } from '../../load/placeholder.js';
import { defineFunction } from '../function.js';

/** GitHub's anchor for a heading ("Reading the score" → "reading-the-score"). */
export function headingSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Cited evidence exists, and where the citation names a section (`docs/oversight.md#override`),
 * that section exists and says something. Matched by GitHub's anchor or, leniently, by name.
 */
export const evidenceSection = defineFunction<Record<string, never>>({
  name: 'evidence-section',
  description: 'Cited evidence is a file inside the repository and, for file.md#section, that section exists and is not empty or a placeholder.',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, system }) {
    if (typeof value !== 'string' || value.trim() === '') return [];
    const cited = system.evidence.file(value);
    if (!cited.ok) return [{ message: cited.problem.message }];
    const fragment = cited.value.fragment;
    if (!fragment) return [];
    const card = system.evidence.card(value);
    if (!card.ok) return [{ message: card.problem.message, at: card.problem.at }];
    const wanted = fragment.toLowerCase();
    const wantedKey = headingKey(fragment.replace(/-/g, ' '));
    const heading = card.value.outline.headings.find((h) => h.kind !== 'label' && (h.key === wantedKey || headingSlug(h.title) === wanted));
    if (!heading) return [{ message: `${cited.value.rel} has no section #${fragment}` }];
    const section = card.value.outline.find([heading.title]);
    const absence = section ? sectionAbsence(section.body) : 'empty';
    if (!absence) return [];
    return [{ message: `${cited.value.rel}: section "${heading.title}" ${describeAbsence(absence)}`, at: { file: cited.value.rel, line: heading.line, column: 1 } }];
  },
});
