import type { Card } from '../../load/model-card.js';
import { parseField } from '../../policy/path.js';
import { valueAt } from '../../types.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, type Failure } from '../function.js';
import { checkCardSection, sectionSaysNone } from './card-section.js';
import { documentAbsence } from './document-content.js';

interface SectionSpec {
  name: string;
  headings: string[];
  contains?: string[];
  frontMatter?: string[];
  /** Where the manifest says the thing is there: a section saying only "None." contradicts it. */
  notNoneWhen?: { field: string; equals: unknown };
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
            notNoneWhen: {
              type: 'object',
              required: ['field', 'equals'],
              additionalProperties: false,
              properties: { field: { type: 'string', minLength: 1 }, equals: {} },
              description: 'a field of the citing record that, holding the value, says the thing is there: a section that says only "None." fails',
            },
          },
        },
      },
    },
  },
  check({ value, options, system, target }) {
    if (typeof value !== 'string' || value.trim() === '') return { skip: 'no card is cited' };
    const card = system.evidence.card(value);
    if (!card.ok) return { skip: `the card cannot be read: ${card.problem.message}` };
    // A card with no text at all is one failure at the citing line, not one per missing section.
    const absence = documentAbsence(card.value);
    if (absence) return [{ message: absence }];
    const cardName = options.cardName ?? 'card';
    return options.sections.flatMap((section): Failure[] => {
      const failures = checkCardSection(card.value as Card, section, cardName);
      const when = section.notNoneWhen;
      if (failures.length > 0 || !when || valueAt(target, parseField(when.field) as PathSegment[]) !== when.equals) return failures;
      // Red team: "None." under Personal and Sensitive Information, for voice recordings the
      // manifest declares personal data in, passed as that section documented.
      const none = sectionSaysNone(card.value as Card, section);
      return none ? [{ message: `the ${cardName} section "${none.title}" says only "${none.text}", but the manifest's ${when.field} is ${JSON.stringify(when.equals)}: describe what it holds and how it is protected`, at: { file: (card.value as Card).file, line: none.line, column: 1 } }] : [];
    });
  },
});
