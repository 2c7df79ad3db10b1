import { defineFunction } from '../function.js';

/**
 * A declared sha256 matches the file it describes, when that file is in the repository. A
 * remote URI (s3://, https://, hf://) cannot be read from here and is left alone.
 */
export const sha256Matches = defineFunction<{ pathField: string }>({
  name: 'sha256-matches',
  description: 'A declared sha256 equals the SHA-256 of the in-repository file it describes (pathField names the path).',
  optionsSchema: {
    type: 'object',
    required: ['pathField'],
    additionalProperties: false,
    properties: { pathField: { type: 'string', minLength: 1 } },
  },
  check({ target, targetPath, options, system }) {
    if (!target || typeof target !== 'object') return [];
    const entry = target as Record<string, unknown>;
    const declared = entry.sha256;
    const ref = entry[options.pathField];
    if (typeof declared !== 'string' || !/^[a-f0-9]{64}$/i.test(declared) || typeof ref !== 'string') return [];
    // A URI with a scheme is not a file in this repository. Two letters at least: "C:\data" is a
    // Windows path (refused as absolute), not a URI, and must not skip verification silently.
    if (/^[a-z][a-z0-9+.-]+:/i.test(ref)) return [];
    const file = system.evidence.dataFile(ref); // data files may be larger than the text cap
    if (!file.ok) return [{ message: `cannot verify sha256: ${file.problem.message}`, path: [...targetPath, options.pathField] }];
    const actual = system.evidence.sha256(file.value.rel);
    if (!actual.ok) return [{ message: `cannot verify sha256: ${actual.problem.message}`, path: [...targetPath, options.pathField] }];
    if (actual.value === declared.toLowerCase()) return [];
    return [{ message: `sha256 of ${file.value.rel} is ${actual.value}, not the declared ${declared.toLowerCase()}`, path: [...targetPath, 'sha256'] }];
  },
});
