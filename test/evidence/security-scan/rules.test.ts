/**
 * Model security scans (modelscan JSON reports): the adapter on a report as modelscan writes it,
 * and each rule on a clean scan and on each way a scan fails, with the exact finding and its line.
 */
import { describe, expect, it } from 'vitest';
import { securityScan } from '../../../src/evidence/security-scan/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';
import { check, failuresOf, MANIFEST, resultsOf, withManifest } from '../../helpers/system.js';

const SCAN = 'sys/evidence/modelscan.json';
const PRETTY = fixture('security-scan/modelscan-pretty.json');
const CLEAN = fixture('security-scan/modelscan-clean.json');

const withScan = (text: string | undefined, artifacts?: Array<Record<string, string>>, entry: Record<string, string> = {}) =>
  withManifest(
    (m) => {
      m.assurance = { security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan', ...entry }] } };
      if (artifacts) m.artifacts = artifacts;
    },
    text === undefined ? {} : { [SCAN]: text },
  );

describe('the modelscan adapter', () => {
  it('reads a report as modelscan writes it (one line), every issue located by column', () => {
    const text = fixture('security-scan/modelscan-report.json');
    const scan = storeWith({ 'scan.json': text }).evidence(securityScan, 'scan.json');
    if (!scan.ok) throw new Error(scan.problem.message);
    expect(scan.value.scannedAt?.value).toBe('2026-10-29T09:14:03.512877');
    expect(scan.value.scanned).toEqual(['scorer.pkl', 'preprocess.pkl']);
    expect(scan.value.skipped.map((s) => s.source)).toEqual(['feature_names.txt']);
    expect(scan.value.issues.map((i) => [i.severity, i.operator, i.module, i.source, i.at.line, i.at.column])).toEqual([
      ['CRITICAL', 'eval', '__builtin__', 'scorer.pkl', 1, text.indexOf('"CRITICAL"}') + 1],
      ['CRITICAL', 'system', 'posix', 'scorer.pkl', 1, text.indexOf('"CRITICAL"}', text.indexOf('"CRITICAL"}') + 1) + 1],
      ['HIGH', 'open', 'webbrowser', 'preprocess.pkl', 1, text.indexOf('"HIGH"}') + 1],
    ]);
    expect(scan.value.inconsistencies).toEqual([]);
  });
});

interface Case {
  rule: string;
  name: string;
  scan: string | undefined;
  artifacts?: Array<Record<string, string>>;
  entry?: Record<string, string>;
  expected: Array<{ file: string; at: string; nth?: number; message: string }>;
}

const cases: Case[] = [
  {
    rule: 'security/scan-readable',
    name: 'the report does not exist',
    scan: undefined,
    expected: [{ file: MANIFEST, at: 'path: evidence/modelscan.json', message: 'sys/evidence/modelscan.json does not exist' }],
  },
  {
    rule: 'security/scan-readable',
    name: 'an issue with an unknown severity',
    scan: PRETTY.replace('"severity": "HIGH"', '"severity": "SEVERE"'),
    expected: [{ file: SCAN, at: '"severity": "SEVERE"', message: expect.stringMatching(/^sys\/evidence\/modelscan\.json is not a valid modelscan report: issues\[2\]\.severity: "SEVERE" is not allowed/) as unknown as string }],
  },
  {
    rule: 'security/scan-readable',
    name: 'a summary that counts more issues than the report lists (cut short)',
    scan: PRETTY.replace('"CRITICAL": 2', '"CRITICAL": 5'),
    expected: [{ file: SCAN, at: '"CRITICAL": 5', message: 'sys/evidence/modelscan.json: the summary counts 5 CRITICAL issues but the report lists 2' }],
  },
  {
    rule: 'security/scan-clean',
    name: 'a report that scanned 0 files, naming the artifacts it should have scanned',
    scan: CLEAN.replace('"total_scanned": 1, "scanned_files": ["scorer.safetensors"]', '"total_scanned": 0'),
    artifacts: [{ path: 'model/scorer.safetensors' }, { path: 'model/tokenizer.pkl' }],
    expected: [{ file: SCAN, at: '"total_scanned": 0', message: 'modelscan scanned 0 files, so it is no evidence that the model files were scanned; it should have scanned model/scorer.safetensors, model/tokenizer.pkl' }],
  },
  {
    rule: 'security/scan-clean',
    name: 'a report that scanned 0 files, no artifacts declared',
    scan: CLEAN.replace('"total_scanned": 1, "scanned_files": ["scorer.safetensors"]', '"total_scanned": 0, "scanned_files": []'),
    expected: [{ file: SCAN, at: '"total_scanned": 0', message: 'modelscan scanned 0 files, so it is no evidence that the model files were scanned; the manifest lists no artifacts to say which files it should have scanned' }],
  },
  {
    rule: 'security/scan-clean',
    name: 'critical and high issues, no artifacts declared (every scanned file ships)',
    scan: PRETTY,
    expected: [
      { file: SCAN, at: '"severity": "CRITICAL"', message: "modelscan found a CRITICAL issue in scorer.pkl: Use of unsafe operator 'eval' from module '__builtin__'" },
      { file: SCAN, at: '"severity": "CRITICAL"', nth: 2, message: "modelscan found a CRITICAL issue in scorer.pkl: Use of unsafe operator 'system' from module 'posix'" },
      { file: SCAN, at: '"severity": "HIGH"', message: "modelscan found a HIGH issue in preprocess.pkl: Use of unsafe operator 'open' from module 'webbrowser'" },
    ],
  },
  {
    rule: 'security/scan-clean',
    name: 'only the shipped file counts',
    scan: PRETTY,
    artifacts: [{ path: 'model/preprocess.pkl' }],
    expected: [{ file: SCAN, at: '"severity": "HIGH"', message: "modelscan found a HIGH issue in preprocess.pkl: Use of unsafe operator 'open' from module 'webbrowser'" }],
  },
  {
    rule: 'security/scan-clean',
    name: 'the scanner failed on a shipped file',
    scan: CLEAN.replace('"errors": []', '"errors": [{"category": "PICKLE_GENOPS", "description": "Parsing error", "source": "scorer.safetensors"}]'),
    expected: [{ file: SCAN, at: '', message: 'modelscan failed on scorer.safetensors, so it cannot show the model is safe: Parsing error' }],
  },
  {
    rule: 'security/scan-covers-artifacts',
    name: 'a shipped file not scanned, and one skipped',
    scan: PRETTY.replace('"CRITICAL": 2', '"CRITICAL": 2'),
    artifacts: [{ path: 'model/scorer.onnx' }, { path: 'model/feature_names.txt' }],
    expected: [
      { file: MANIFEST, at: 'path: model/scorer.onnx', message: 'model/scorer.onnx ships but no cited security scan scanned it' },
      { file: MANIFEST, at: 'path: model/feature_names.txt', message: 'model/feature_names.txt ships but the security scan skipped it (Model Scan did not scan file)' },
    ],
  },
  {
    rule: 'security/scan-covers-artifacts',
    name: 'the scan names a path longer than any file system allows: which artifacts it covers cannot be shown',
    scan: CLEAN.replace('"scanned_files": ["scorer.safetensors"]', `"scanned_files": ["scorer.safetensors", "${'x'.repeat(4100)}/scorer.pkl"]`),
    artifacts: [{ path: 'model/scorer.safetensors' }],
    expected: [{ file: MANIFEST, at: 'scans:', message: `the security scan names "${'x'.repeat(77)}...", longer than 4,096 characters, so which artifacts it scanned cannot be shown` }],
  },
  {
    rule: 'security/scan-covers-artifacts',
    name: 'a shipped file deeper than modelgate compares',
    scan: CLEAN,
    artifacts: [{ path: `${'d/'.repeat(64)}scorer.safetensors` }],
    expected: [{ file: MANIFEST, at: 'path: d/d/', message: `"${'d/'.repeat(38)}d..." is deeper than 64 folders, too long a path for modelgate to match with the files a scan names` }],
  },
  {
    rule: 'security/scan-clean',
    name: 'an issue in a file whose path is too deep to compare counts (fails closed)',
    scan: PRETTY.replaceAll('"scorer.pkl"', `"${'d/'.repeat(64)}scorer.pkl"`),
    artifacts: [{ path: 'model/preprocess.pkl' }],
    expected: [
      { file: SCAN, at: '"severity": "CRITICAL"', message: `modelscan found a CRITICAL issue in ${'d/'.repeat(64)}scorer.pkl: Use of unsafe operator 'eval' from module '__builtin__'` },
      { file: SCAN, at: '"severity": "CRITICAL"', nth: 2, message: `modelscan found a CRITICAL issue in ${'d/'.repeat(64)}scorer.pkl: Use of unsafe operator 'system' from module 'posix'` },
      { file: SCAN, at: '"severity": "HIGH"', message: "modelscan found a HIGH issue in preprocess.pkl: Use of unsafe operator 'open' from module 'webbrowser'" },
    ],
  },
  {
    rule: 'security/scan-fresh',
    name: 'a dated artifact whose path is too deep to compare is judged as scanned (fails closed)',
    scan: CLEAN,
    artifacts: [{ path: `${'d/'.repeat(64)}scorer.safetensors`, date: '2026-11-02' }],
    expected: [{ file: SCAN, at: '"timestamp"', message: `the security scan (2026-10-29) is older than ${'d/'.repeat(64)}scorer.safetensors (2026-11-02); scan the model file that ships` }],
  },
  {
    rule: 'security/scan-fresh',
    name: 'the scan predates the model file',
    scan: CLEAN,
    artifacts: [{ path: 'model/scorer.safetensors', date: '2026-11-02' }],
    expected: [{ file: SCAN, at: '"timestamp"', message: 'the security scan (2026-10-29) is older than model/scorer.safetensors (2026-11-02); scan the model file that ships' }],
  },
  {
    rule: 'security/scan-fresh',
    name: "no timestamp: the citation's date is used",
    scan: CLEAN.replace('"timestamp": "2026-10-29T09:14:03.512877", ', ''),
    artifacts: [{ path: 'model/scorer.safetensors', date: '2026-11-02' }],
    entry: { date: '2026-10-30' },
    expected: [{ file: MANIFEST, at: 'date: 2026-10-30', message: 'the security scan (2026-10-30) is older than model/scorer.safetensors (2026-11-02); scan the model file that ships' }],
  },
];

/** The line of the nth occurrence of `needle` (1-based), 1 for ''. */
function nthLine(text: string, needle: string, nth = 1): number {
  if (needle === '') return 1;
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  return index < 0 ? lineOf(text, needle) : text.slice(0, index).split('\n').length;
}

describe('security scan rules', () => {
  const RULES = ['security/scan-readable', 'security/scan-clean', 'security/scan-covers-artifacts', 'security/scan-fresh'];

  it.each(RULES)('%s passes on a clean scan of the dated shipped file', (rule) => {
    const files = withScan(CLEAN, [{ path: 'model/scorer.safetensors', date: '2026-10-27' }]);
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(RULES)('%s does not apply when no scan is cited', (rule) => {
    expect(resultsOf(check(withManifest(() => {})), rule)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, scan, artifacts, entry, expected }) => {
    const files = withScan(scan, artifacts, entry);
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ file, at, nth, message }) => ({ file, line: nthLine(files[file] as string, at, nth), message })),
    );
  });
});
