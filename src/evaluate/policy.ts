/**
 * A policy ready to run: the resolved policy (plain data, policy/resolve.ts) with each rule's
 * `given` paths parsed and its `then` clauses bound to check functions. Any thread compiles the
 * same resolved policy to the same rules.
 */
import picomatch from 'picomatch';
import { parseField, parseGiven, type Step } from '../policy/path.js';
import { resolvePolicy } from '../policy/resolve.js';
import { packFilesOnDisk, readPackTree, type PackFiles, type RemotePacks } from '../policy/sources.js';
import type { ActiveRule, PolicyOf, ResolvedPolicy, RuleDefinition, SeveritySetting } from '../policy/types.js';
import { severityRank, type PathSegment } from '../types.js';
import type { CheckFunction } from './function.js';
import { CHECK_CATALOGUE, checkFunctions } from './check-functions.js';

export interface CompiledCheck {
  field?: PathSegment[];
  fn: CheckFunction<unknown>;
  options: unknown;
}

export interface CompiledRule extends ActiveRule {
  givenSteps: Step[][];
  checks: CompiledCheck[];
}

export interface Policy extends PolicyOf<CompiledRule> {
  /** The plain data this was compiled from (what a worker thread is sent). */
  resolved: ResolvedPolicy;
}

export function compilePolicy(resolved: ResolvedPolicy): Policy {
  const rules = resolved.rules.map(compileRule);
  return { ...resolved, rules, byId: new Map(rules.map((r) => [r.id, r])), resolved };
}

function compileRule(rule: ActiveRule): CompiledRule {
  return {
    ...rule,
    givenSteps: (rule.given ?? []).map(parseGiven),
    checks: (rule.then ?? []).map((then) => {
      const check: CompiledCheck = {
        // Resolution checked every function name of a pack's rules (the catalogue's in the tests).
        // Taken when the rule first runs: the functions are loaded on demand (check-functions.ts).
        get fn() {
          return checkFunctions().get(then.function) as CompiledCheck['fn'];
        },
        options: then.options ?? {},
      };
      if (then.field !== undefined) check.field = parseField(then.field) as PathSegment[];
      return check;
    }),
  };
}

const overrideMatchers = new WeakMap<object, (file: string) => boolean>();
const overridden = new WeakMap<Policy, Map<string, Policy>>();

/**
 * The policy as it applies to one system: the pack's per-path overrides whose globs match the
 * manifest path change rule severities (or turn rules off). Policies with the same matching
 * overrides are shared.
 */
export function policyFor(policy: Policy, manifestFile: string): Policy {
  if (policy.overrides.length === 0) return policy;
  const matching = policy.overrides.filter((override) => {
    let matcher = overrideMatchers.get(override);
    if (!matcher) {
      matcher = picomatch(override.files, { dot: true });
      overrideMatchers.set(override, matcher);
    }
    return matcher(manifestFile);
  });
  if (matching.length === 0) return policy;
  const cacheKey = matching.map((o) => policy.overrides.indexOf(o)).join(',');
  let cache = overridden.get(policy);
  if (!cache) overridden.set(policy, (cache = new Map()));
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const severities = new Map<string, SeveritySetting>();
  for (const override of matching) for (const [id, severity] of Object.entries(override.rules)) severities.set(id, severity);
  const byId = new Map(policy.byId);
  for (const [id, severity] of severities) {
    if (severity === 'off') {
      byId.delete(id);
      continue;
    }
    const known = policy.known.get(id);
    const rule = policy.byId.get(id) ?? (known ? compileRule({ ...(known as RuleDefinition), severity }) : undefined);
    if (rule) byId.set(id, { ...rule, severity });
  }
  const rules = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const adjusted: Policy = { ...policy, rules, byId };
  cache.set(cacheKey, adjusted);
  return adjusted;
}

const mergedForMoves = new WeakMap<Policy, WeakMap<Policy, Policy>>();

/**
 * The policy for a system the pull request moved from `movedFrom` (its manifest at the base
 * commit) to `file`: each rule as strict as either path's overrides make it. A move under a
 * lenient per-path override would otherwise switch rules off before anyone approved the move;
 * the new path's overrides apply once it is merged, as the base's labels do (labels-kept).
 */
export function policyForMoved(policy: Policy, file: string, movedFrom: string | undefined): Policy {
  const here = policyFor(policy, file);
  if (movedFrom === undefined || movedFrom === file) return here;
  const there = policyFor(policy, movedFrom);
  if (there === here) return here;
  let byThere = mergedForMoves.get(here);
  if (!byThere) mergedForMoves.set(here, (byThere = new WeakMap()));
  const cached = byThere.get(there);
  if (cached) return cached;
  const byId = new Map(here.byId);
  for (const [id, rule] of there.byId) {
    const mine = byId.get(id);
    if (!mine || severityRank(rule.severity) > severityRank(mine.severity)) byId.set(id, rule);
  }
  const rules = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const merged: Policy = { ...here, rules, byId };
  byThere.set(there, merged);
  return merged;
}

export interface LoadPolicyOptions {
  /** Directory a top-level relative pack path is read from (the CLI's cwd, the Action's workspace). */
  baseDir: string;
  /** Where local pack files are read: the disk (default), or a commit's tree (a PR's base). */
  files?: PackFiles;
  /** Where pinned remote packs (`owner/repo/path@sha`) are read from. */
  remote?: RemotePacks;
}

/** Reads, resolves and compiles the policy `ref` names, in one step (on this thread). */
export function loadPolicy(ref: string, options: LoadPolicyOptions): Policy {
  const tree = readPackTree(ref, options.files ?? packFilesOnDisk(options.baseDir), options.remote);
  return compilePolicy(resolvePolicy(tree, CHECK_CATALOGUE));
}
