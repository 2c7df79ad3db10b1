import { valueAbsence } from '../../load/placeholder.js';
import { isMovingRevision } from '../../text/revision.js';
import { describePath } from '../describe.js';
import { defineFunction, systemDocument } from '../function.js';
import { anyPresent } from './any-present.js';

/**
 * Data pinned to what it was: a checksum, or a revision that does not move. A branch name or a
 * moving tag (`latest`, `main`, `HEAD`) names whatever the data is today.
 */
export const revisionPinned = defineFunction<Record<string, never>>({
  name: 'revision-pinned',
  description: 'The object has a sha256, or a revision that does not move (a commit, tag or snapshot id; not a name such as latest, main or HEAD, nor a ref to a branch or pull request).',
  optionsSchema: { type: 'object', additionalProperties: false },
  check(context) {
    const { value, path, system } = context;
    const record = (value ?? {}) as { revision?: unknown; sha256?: unknown };
    if (valueAbsence(record.sha256) === undefined) return [];
    const absent = anyPresent.check({ ...context, options: { fields: ['revision', 'sha256'] } });
    if (!Array.isArray(absent) || absent.length > 0) return absent;
    if (!isMovingRevision(record.revision)) return [];
    return [
      {
        message: `${describePath(systemDocument(system), [...path, 'revision'])} is "${String(record.revision).trim()}", which moves: it names whatever the data is today, not what the model saw; give a commit, tag or snapshot id, or sha256`,
        path: [...path, 'revision'],
      },
    ];
  },
});
