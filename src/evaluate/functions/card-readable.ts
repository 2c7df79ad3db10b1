import { defineFunction, type Failure } from '../function.js';
import { documentAbsence } from './document-content.js';

/**
 * A cited card (model or dataset) exists, is text, and its front matter (if any) is a valid
 * YAML mapping. Front matter problems are reported in the card, at their line; a card with no
 * text (empty, or only "# TODO") is reported at the line that cites it.
 */
export const cardReadable = defineFunction<Record<string, never>>({
  name: 'card-readable',
  description: 'A cited Markdown card exists inside the repository, its front matter parses as a mapping, and it has text (not empty, not only placeholders).',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, system }) {
    if (typeof value !== 'string' || value.trim() === '') return { skip: 'no card is cited' };
    const card = system.evidence.card(value);
    if (!card.ok) return [{ message: card.problem.message, at: card.problem.at }];
    const failures: Failure[] = card.value.problems.map((problem) => ({
      message: problem.message,
      at: { file: card.value.file, line: problem.line, column: problem.column },
    }));
    const absence = documentAbsence(card.value);
    if (absence) failures.push({ message: absence });
    return failures;
  },
});
