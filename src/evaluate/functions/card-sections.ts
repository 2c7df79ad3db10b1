import type { Card } from '../../load/model-card.js';
import { defineFunction, type Failure } from '../function.js';
import { checkCardSection } from './card-section.js';
import { documentAbsence } from './document-content.js';

interface SectionSpec {
  name: string;
  headings: string[];
  contains?: string[];
  frontMatter?: string[];
}

/**
 * A cited card (a dataset card, say) has each listed section filled in. The card being readable
 * at all is card-readable's job; this only reads cards that loaded (others: not applicable).
 */
export const cardSections = defineFunction<{ sections: SectionSpec[]; cardName?: string }>({
  name: 'card-sections',
  description: 'A cited card has each listed section (or front matter key) filled in.',
  optionsSchema: {
    type: 'object',
    required: ['sections'],
    additionalProperties: false,
    properties: {
      cardName: { type: 'string', minLength: 1, description: 'how messages name the card, e.g. "dataset card"' },
      sections: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['name', 'headings'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1 },
            headings: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            contains: { type: 'array', items: { type: 'string', minLength: 1 } },
            frontMatter: { type: 'array', items: { type: 'string', minLength: 1 } },
          },
        },
      },
    },
  },
  check({ value, options, system }) {
    if (typeof value !== 'string' || value.trim() === '') return { skip: 'no card is cited' };
    const card = system.evidence.card(value);
    if (!card.ok) return { skip: `the card cannot be read: ${card.problem.message}` };
    // A card with no text at all is one failure at the citing line, not one per missing section.
    const absence = documentAbsence(card.value);
    if (absence) return [{ message: absence }];
    return options.sections.flatMap((section): Failure[] => checkCardSection(card.value as Card, section, options.cardName ?? 'card'));
  },
});
