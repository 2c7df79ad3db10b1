import { normaliseCitation } from '../../fs/repo-fs.js';
import { robustnessResults } from '../../evidence/robustness/formats.js';
import type { SystemContext } from '../../evidence/check.js';
import type { PathSegment } from '../../types.js';
import { defineFunction } from '../function.js';

/**
 * A cited report about the model (a bias report, a red-team result, a security scan, an energy
 * report, the latest monitoring run, the ML-BOM) is not in another system's folder: there it is
 * that system's report, about another model, and passing on it shows nothing of this one. A
 * file is in the folder of the system whose manifest is nearest above it, so a system nested in
 * another's folder owns its own files; a symbolic link counts where it leads. Shared files
 * (dataset cards, runbooks) are not cited through the rules that use this function. A report
 * cited by two systems, or copied (the same text in two files), fails for the second
 * (engine/gate.ts, markSharedReports).
 */
export const ownEvidence = defineFunction<Record<string, never>>({
  name: 'own-evidence',
  description: "A cited report about the model is not in another system's folder (the folder of the nearest ai-system.yaml above it), through symbolic links too.",
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, path, system }) {
    const cited = typeof value === 'string' ? value : value !== null && typeof value === 'object' ? (value as { path?: unknown }).path : undefined;
    if (typeof cited !== 'string' || cited.trim() === '') return { skip: 'no file is cited' };
    if (!system.systemAt) return { skip: 'the run does not know the other systems' };
    const real = system.evidence.whereIs(cited);
    if (real === undefined) return { skip: 'the cited file does not resolve (the rule that reads it says why)' };
    const owner = system.systemAt(real);
    if (owner === undefined || owner === system.manifest.file) {
      // Outside every system's folder (reports/<model>/…) a report may still be another's, and a
      // copy in this one's is: the engine compares what each system cites, by path and by text,
      // once all are checked. Not a Giskard export's text, which records neither the model nor
      // the time: two clean scans with the same detectors are alike (red team), and such a file
      // is as easily typed as copied.
      system.reportCited?.(real, path, isGiskardExport(system, value, path) ? undefined : system.evidence.textDigest(cited));
      return [];
    }
    const written = normaliseCitation(cited.split('#')[0] as string, system.manifest.dir);
    const through = written.ok && written.rel === real ? '' : ` (through a symbolic link, to ${real})`;
    return [{ message: `${cited.trim()} is in the folder of another system (${owner})${through}: a report there is about that system's model, not evidence about this one; cite this system's own` }];
  },
});

/** Whether a citation (at `at` in the manifest) is of a robustness result that is a Giskard export, read as its format says. */
function isGiskardExport(system: SystemContext, value: unknown, at: readonly PathSegment[]): boolean {
  if (!at.includes('robustness') || value === null || typeof value !== 'object') return false;
  const { path, format } = value as { path?: unknown; format?: unknown };
  if (typeof path !== 'string' || (format !== undefined && format !== 'giskard')) return false;
  const results = system.evidence.evidence(robustnessResults, path, typeof format === 'string' ? format : undefined);
  return results.ok && results.value.format === 'giskard';
}
