/**
 * The rule catalogue: every bundled rule, defined in `policies/rules/*.yaml`. None is active
 * until a pack selects it (or it is locked).
 */
import { assetNames, readAssetText } from '../fs/assets.js';
import { UsageError } from '../types.js';
import { fullDefinition, type CheckCatalogue } from './definition.js';
import { bundledPackNames, locate, parsePack } from './sources.js';
import type { RuleDefinition } from './types.js';

let catalogue: Map<string, RuleDefinition> | undefined;

/** Every rule defined in `policies/rules/*.yaml`. */
export function ruleCatalogue(): Map<string, RuleDefinition> {
  return (catalogue ??= readCatalogue(undefined));
}

/**
 * The catalogue's rules. Without `functions` (trusted), schema and option validation are
 * skipped: they cost most of start-up (compiling JSON Schemas), and the files ship with
 * modelgate; `validateBundledPolicies` checks them in full in the test suite.
 */
function readCatalogue(functions: CheckCatalogue | undefined): Map<string, RuleDefinition> {
  const definitions = new Map<string, RuleDefinition>();
  for (const name of assetNames(['policies', 'rules'], '.yaml')) {
    const file = `policies/rules/${name}`;
    const { pack, doc } = parsePack(readAssetText('policies', 'rules', name), file, !functions);
    for (const [id, raw] of Object.entries(pack.rules ?? {})) {
      const at = locate(doc, file, ['rules', id]);
      if (typeof raw === 'string') throw new UsageError(`the catalogue must define rules, not select them`, at);
      if (definitions.has(id)) throw new UsageError(`rule ${id} is defined twice in the catalogue`, at);
      definitions.set(id, fullDefinition(id, raw, at, doc, file, functions));
    }
  }
  return definitions;
}

/** Everything that ships in policies/, validated as a user's pack would be (for the test suite). */
export function validateBundledPolicies(functions: CheckCatalogue): void {
  readCatalogue(functions);
  for (const name of bundledPackNames()) parsePack(readAssetText('policies', `${name}.yaml`), `policies/${name}.yaml`, false);
}
