/**
 * The rule catalogue: every bundled rule, defined in `policies/rules/*.yaml`. None is active
 * until a pack selects it (or it is locked).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assetPath } from '../assets.js';
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
  const dir = assetPath('policies', 'rules');
  const definitions = new Map<string, RuleDefinition>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = `policies/rules/${name}`;
    const { pack, doc } = parsePack(fs.readFileSync(path.join(dir, name), 'utf8'), file, !functions);
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
  for (const name of bundledPackNames()) parsePack(fs.readFileSync(assetPath('policies', `${name}.yaml`), 'utf8'), `policies/${name}.yaml`, false);
}
