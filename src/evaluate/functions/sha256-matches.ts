import { isLocalUriOutside, isUri } from '../../fs/repo-fs.js';
import { defineFunction } from '../function.js';

/**
 * A declared sha256 matches the file it describes, when that file is in the repository. A
 * remote URI (s3://, https://, hf://) cannot be read from here: like an entry that declares no
 * sha256, it is nothing to check, and a rule with nothing else to check is not applicable.
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
    // Nothing declared or nothing to hash is "nothing to check" (not applicable), never a pass.
    if (!target || typeof target !== 'object') return { skip: 'no entry to check' };
    const entry = target as Record<string, unknown>;
    const declared = entry.sha256;
    const ref = entry[options.pathField];
    if (declared === undefined || declared === null) return { skip: 'no entry declares a sha256' };
    if (typeof declared !== 'string' || !/^[a-f0-9]{64}$/i.test(declared)) {
      return { skip: 'the declared sha256 is not 64 hexadecimal characters (manifest/schema reports it)' };
    }
    if (typeof ref !== 'string' || ref.trim() === '') return { skip: `a sha256 is declared, but no ${options.pathField} names the file it is of` };
    // A URI is not a file in this repository ("C:\data" is no URI: it must not skip verification silently).
    if (isUri(ref) || isLocalUriOutside(ref)) return { skip: `no declared sha256 is of a file in this repository (${ref.length > 80 ? `${ref.slice(0, 79)}…` : ref} is ${isUri(ref) ? 'remote' : 'outside it'})` };
    const file = system.evidence.dataFile(ref); // data files may be larger than the text cap
    if (!file.ok) return [{ message: `cannot verify sha256: ${file.problem.message}`, path: [...targetPath, options.pathField] }];
    const actual = system.evidence.sha256(file.value.rel);
    if (!actual.ok) return [{ message: `cannot verify sha256: ${actual.problem.message}`, path: [...targetPath, options.pathField] }];
    if (actual.value === declared.toLowerCase()) return [];
    return [{ message: `sha256 of ${file.value.rel} is ${actual.value}, not the declared ${declared.toLowerCase()}`, path: [...targetPath, 'sha256'] }];
  },
});
