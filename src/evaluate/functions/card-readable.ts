import { defineFunction } from '../function.js';

/**
 * A cited card (model or dataset) exists, is text, and its front matter (if any) is a valid
 * YAML mapping. Front matter problems are reported in the card, at their line.
 */
export const cardReadable = defineFunction<Record<string, never>>({
  name: 'card-readable',
  description: 'A cited Markdown card exists inside the repository and its front matter parses as a mapping.',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, system }) {
    if (typeof value !== 'string' || value.trim() === '') return [];
    const card = system.evidence.card(value);
    if (!card.ok) return [{ message: card.problem.message, at: card.problem.at }];
    return card.value.problems.map((problem) => ({
      message: problem.message,
      at: { file: card.value.file, line: problem.line, column: problem.column },
    }));
  },
});
