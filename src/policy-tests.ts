/**
 * `modelgate policy test <dir>`: fixture-driven tests for policies and custom rules. Each
 * folder under <dir> with an `expect.yaml` is a case: a small repository (ai-system.yaml and
 * what it cites) and the findings the policy must produce on it.
 *
 *   policy: ../acme.yaml        # relative to the case; default <dir>/policy.yaml, else baseline
 *   as-of: 2026-11-22           # optional: the day evidence ages are judged on
 *   expect:
 *     verdict: fail             # optional
 *     failures:                 # each must occur; no other failure of these rules may
 *       - { rule: acme/purpose-stated, file: ai-system.yaml, line: 1, message: "…" }
 *     passes: [system/owner]    # these rules must pass
 */
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseAsOf, runGate } from './engine/gate.js';
import { dirEntries, exists, isDirectory, readText } from './fs/local.js';
import type { RemotePacks } from './policy/sources.js';
import { UsageError } from './types.js';

interface Expected {
  rule: string;
  file?: string;
  line?: number;
  message?: string;
}

interface CaseFile {
  policy?: string;
  'as-of'?: string;
  expect?: { verdict?: 'pass' | 'fail'; failures?: Expected[]; passes?: string[] };
}

export interface CaseResult {
  name: string;
  ok: boolean;
  problems: string[];
}

export function runPolicyTests(dir: string, remote?: RemotePacks): CaseResult[] {
  if (!isDirectory(dir)) throw new UsageError(`${dir} is not a directory of test cases`);
  const cases = dirEntries(dir)
    .filter((entry) => entry.isDirectory() && exists(path.join(dir, entry.name, 'expect.yaml')))
    .map((entry) => entry.name)
    .sort();
  if (cases.length === 0) throw new UsageError(`${dir} has no test cases (folders with an expect.yaml)`);
  const defaultPolicy = exists(path.join(dir, 'policy.yaml')) ? path.join(dir, 'policy.yaml') : 'baseline';
  return cases.map((name) => runCase(path.join(dir, name), name, defaultPolicy, remote));
}

function runCase(root: string, name: string, defaultPolicy: string, remote: RemotePacks | undefined): CaseResult {
  const spec = readCase(root, name);
  const policy = spec.policy ? path.resolve(root, spec.policy) : defaultPolicy;
  const report = runGate({ root, policy, policyBaseDir: root, ...(remote ? { remote } : {}), ...(spec['as-of'] ? { now: parseAsOf(spec['as-of']) } : {}) });
  const problems: string[] = [];
  const expected = spec.expect ?? {};
  const failures = report.findings.filter((f) => f.status === 'fail');
  if (expected.verdict && report.verdict !== expected.verdict) problems.push(`verdict is ${report.verdict}, expected ${expected.verdict}`);

  const wanted = expected.failures ?? [];
  const matched = new Set<number>();
  for (const want of wanted) {
    const index = failures.findIndex(
      (f, i) =>
        !matched.has(i) &&
        f.ruleId === want.rule &&
        (want.file === undefined || f.file === want.file) &&
        (want.line === undefined || f.line === want.line) &&
        (want.message === undefined || f.message === want.message),
    );
    if (index < 0) problems.push(`missing: ${describe(want)}`);
    else matched.add(index);
  }
  const checkedRules = new Set(wanted.map((w) => w.rule));
  failures.forEach((f, i) => {
    if (checkedRules.has(f.ruleId) && !matched.has(i)) problems.push(`unexpected: ${f.ruleId} at ${f.file}:${f.line}: ${f.message}`);
  });
  for (const rule of expected.passes ?? []) {
    const results = report.findings.filter((f) => f.ruleId === rule);
    if (!results.some((f) => f.status === 'pass') || results.some((f) => f.status === 'fail')) {
      problems.push(`${rule} should pass, but ${results.length === 0 ? 'did not run' : results.map((f) => f.status).join(', ')}`);
    }
  }
  return { name, ok: problems.length === 0, problems };
}

function readCase(root: string, name: string): CaseFile {
  const file = path.join(root, 'expect.yaml');
  try {
    const value = parse(readText(file)) as CaseFile | null;
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('it must be a mapping');
    return value;
  } catch (error) {
    throw new UsageError(`test case ${name}: expect.yaml cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
}

function describe(want: Expected): string {
  const where = want.file ? ` at ${want.file}${want.line !== undefined ? `:${want.line}` : ''}` : '';
  return `${want.rule}${where}${want.message ? `: ${want.message}` : ''}`;
}
