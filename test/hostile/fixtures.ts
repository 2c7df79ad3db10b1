/**
 * Fixtures for the hostile-input suite: a compliant system that cites a file from every field
 * that can cite one, laid out in a temporary repository that has a sibling folder *outside* the
 * root holding files with a secret marker. A case mutates the system one hostile way, runs the
 * engine in-process, and checks that the run ended (located, without leaking the secret).
 * Large files are generated here at test time, never committed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { runGate, type GateOptions } from '../../src/engine/gate.js';
import type { Report } from '../../src/report/report.js';
import { UsageError, type Finding } from '../../src/types.js';
import { makeRepo, writeFiles, type Files } from '../helpers/repo.js';
import { COMPLIANT_CARD, COMPLIANT_MONITORING, compliantBiasReport, compliantFiles, compliantManifest, RISK_REGISTER, timeAgo } from '../helpers/system.js';

/** Content of every file outside the root: it must never appear in a report. */
export const SECRET = 'OUTSIDE-ROOT-MARKER-5b1e0c7d';

export const MANIFEST = 'sys/ai-system.yaml';
export const DATA_FILE = 'sys/data/train.csv';
const DATA_TEXT = 'age_band,sex,label\n18-25,f,0\n26-40,m,1\n';

/**
 * Files outside the root, each of which would put SECRET into the report if it were read: as a
 * card its license and model name quote it, as a bias report its model version does.
 */
const OUTSIDE: Files = {
  'secret.md': `---\nlicense: ${SECRET}\nmodel-index:\n  - name: ${SECRET}\n---\n# ${SECRET}\n\n## Uses\n\n${SECRET}\n`,
  'secret.json': JSON.stringify(compliantBiasReport({ model: { name: SECRET, version: SECRET } })),
  'secret.yaml': `schema: modelgate/monitoring@1\nschedule: "${SECRET}"\nalerts: { route: ${SECRET}, owner: ${SECRET} }\n`,
  'dir/README.md': `# ${SECRET}\n`,
  'dir/ai-system.yaml': `id: ${SECRET.toLowerCase()}\nname: ${SECRET}\nversion: "1"\n`,
};

/**
 * The helpers' compliant manifest, plus a citation in every other field that takes a path:
 * risk register, latest monitoring run, post-market plan, the evidence registry, a dataset file
 * with its checksum, and the assurance evidence (read by the trustworthiness pack).
 */
export function fullManifest(): Record<string, any> {
  const manifest = compliantManifest();
  manifest.risk.register = 'docs/risk-register.md';
  manifest.risk.impactAssessment = { path: 'docs/impact.md', approver: 'Chief Risk Officer', nextReview: future(180) };
  manifest.data.datasets[0].uri = 'data/train.csv';
  manifest.data.datasets[0].sha256 = createHash('sha256').update(DATA_TEXT).digest('hex');
  manifest.data.datasets[0].preprocessing = 'Deduplicated.';
  manifest.data.datasets[0].labeling = 'Repayment ledger.';
  manifest.monitoring.latestRun = 'monitoring/runs/latest.json';
  manifest.monitoring.postMarketPlan = 'docs/post-market.md';
  manifest.assurance = {
    security: { evidence: 'docs/assurance.md#security', date: timeAgo(10).slice(0, 10) },
    robustness: { evidence: 'docs/assurance.md#robustness', date: timeAgo(10).slice(0, 10) },
    explainability: { method: 'SHAP', evidence: 'docs/assurance.md#explainability' },
    privacy: { evidence: 'docs/assurance.md#privacy', date: timeAgo(10).slice(0, 10) },
  };
  manifest.evidence = [{ path: 'docs/impact.md', description: 'AI impact assessment' }];
  return manifest;
}

/** An ISO date this many days from now. */
function future(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const ASSURANCE = `# Assurance

## Security

Penetration tested by the red team: model extraction and data poisoning attacks were tried.

## Robustness

Stress-tested on shifted data; the test results stay within one score band.

## Explainability

SHAP values explain every score.

## Privacy

DPIA approved: personal data is pseudonymised and access is restricted.
`;

export function fullFiles(manifest: Record<string, any> = fullManifest()): Files {
  return {
    ...compliantFiles(manifest),
    'sys/docs/risk-register.md': RISK_REGISTER,
    'sys/docs/post-market.md': '# Post-market monitoring\n\nWeekly review of drift and performance; serious incidents are reported to the market surveillance authority.\n',
    'sys/docs/assurance.md': ASSURANCE,
    'sys/monitoring/runs/latest.json': JSON.stringify({
      schema: 'modelgate/monitoring-run@1',
      ranAt: timeAgo(1),
      // Named by the config's metrics (monitoring/drift.yaml), as monitoring/latest-run asks.
      tests: [
        { name: 'feature_drift', status: 'pass', value: 0.07 },
        { name: 'roc_auc', status: 'pass', value: 0.81 },
      ],
    }),
    [DATA_FILE]: DATA_TEXT,
  };
}

export function manifestText(manifest: Record<string, any> = fullManifest()): string {
  return stringify(manifest);
}

export { COMPLIANT_CARD, COMPLIANT_MONITORING, compliantBiasReport };

export interface HostileRepo {
  /** The repository root given to the engine. */
  root: string;
  /** The sibling folder outside the root, holding SECRET files. */
  outside: string;
}

/** A repository holding `files`, next to a folder outside it full of secrets. */
export function hostileRepo(files: Files): HostileRepo {
  // makeRepo's temporary folder (removed after the test file) holds both.
  const base = makeRepo({});
  const outside = path.join(base, 'outside');
  const root = path.join(base, 'repo');
  fs.mkdirSync(root);
  writeFiles(outside, OUTSIDE);
  writeFiles(root, files);
  return { root, outside };
}

/** A file of `bytes` bytes made fast: a sparse file of zeros after `head`. */
export function writeLargeFile(abs: string, bytes: number, head = ''): void {
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, head);
  fs.truncateSync(abs, bytes);
}

export type Outcome = { report: Report; error?: undefined } | { report?: undefined; error: unknown };

/** Runs the engine in-process on `root`; an exception is returned, not thrown. */
export function gate(root: string, options: Partial<GateOptions> = {}): Outcome {
  try {
    return { report: runGate({ root, policyBaseDir: root, ...options }) };
  } catch (error) {
    return { error };
  }
}

/** Object.prototype's own keys before any hostile input was read. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * What every hostile run must satisfy: it ended, either with a report or with a UsageError
 * (exit 2), never another exception; nothing from outside the root is in the report; every
 * finding is located; and Object.prototype is untouched. How the work grows with the input is
 * checked by doubling (test/helpers/growth.ts), never by a time limit.
 */
export function expectContained(outcome: Outcome, { usageError = false } = {}): Report | undefined {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (usageError) {
    expect(outcome.error).toBeInstanceOf(UsageError);
    expect(String((outcome.error as Error).message)).not.toContain(SECRET);
    return undefined;
  }
  if (outcome.error !== undefined) throw outcome.error; // the engine crashed: show why
  const report = outcome.report as Report;
  expect(JSON.stringify(report)).not.toContain(SECRET);
  for (const finding of report.findings) expectLocatedFinding(finding);
  return report;
}

export function expectLocatedFinding(finding: Finding): void {
  expect(finding.file, `${finding.ruleId}: ${finding.message}`).toMatch(/\S/);
  expect(Number.isInteger(finding.line) && finding.line >= 1, `${finding.ruleId} line ${finding.line}`).toBe(true);
  expect(Number.isInteger(finding.column) && finding.column >= 1, `${finding.ruleId} column ${finding.column}`).toBe(true);
}

export interface Expected {
  file: string;
  /** Exact line, when the case knows it. */
  line?: number;
  ruleId?: string;
  message?: RegExp | string;
}

/** The failing findings that match `expected`; the assertion fails (listing all failures) if none do. */
export function expectFailure(report: Report, expected: Expected): Finding[] {
  const failures = report.findings.filter((f) => f.status === 'fail');
  const matches = failures.filter(
    (f) =>
      f.file === expected.file &&
      (expected.line === undefined || f.line === expected.line) &&
      (expected.ruleId === undefined || f.ruleId === expected.ruleId) &&
      (expected.message === undefined || (typeof expected.message === 'string' ? f.message.includes(expected.message) : expected.message.test(f.message))),
  );
  expect(
    matches.length,
    `no failing finding matches ${JSON.stringify({ ...expected, message: String(expected.message) })}; failures were:\n${failures
      .map((f) => `  ${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.message.slice(0, 200)}`)
      .join('\n')}`,
  ).toBeGreaterThan(0);
  return matches;
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineIn(text: string, needle: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}
