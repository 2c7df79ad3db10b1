import { defineFunction } from '../function.js';
import { judgeCitedDocument } from './document-content.js';

/**
 * Cited evidence exists and is a document that says something (not empty, not only "TODO"), and
 * where the citation names a section (`docs/oversight.md#override`), that section exists and is
 * filled in. document-content does the same and also judges length and kind; this is it with no
 * expectations beyond "not a placeholder", for packs that name it.
 */
export const evidenceSection = defineFunction<Record<string, never>>({
  name: 'evidence-section',
  description: 'Cited evidence is a readable text file inside the repository, not empty or a placeholder, and, for file.md#section, that section exists and is not empty or a placeholder.',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, system }) {
    return judgeCitedDocument(value, system, { minWords: 0 });
  },
});
