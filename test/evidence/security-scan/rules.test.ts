/**
 * Model security scans (modelscan JSON reports): the adapter on a report as modelscan writes it,
 * and each rule on a clean scan and on each way a scan fails, with the exact finding and its line.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityScan } from '../../../src/evidence/security-scan/kind.js';
import { fixture, storeWith } from '../../helpers/evidence.js';
import { lineOf, makeRepo, tempDir, writeFiles } from '../../helpers/repo.js';
import { check, compliantBiasReport, failuresOf, MANIFEST, resultsOf, withManifest } from '../../helpers/system.js';
import type { Files } from '../../helpers/repo.js';
import { commitAll, git, gitRepo, pullRequest } from '../../helpers/git.js';
import { runGate } from '../../../src/engine/gate.js';
import { LFS_POINTER, onnx, PICKLE, safetensors, tar, ZIP } from '../../helpers/model-files.js';

const SCAN = 'sys/evidence/modelscan.json';
const PRETTY = fixture('security-scan/modelscan-pretty.json');
const CLEAN = fixture('security-scan/modelscan-clean.json');
/** A clean modelscan report that scanned nothing and skipped `files`, as modelscan names them. */
const skippingOnly = (...files: string[]) =>
  CLEAN.replace(
    '"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}',
    `"scanned": {"total_scanned": 0, "scanned_files": []}, "skipped": {"total_skipped": ${files.length}, "skipped_files": [${files.map((file) => JSON.stringify({ category: 'SCAN_NOT_SUPPORTED', description: 'Model Scan did not scan file', source: file })).join(', ')}]}`,
  );
const OWN = fixture('security-scan/modelgate.json');
const NOTHING_SCANNED = 'no security scan is cited, and no file the system ships needs one (each is in a format that runs no code when loaded, checked): nothing was scanned';

// A SentencePiece ModelProto: pieces (field 1: a piece's text and score), then a trainer spec (field 2).
const piece = (text: string) => Buffer.concat([Buffer.from([0x0a, text.length]), Buffer.from(text), Buffer.from([0x15, 0, 0, 0x80, 0xbf])]);
const SENTENCEPIECE = Buffer.concat([...['<unk>', '<s>', '</s>', '▁the'].flatMap((text) => [Buffer.from([0x0a, piece(text).length]), piece(text)]), Buffer.from([0x12, 2, 0x30, 0x01])]);

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
    // Red team: a critical issue in a file spelt otherwise than the one scanned was not judged as shipped.
    rule: 'security/scan-readable',
    name: 'an issue in a file the report does not list as scanned',
    scan: PRETTY.replace('"source": "preprocess.pkl"', '"source": "Preprocess.pkl"'),
    expected: [{ file: SCAN, at: '"source": "Preprocess.pkl"', message: 'sys/evidence/modelscan.json: an issue is in "Preprocess.pkl", which is not among the files the report scanned (scanned_files): modelscan lists each file it finds an issue in' }],
  },
  {
    // From a review: a report listing modeling code as scanned covered Python no model scanner reads.
    rule: 'security/scan-readable',
    name: 'a modelscan report that lists Python source as scanned',
    scan: CLEAN.replace('"scanned_files": ["scorer.pt"]', '"scanned_files": ["modeling_scorer.py"]'),
    expected: [{ file: SCAN, at: '"modeling_scorer.py"', message: 'sys/evidence/modelscan.json lists "modeling_scorer.py" as scanned, but modelscan has no scanner for .py files: it lists them as skipped (SCAN_NOT_SUPPORTED), so this report was not written by modelscan as it is' }],
  },
  {
    // Red team: absolute_path taken out of a scan of a decoy folder.
    rule: 'security/scan-readable',
    name: 'a report from a modelscan that writes absolute_path (0.5.2), without one',
    scan: CLEAN.replace(', "absolute_path": "/home/runner/work/scorer/scorer/model"', '').replace('"0.8.6"', '"0.5.2"'),
    expected: [{ file: SCAN, at: '"modelscan_version"', message: 'sys/evidence/modelscan.json says modelscan 0.5.2 wrote it, which writes the folder it scanned (summary.absolute_path), but it has none: this report was not written by modelscan as it is' }],
  },
  {
    // Review: and input_path and the version taken out with it.
    rule: 'security/scan-readable',
    name: 'a report that does not say what modelscan scanned',
    scan: CLEAN.replace('"input_path": "model", "absolute_path": "/home/runner/work/scorer/scorer/model", "modelscan_version": "0.8.6", ', ''),
    expected: [{ file: SCAN, at: '{"summary"', message: 'sys/evidence/modelscan.json does not say what modelscan scanned (summary.input_path), which modelscan writes: this report was not written by modelscan as it is' }],
  },
  // From stop 43's review: our own format said nothing of which scanner looked, and took an
  // issue in a file it did not read.
  {
    rule: 'security/scan-readable',
    name: 'a scan in our own format that does not say which tool it is',
    scan: OWN.replace('  "tool": "fickling 0.1.3",\n', ''),
    entry: { format: 'modelgate' },
    expected: [{ file: SCAN, at: '{', message: 'sys/evidence/modelscan.json is not a valid security scan: missing required field "tool"' }],
  },
  {
    rule: 'security/scan-readable',
    name: 'a scan in our own format with an issue in a file it did not read',
    scan: OWN.replace('"source": "model/scorer.pkl"', '"source": "model/other.pkl"'),
    entry: { format: 'modelgate' },
    expected: [{ file: SCAN, at: '"source": "model/other.pkl"', message: 'sys/evidence/modelscan.json: an issue is in "model/other.pkl", which is not among the files the scan read (scanned)' }],
  },
  {
    rule: 'security/scan-clean',
    name: 'a report that scanned 0 files, naming the artifacts it should have scanned',
    scan: CLEAN.replace('"total_scanned": 1, "scanned_files": ["scorer.pt"]', '"total_scanned": 0'),
    artifacts: [{ path: 'model/scorer.pt' }, { path: 'model/tokenizer.pkl' }],
    expected: [{ file: SCAN, at: '"total_scanned": 0', message: 'modelscan scanned 0 files, so it is no evidence that the model files were scanned; it should have scanned model/scorer.pt, model/tokenizer.pkl' }],
  },
  {
    rule: 'security/scan-clean',
    name: 'a report that scanned 0 files, no artifacts declared',
    scan: CLEAN.replace('"total_scanned": 1, "scanned_files": ["scorer.pt"]', '"total_scanned": 0, "scanned_files": []'),
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
    // Red team: a pickle with os.system beside the shipped model, not listed in artifacts, passed.
    rule: 'security/scan-clean',
    name: 'a file in the folder of the shipped one counts too, and says so',
    scan: PRETTY,
    artifacts: [{ path: 'model/preprocess.pkl' }],
    expected: [
      { file: SCAN, at: '"severity": "CRITICAL"', message: "modelscan found a CRITICAL issue in scorer.pkl, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): Use of unsafe operator 'eval' from module '__builtin__'; remove the file, or scan only what ships" },
      { file: SCAN, at: '"severity": "CRITICAL"', nth: 2, message: "modelscan found a CRITICAL issue in scorer.pkl, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): Use of unsafe operator 'system' from module 'posix'; remove the file, or scan only what ships" },
      { file: SCAN, at: '"severity": "HIGH"', message: "modelscan found a HIGH issue in preprocess.pkl: Use of unsafe operator 'open' from module 'webbrowser'" },
    ],
  },
  {
    rule: 'security/scan-clean',
    name: 'only the shipped file and its folder count: an issue in another folder does not (a scan of the system folder)',
    scan: PRETTY.replaceAll('"scorer.pkl"', '"tests/fixtures/scorer.pkl"').replaceAll('"preprocess.pkl"', '"model/preprocess.pkl"').replace('/scorer/scorer/model"', '/scorer/scorer/sys"'),
    artifacts: [{ path: 'model/preprocess.pkl' }],
    expected: [{ file: SCAN, at: '"severity": "HIGH"', message: "modelscan found a HIGH issue in model/preprocess.pkl: Use of unsafe operator 'open' from module 'webbrowser'" }],
  },
  {
    // Red team: sentence-transformers torch.loads 2_Dense/pytorch_model.bin, below the model's folder.
    rule: 'security/scan-clean',
    name: 'an issue in a folder below the shipped file counts, and says so',
    scan: PRETTY.replaceAll('"scorer.pkl"', '"2_Dense/pytorch_model.bin"'),
    artifacts: [{ path: 'model/preprocess.pkl' }],
    expected: [
      { file: SCAN, at: '"severity": "CRITICAL"', message: "modelscan found a CRITICAL issue in 2_Dense/pytorch_model.bin, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): Use of unsafe operator 'eval' from module '__builtin__'; remove the file, or scan only what ships" },
      { file: SCAN, at: '"severity": "CRITICAL"', nth: 2, message: "modelscan found a CRITICAL issue in 2_Dense/pytorch_model.bin, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): Use of unsafe operator 'system' from module 'posix'; remove the file, or scan only what ships" },
      { file: SCAN, at: '"severity": "HIGH"', message: "modelscan found a HIGH issue in preprocess.pkl: Use of unsafe operator 'open' from module 'webbrowser'" },
    ],
  },
  {
    rule: 'security/scan-clean',
    name: 'the scanner failed on a shipped file',
    scan: CLEAN.replace('"errors": []', '"errors": [{"category": "PICKLE_GENOPS", "description": "Parsing error", "source": "scorer.pt"}]'),
    expected: [{ file: SCAN, at: '', message: 'modelscan failed on scorer.pt, so it cannot show the model is safe: Parsing error' }],
  },
  {
    rule: 'security/scan-covers-artifacts',
    name: 'a shipped file not scanned, and one skipped',
    // A text file skipped runs no code (its configs and tokenizer, below); a skipped format that can run code is the finding.
    scan: PRETTY.replace('"source": "feature_names.txt"', '"source": "encoder.pt"'),
    artifacts: [{ path: 'model/scorer.onnx' }, { path: 'model/encoder.pt' }],
    expected: [
      { file: MANIFEST, at: 'path: model/scorer.onnx', message: 'model/scorer.onnx ships but no cited security scan scanned it or listed it as skipped (modelscan lists the files it skips when run with --show-skipped)' },
      { file: MANIFEST, at: 'path: model/encoder.pt', message: 'model/encoder.pt ships but the security scan skipped it (Model Scan did not scan file)' },
    ],
  },
  {
    rule: 'security/scan-covers-artifacts',
    name: 'the scan names a path longer than any file system allows: which artifacts it covers cannot be shown',
    scan: CLEAN.replace('"scanned_files": ["scorer.pt"]', `"scanned_files": ["scorer.pt", "${'x'.repeat(4100)}/scorer.pkl"]`),
    artifacts: [{ path: 'model/scorer.pt' }],
    expected: [{ file: MANIFEST, at: 'scans:', message: `the security scan names "${'x'.repeat(77)}...", longer than 4,096 characters, so which artifacts it scanned cannot be shown` }],
  },
  {
    rule: 'security/scan-covers-artifacts',
    name: 'a shipped file deeper than modelgate compares',
    scan: CLEAN,
    artifacts: [{ path: `${'d/'.repeat(64)}scorer.pt` }],
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
    artifacts: [{ path: `${'d/'.repeat(64)}scorer.pt`, date: '2026-11-02' }],
    expected: [{ file: SCAN, at: '"timestamp"', message: `the security scan (2026-10-29) is older than ${'d/'.repeat(64)}scorer.pt (2026-11-02); scan the model file that ships` }],
  },
  {
    rule: 'security/scan-fresh',
    name: 'the scan predates the model file',
    scan: CLEAN,
    artifacts: [{ path: 'model/scorer.pt', date: '2026-11-02' }],
    expected: [{ file: SCAN, at: '"timestamp"', message: 'the security scan (2026-10-29) is older than model/scorer.pt (2026-11-02); scan the model file that ships' }],
  },
  {
    // Auditor: a 2024 scan that skipped the 2026 model file passed, as not applicable.
    rule: 'security/scan-fresh',
    name: 'the scan predates a model file it skipped',
    scan: skippingOnly('scorer.onnx'),
    artifacts: [{ path: 'model/scorer.onnx', date: '2026-11-02' }],
    expected: [{ file: SCAN, at: '"timestamp"', message: 'the security scan (2026-10-29) is older than model/scorer.onnx (2026-11-02); scan the model file that ships' }],
  },
  {
    // Review: an XGBoost model the scan skipped, covered by that skip, was never judged fresh.
    rule: 'security/scan-fresh',
    name: 'the scan predates an XGBoost model it skipped',
    scan: skippingOnly('scorer.ubj'),
    artifacts: [{ path: 'model/scorer.ubj', date: '2026-11-02' }],
    expected: [{ file: SCAN, at: '"timestamp"', message: 'the security scan (2026-10-29) is older than model/scorer.ubj (2026-11-02); scan the model file that ships' }],
  },
  {
    rule: 'security/scan-fresh',
    name: 'the scan is dated in the future (red team: 2099 is newer than any model file)',
    scan: CLEAN.replace('"timestamp": "2026-10-29T09:14:03.512877"', '"timestamp": "2099-01-01T00:00:00"'),
    artifacts: [{ path: 'model/scorer.pt', date: '2026-11-02' }],
    expected: [{ file: SCAN, at: '"timestamp"', message: 'sys/evidence/modelscan.json is dated 2099-01-01, in the future' }],
  },
  {
    rule: 'security/scan-fresh',
    name: "no timestamp: the citation's date is used",
    scan: CLEAN.replace('"timestamp": "2026-10-29T09:14:03.512877", ', ''),
    artifacts: [{ path: 'model/scorer.pt', date: '2026-11-02' }],
    entry: { date: '2026-10-30' },
    expected: [{ file: MANIFEST, at: 'date: 2026-10-30', message: 'the security scan (2026-10-30) is older than model/scorer.pt (2026-11-02); scan the model file that ships' }],
  },
];

/** The line of the nth occurrence of `needle` (1-based), 1 for ''. */
function nthLine(text: string, needle: string, nth = 1): number {
  if (needle === '') return 1;
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  return index < 0 ? lineOf(text, needle) : text.slice(0, index).split('\n').length;
}

// Red team: a retrained model (a new sha256, its date left alone) shipped with the previous model's scan, unchanged.
describe("security/scan-fresh, robustness/result-fresh and bias/report-fresh in a pull request: the base commit's report of an earlier model file", () => {
  const GISKARD = fixture('robustness/giskard-pass.json');
  const BIAS_RERUN = JSON.stringify({ ...compliantBiasReport(), generatedAt: '2026-11-03T10:00:00Z' }, null, 2);
  const artifact = (sha256: string, file = 'model/scorer.pt') => ({ path: file, date: '2026-10-27', sha256 });
  const system = (artifacts: Array<Record<string, string>>) =>
    withManifest(
      (m) => {
        m.assurance = {
          security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan' }] },
          robustness: { results: [{ path: 'evidence/giskard.json', format: 'giskard', date: '2026-10-30' }] },
        };
        m.artifacts = artifacts;
      },
      { [SCAN]: CLEAN, 'sys/evidence/giskard.json': GISKARD },
    );
  const onPullRequest = (base: Files, head: Files) => judged(pullRequest(base, head));
  const judged = (root: string) => {
    const report = runGate({ root, base: { ref: 'main', required: true }, now: new Date('2026-11-22T12:00:00Z') });
    const sha = git(root, 'rev-parse', 'HEAD').slice(0, 12);
    const failing = (rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status === 'fail').map((f) => [f.file, f.line, f.message]);
    return { sha, scan: failing('security/scan-fresh'), robustness: failing('robustness/result-fresh'), bias: failing('bias/report-fresh') };
  };

  // A file under another path is not one the scan lists: security/scan-covers-artifacts says so, not this.
  const NEW = "a sha256 the base's artifacts did not have";
  it.each([
    ['a new sha256 under the same path', [artifact('b'.repeat(64))], true, NEW],
    ['the file replaced under another path', [artifact('b'.repeat(64), 'model/scorer-v2.pt')], false, NEW],
    // From a review: taking the sha256 away hid the change.
    ['its sha256 taken away', [{ path: 'model/scorer.pt', date: '2026-10-27' }], true, "no sha256, where the base's artifact had one"],
  ])('fails the reports left unchanged when the model file has %s, at their citations', (_name, artifacts, scanned, how) => {
    const base = system([artifact('a'.repeat(64))]);
    const head = system(artifacts);
    const { sha, scan, robustness, bias } = onPullRequest(base, head);
    const manifest = head[MANIFEST] as string;
    const changed = artifacts[0]?.path;
    expect(bias).toEqual([[MANIFEST, lineOf(manifest, 'path: evidence/bias.json'), `sys/evidence/bias.json is the bias report the base commit ${sha} cited, unchanged, but ${changed} has ${how}: it evaluated the earlier model; rerun it on the model as shipped`]]);
    expect(scan).toEqual(!scanned ? [] : [[MANIFEST, lineOf(manifest, 'path: evidence/modelscan.json'), `sys/evidence/modelscan.json is the security scan the base commit ${sha} cited, unchanged, but ${changed} has ${how}: it scanned the earlier file; scan the model file that ships`]]);
    expect(robustness).toEqual([[MANIFEST, lineOf(manifest, 'path: evidence/giskard.json'), `sys/evidence/giskard.json is the result the base commit ${sha} cited, unchanged, but ${changed} has ${how}: it tested the earlier model; test the model that ships`]]);
  });

  // Red team: a pickle swapped in under the model's name passed, with no sha256 declared, or with
  // its new one declared for the first time; git says whether the file changed.
  describe('a model file the repository holds, changed under the same name', () => {
    const undeclared = [{ path: 'model/scorer.pt', date: '2026-10-27' }];
    const content = (text: string) => Buffer.from(`\x80\x04${text}`);
    const results = (before: Files, after: Files, artifacts: { before?: Array<Record<string, string>>; after?: Array<Record<string, string>> } = {}) => {
      const { sha, scan, robustness, bias } = onPullRequest({ ...system(artifacts.before ?? undeclared), ...before }, { ...system(artifacts.after ?? undeclared), ...after });
      return { sha, failures: [scan, robustness, bias].map((rule) => rule.map(([, , message]) => message)) };
    };
    const how = 'model/scorer.pt has changed since the base commit (git compares the file itself)';

    // Red team, again: the new file under a new path, the old one dropped; a link's target edited;
    // an attribute that makes git's checkout differ from the blob it compares.
    it.each([
      ['a new file under a new path', { 'sys/model/scorer.pt': content('model one') }, { 'sys/model2/scorer.pt': content('model two') }, { after: [{ path: 'model2/scorer.pt', date: '2026-10-27' }] }, 'model2/scorer.pt has taken the place of model/scorer.pt, which the base commit listed'],
      ['the file its link leads to edited', { 'sys/model/scorer.pt': { symlink: '../store/v1.pt' }, 'sys/store/v1.pt': content('model one') }, { 'sys/store/v1.pt': content('model two') }, {}, 'model/scorer.pt has changed since the base commit (sys/store/v1.pt, the file its link leads to)'],
      ['a .gitattributes added', { 'sys/model/scorer.pt': content('model one $Id$') }, { '.gitattributes': '*.pt ident\n' }, {}, 'model/scorer.pt has a .gitattributes changed since the base commit, which decides how git compares the file'],

    ])('fails the reports left unchanged when a file that ships has %s', (_name, before, after, artifacts, how) => {
      const { sha, failures } = results(before, after, artifacts);
      expect(failures[0]).toEqual([`sys/evidence/modelscan.json is the security scan the base commit ${sha} cited, unchanged, but ${how}: it scanned the earlier file; scan the model file that ships`]);
    });

    // Red team, again: a pickle beside the model, and the modeling code a config imports,
    // swapped; review: beside a listed file the scan skipped, and in a sentence-transformers
    // module's folder. A scan is stale for what it scanned; the other reports for any of them.
    const BESIDE = CLEAN.replace('"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}', '"scanned": {"total_scanned": 2, "scanned_files": ["pytorch_model.bin", "2_Dense/pytorch_model.bin"]}, "skipped": {"total_skipped": 1, "skipped_files": [{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "scorer.safetensors"}]}');
    const SKIPPED_MODEL = [{ path: 'model/scorer.safetensors', date: '2026-10-27' }];
    const MODULES = JSON.stringify([{ idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' }, { idx: 1, name: '1', path: '2_Dense', type: 'sentence_transformers.models.Dense' }]);
    it.each([
      ['a pickle beside it swapped', { 'sys/model/pytorch_model.bin': content('clean') }, { 'sys/model/pytorch_model.bin': content('swapped') }, 'model/pytorch_model.bin', true],
      ["a pickle in a sentence-transformers module's folder swapped", { 'sys/model/modules.json': MODULES, 'sys/model/2_Dense/config.json': '{}', 'sys/model/2_Dense/pytorch_model.bin': content('clean') }, { 'sys/model/2_Dense/pytorch_model.bin': content('swapped') }, 'model/2_Dense/pytorch_model.bin', true],
      ['Python a config imports added beside it', { 'sys/model/config.json': JSON.stringify({ auto_map: { AutoModel: 'modeling_scorer.M' } }) }, { 'sys/model/modeling_scorer.py': 'import os\n' }, 'model/modeling_scorer.py', false],
    ])('fails the reports left unchanged when %s', (_name, before, after, file, scanned) => {
      const results = (files: Files) => ({ ...withManifest((m) => {
        m.assurance = { security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan' }] }, robustness: { results: [{ path: 'evidence/giskard.json', format: 'giskard', date: '2026-10-30' }] } };
        m.artifacts = SKIPPED_MODEL;
      }, { [SCAN]: BESIDE, 'sys/evidence/giskard.json': GISKARD }), 'sys/model/scorer.safetensors': safetensors(), ...files });
      const { sha, scan, robustness, bias } = onPullRequest(results(before), results({ ...before, ...after }));
      const how = `${file} has changed since the base commit (it lies beside model/scorer.safetensors, which ships, and a loader reads it from that folder)`;
      expect([scan, robustness, bias].map((rule) => rule.map(([, , message]) => message))).toEqual([
        scanned ? [`sys/evidence/modelscan.json is the security scan the base commit ${sha} cited, unchanged, but ${how}: it scanned the earlier file; scan the model file that ships`] : [],
        [`sys/evidence/giskard.json is the result the base commit ${sha} cited, unchanged, but ${how}: it tested the earlier model; test the model that ships`],
        [`sys/evidence/bias.json is the bias report the base commit ${sha} cited, unchanged, but ${how}: it evaluated the earlier model; rerun it on the model as shipped`],
      ]);
    });

    // From a review: false failures of the first version.
    it.each([
      ['a file moved to a new path with the same bytes', { 'sys/model/scorer.pt': content('model one') }, { 'sys/model2/scorer.pt': content('model one') }, { after: [{ path: 'model2/scorer.pt', date: '2026-10-27' }] }],
      [
        'two files moved with their bytes',
        { 'sys/model/a.pt': content('one'), 'sys/model/b.pt': content('two') },
        { 'sys/model2/a.pt': content('one'), 'sys/model2/b.pt': content('two') },
        { before: [{ path: 'model/a.pt', date: '2026-10-27' }, { path: 'model/b.pt', date: '2026-10-27' }], after: [{ path: 'model2/a.pt', date: '2026-10-27' }, { path: 'model2/b.pt', date: '2026-10-27' }] },
      ],
      [
        'a file the base held unchanged listed in place of one dropped',
        { 'sys/model/scorer.pt': content('model one'), 'sys/model/tokenizer.pt': content('tokens') },
        {},
        { after: [{ path: 'model/tokenizer.pt', date: '2026-10-27' }] },
      ],
      ['a .gitattributes changed in another folder', { 'sys/model/scorer.pt': content('model one') }, { 'docs/.gitattributes': '*.md linguist-documentation\n' }, {}],
      ['a README beside it edited', { 'sys/model/scorer.pt': content('model one'), 'sys/model/README.md': 'one\n' }, { 'sys/model/README.md': 'two\n' }, {}],
      // Third red team: a line for other files added to a .gitattributes above the model.
      ['a .gitattributes above it given a line for other files', { '.gitattributes': '*.md text\n', 'sys/model/scorer.pt': content('model one') }, { '.gitattributes': '*.md text\n*.parquet filter=lfs diff=lfs merge=lfs -text\n' }, {}],
    ])('passes %s', (_name, before, after, artifacts) => {
      expect(results(before, after, artifacts).failures).toEqual([[], [], []]);
    });

    it.each([
      ['other content, no sha256 declared', { 'sys/model/scorer.pt': content('model one') }, { 'sys/model/scorer.pt': content('model two') }, {}],
      ['content of the same size', { 'sys/model/scorer.pt': content('model one') }, { 'sys/model/scorer.pt': content('model 1!!') }, {}],
      ['its new sha256 declared for the first time', { 'sys/model/scorer.pt': content('model one') }, { 'sys/model/scorer.pt': content('model two') }, { after: [artifact(createHash('sha256').update(content('model two')).digest('hex'))] }],
      ['a link retargeted', { 'sys/model/scorer.pt': { symlink: 'one.pt' }, 'sys/model/one.pt': content('one'), 'sys/model/two.pt': content('two') }, { 'sys/model/scorer.pt': { symlink: 'two.pt' } }, {}],
    ])('fails the reports left unchanged when the file has %s', (_name, before, after, artifacts) => {
      const { sha, failures } = results(before, after, artifacts);
      expect(failures).toEqual([
        [`sys/evidence/modelscan.json is the security scan the base commit ${sha} cited, unchanged, but ${how}: it scanned the earlier file; scan the model file that ships`],
        [`sys/evidence/giskard.json is the result the base commit ${sha} cited, unchanged, but ${how}: it tested the earlier model; test the model that ships`],
        [`sys/evidence/bias.json is the bias report the base commit ${sha} cited, unchanged, but ${how}: it evaluated the earlier model; rerun it on the model as shipped`],
      ]);
    });

    // Red team: the model in a submodule, its commit moved to a pickle; and the submodule's
    // `ignore = all` in .gitmodules, which hides it from a plain git diff.
    // Red team, again: the model reached through a link, to the submodule's folder or to its file.
    const LINKED = 'sys/vendor/scorer.pt, the file its link leads to, lies under sys/vendor, which git says changed';
    it.each<[string, string, Files, boolean, string]>([
      ['the submodule is the model folder', 'sys/model', {}, false, 'it lies under sys/model, which git says changed'],
      ['the same, with ignore = all', 'sys/model', {}, true, 'it lies under sys/model, which git says changed'],
      ['a link to the submodule is the model folder', 'sys/vendor', { 'sys/model': { symlink: 'vendor' } }, false, LINKED],
      ['the model file is a link into the submodule', 'sys/vendor', { 'sys/model/scorer.pt': { symlink: '../vendor/scorer.pt' } }, false, LINKED],
    ])('fails the reports left unchanged when %s and it moved', (_name, at, links, ignored, why) => {
      const sub = gitRepo({ 'scorer.pt': content('model one') });
      const root = makeRepo({ ...system(undeclared), ...links });
      git(root, 'init', '-q', '-b', 'main');
      git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.root, at);
      commitAll(root);
      writeFiles(root, { [`${at}/scorer.pt`]: content('model two') });
      git(`${root}/${at}`, 'commit', '-q', '-am', 'swapped');
      if (ignored) git(root, 'config', '-f', '.gitmodules', `submodule.${at}.ignore`, 'all');
      const { sha, scan, robustness, bias } = judged(root);
      const how = `model/scorer.pt has changed since the base commit (${why})`;
      expect([scan, robustness, bias].map((rule) => rule.map(([, , message]) => message))).toEqual([
        [`sys/evidence/modelscan.json is the security scan the base commit ${sha} cited, unchanged, but ${how}: it scanned the earlier file; scan the model file that ships`],
        [`sys/evidence/giskard.json is the result the base commit ${sha} cited, unchanged, but ${how}: it tested the earlier model; test the model that ships`],
        [`sys/evidence/bias.json is the bias report the base commit ${sha} cited, unchanged, but ${how}: it evaluated the earlier model; rerun it on the model as shipped`],
      ]);
    });

    // Third red team: a bump that changed only the submodule's README made its model file
    // changed. Git in the submodule now says which files its commit moved changed, and a file
    // beside the listed one counts (a pickle swapped there); where it cannot say (the earlier
    // commit is gone from the submodule's checkout), the file is taken as changed.
    const bumped = (change: Files, rewrite = false) => {
      const sub = gitRepo({ 'scorer.pt': content('model one'), 'pytorch_model.bin': content('extra one'), 'README.md': 'one\n' });
      const root = makeRepo(system(undeclared));
      git(root, 'init', '-q', '-b', 'main');
      git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.root, 'sys/model');
      commitAll(root);
      const inside = `${root}/sys/model`;
      writeFiles(root, Object.fromEntries(Object.entries(change).map(([file, text]) => [`sys/model/${file}`, text])));
      if (rewrite) {
        git(inside, 'checkout', '-q', '--orphan', 'fresh');
        git(inside, 'commit', '-q', '-am', 'history rewritten');
        git(inside, 'branch', '-D', 'main');
        git(inside, 'remote', 'remove', 'origin');
        git(inside, 'reflog', 'expire', '--expire=now', '--all');
        git(inside, 'gc', '-q', '--prune=now');
      } else git(inside, 'commit', '-q', '-am', 'bumped');
      return judged(root);
    };
    // Review: a pull request put, where the submodule was, a link to a folder it commits laid out
    // as a git directory (its config naming a filter command, worktree = .), and git ran the
    // command while comparing; and a submodule bump that only added `ident` for the model passed.
    it('runs no git of the pull request\'s making in place of a submodule, and takes the model as changed', () => {
      const marker = path.join(tempDir('modelgate-pwned-'), 'ran');
      const sub = gitRepo({ 'scorer.pt': content('model one') });
      const root = makeRepo(system(undeclared));
      git(root, 'init', '-q', '-b', 'main');
      git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.root, 'sys/model');
      commitAll(root);
      const modules = `${root}/.git/modules/sys/model`;
      const evil = `${root}/evil`;
      fs.mkdirSync(evil);
      fs.cpSync(`${modules}/objects`, `${evil}/objects`, { recursive: true });
      fs.cpSync(`${modules}/index`, `${evil}/index`);
      fs.mkdirSync(`${evil}/refs/heads`, { recursive: true });
      fs.writeFileSync(`${evil}/refs/heads/main`, `${git(`${root}/sys/model`, 'rev-parse', 'HEAD')}\n`);
      fs.writeFileSync(`${evil}/HEAD`, 'ref: refs/heads/main\n');
      fs.writeFileSync(`${evil}/config`, `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n[filter "x"]\n\tclean = "sh -c 'touch ${marker}; cat'"\n`);
      fs.writeFileSync(`${evil}/.gitattributes`, 'scorer.pt filter=x\n');
      fs.writeFileSync(`${evil}/scorer.pt`, content('model two'));
      git(root, 'rm', '-q', '--cached', 'sys/model');
      fs.rmSync(`${root}/sys/model`, { recursive: true, force: true });
      fs.symlinkSync('../evil', `${root}/sys/model`);
      const { robustness } = judged(root);
      expect(fs.existsSync(marker)).toBe(false);
      expect(robustness.map(([, , message]) => message)).toEqual([expect.stringContaining('model/scorer.pt has changed since the base commit')]);
    });

    it('fails the reports when a submodule holding the model moved with only a .gitattributes line for it', () => {
      const sub = gitRepo({ 'scorer.pt': 'weights $Id$ end\n' });
      const root = makeRepo(system(undeclared));
      git(root, 'init', '-q', '-b', 'main');
      git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.root, 'sys/model');
      commitAll(root);
      const inside = `${root}/sys/model`;
      writeFiles(root, { 'sys/model/.gitattributes': 'scorer.pt ident\n' });
      git(inside, 'add', '.gitattributes');
      git(inside, 'commit', '-q', '-m', 'ident');
      fs.rmSync(`${inside}/scorer.pt`);
      git(inside, 'checkout', '--', 'scorer.pt');
      const { robustness } = judged(root);
      expect(robustness.map(([, , message]) => message)).toEqual([expect.stringContaining('model/scorer.pt has changed since the base commit (it lies under sys/model, which git says changed)')]);
    });

    it('passes the reports when a submodule holding the model moved with only its README changed', () => {
      const { scan, robustness, bias } = bumped({ 'README.md': 'two\n' });
      expect([scan, robustness, bias]).toEqual([[], [], []]);
    });

    it.each([
      ['a pickle beside the listed file swapped', { 'pytorch_model.bin': content('extra two') }, false, 'model/pytorch_model.bin has changed since the base commit (it lies beside model/scorer.pt, which ships, and a loader reads it from that folder)'],
      ["the submodule's history rewritten, so git cannot say what changed", { 'README.md': 'two\n' }, true, 'model/scorer.pt has changed since the base commit (it lies under sys/model, which git says changed)'],
    ])('fails the reports when a submodule holding the model moved with %s', (_name, change, rewrite, how) => {
      const { sha, robustness, bias } = bumped(change as Files, rewrite as boolean);
      expect([robustness, bias].map((rule) => rule.map(([, , message]) => message))).toEqual([
        [`sys/evidence/giskard.json is the result the base commit ${sha} cited, unchanged, but ${how}: it tested the earlier model; test the model that ships`],
        [`sys/evidence/bias.json is the bias report the base commit ${sha} cited, unchanged, but ${how}: it evaluated the earlier model; rerun it on the model as shipped`],
      ]);
    });

    it.each([
      ['the same content', { 'sys/model/scorer.pt': content('model one') }, { 'sys/model/scorer.pt': content('model one') }],
      ['only the line endings git converts', { '.gitattributes': '*.pt text eol=crlf\n', 'sys/model/scorer.pt': 'model one\n' }, { 'sys/model/scorer.pt': 'model one\r\n' }],
      ['a file the base did not hold', {}, { 'sys/model/scorer.pt': content('model one') }],
    ])('passes with %s', (_name, before, after) => {
      expect(results(before, after).failures).toEqual([[], [], []]);
    });
  });

  // Red team: the base's report dumped again with its keys sorted passed as a new one.
  it('fails a report that is the base one written again, its keys sorted', () => {
    const base = system([artifact('a'.repeat(64))]);
    const sortedKeys = (value: unknown): unknown => (Array.isArray(value) ? value.map(sortedKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? 1 : -1)).map(([k, v]) => [k, sortedKeys(v)])) : value);
    const head = { ...system([artifact('b'.repeat(64))]), [SCAN]: JSON.stringify(sortedKeys(JSON.parse(CLEAN)), null, 4) };
    const { sha, scan } = onPullRequest(base, head);
    expect(scan.map(([, , message]) => message)).toEqual([`sys/evidence/modelscan.json is the security scan the base commit ${sha} cited, unchanged, but model/scorer.pt has a sha256 the base's artifacts did not have: it scanned the earlier file; scan the model file that ships`]);
  });

  // Red team: the unchanged reports moved to new paths, the citations following them.
  it('fails the reports moved unchanged to another path, naming where the base cited them', () => {
    const base = system([artifact('a'.repeat(64))]);
    const head = withManifest(
      (m) => {
        m.assurance = {
          security: { scans: [{ path: 'evidence/v2/modelscan.json', format: 'modelscan' }] },
          robustness: { results: [{ path: 'evidence/v2/giskard.json', format: 'giskard', date: '2026-10-30' }] },
        };
        m.bias.reports = [{ path: 'evidence/v2/bias.json', format: 'modelgate' }];
        m.artifacts = [artifact('b'.repeat(64))];
      },
      { 'sys/evidence/v2/modelscan.json': CLEAN, 'sys/evidence/v2/giskard.json': GISKARD },
    );
    head['sys/evidence/v2/bias.json'] = head['sys/evidence/bias.json'] as string;
    const { sha, scan, robustness, bias } = onPullRequest(base, head);
    const manifest = head[MANIFEST] as string;
    const how = "model/scorer.pt has a sha256 the base's artifacts did not have";
    expect(scan).toEqual([[MANIFEST, lineOf(manifest, 'path: evidence/v2/modelscan.json'), `sys/evidence/v2/modelscan.json is the security scan the base commit ${sha} cited as evidence/modelscan.json, unchanged, but ${how}: it scanned the earlier file; scan the model file that ships`]]);
    expect(robustness).toEqual([[MANIFEST, lineOf(manifest, 'path: evidence/v2/giskard.json'), `sys/evidence/v2/giskard.json is the result the base commit ${sha} cited as evidence/giskard.json, unchanged, but ${how}: it tested the earlier model; test the model that ships`]]);
    expect(bias).toEqual([[MANIFEST, lineOf(manifest, 'path: evidence/v2/bias.json'), `sys/evidence/v2/bias.json is the bias report the base commit ${sha} cited as evidence/bias.json, unchanged, but ${how}: it evaluated the earlier model; rerun it on the model as shipped`]]);
  });

  it.each([
    ['the model file unchanged', [artifact('a'.repeat(64))], [artifact('a'.repeat(64))], {}],
    ['a sha256 declared for the first time', [{ path: 'model/scorer.pt', date: '2026-10-27' }], [artifact('a'.repeat(64))], {}],
    ['a second file listed beside the first', [artifact('a'.repeat(64))], [artifact('a'.repeat(64)), artifact('c'.repeat(64), 'model/tokenizer.json')], {}],
    ['a new model file scanned anew', [artifact('a'.repeat(64))], [artifact('b'.repeat(64))], { [SCAN]: CLEAN.replace('2026-10-29T09:14:03.512877', '2026-11-02T09:14:03.512877'), 'sys/evidence/giskard.json': GISKARD.replace('{', '{\n  "rerun": true,'), 'sys/evidence/bias.json': BIAS_RERUN }],
  ])('passes with %s', (_name, before, after, rerun) => {
    const { scan, robustness, bias } = onPullRequest(system(before), { ...system(after), ...rerun });
    expect([scan, robustness, bias]).toEqual([[], [], []]);
  });
});

// modelscan has no scanner for safetensors or ONNX: it lists them as skipped. A report that
// claims to have scanned one was not written by modelscan (red team: the credit-scoring example's
// own report did), and a model shipped only in such formats is covered by a scan that saw it.
describe('model formats that run no code when loaded (safetensors, ONNX)', () => {
  const SKIPPED_ONLY = CLEAN.replace('"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}', '"scanned": {"total_scanned": 0, "scanned_files": []}, "skipped": {"total_skipped": 2, "skipped_files": [{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "scorer.safetensors"}, {"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "graph.ONNX"}]}');
  const SHIPPED = [{ path: 'model/scorer.safetensors', date: '2026-10-27' }, { path: 'model/graph.ONNX', date: '2026-10-27' }];

  it('a modelscan report listing a safetensors file as scanned contradicts itself, at that file', () => {
    const scan = CLEAN.replace('"scanned_files": ["scorer.pt"]', '"scanned_files": ["scorer.safetensors"]');
    const files = withScan(scan, [{ path: 'model/scorer.safetensors', date: '2026-10-27' }]);
    expect(failuresOf(check(files), 'security/scan-readable')).toEqual([
      { file: SCAN, line: 1, message: 'sys/evidence/modelscan.json lists "scorer.safetensors" as scanned, but modelscan has no scanner for .safetensors files: it lists them as skipped (SCAN_NOT_SUPPORTED), so this report was not written by modelscan as it is' },
    ]);
  });

  it.each(['security/scan-readable', 'security/scan-clean', 'security/scan-covers-artifacts'])('%s passes a scan that saw every shipped file and skipped it as such a format', (rule) => {
    expect(resultsOf(check(withScan(SKIPPED_ONLY, SHIPPED)), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(['security/scan-clean', 'security/scan-covers-artifacts'])('%s passes such files in the repository when they are those formats', (rule) => {
    const files: Files = { ...withScan(SKIPPED_ONLY, SHIPPED), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/graph.ONNX': onnx() };
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  // Red team: the scanners know formats by extension, so a pickle renamed .safetensors is
  // skipped, and torch.load still runs it.
  it.each([
    ['a pickle', PICKLE, 'begins as a pickle does'],
    ['a ZIP archive', ZIP, 'begins as a ZIP archive does (PyTorch saves its pickled checkpoints as one)'],
    ['text', Buffer.from('not a model at all, but long enough to read a header length from\n'), "does not hold what a safetensors file does: its first 8 bytes, read as the header's length, run past the file's end"],
  ])('a .safetensors file in the repository that is %s is not exempt: scan it', (_name, bytes, why) => {
    const files: Files = { ...withScan(SKIPPED_ONLY, SHIPPED), 'sys/model/scorer.safetensors': bytes, 'sys/model/graph.ONNX': onnx() };
    const report = check(files);
    expect(failuresOf(report, 'security/scan-covers-artifacts')).toEqual([
      {
        file: MANIFEST,
        line: lineOf(files[MANIFEST] as string, 'path: model/scorer.safetensors'),
        message: `model/scorer.safetensors ships but the security scan skipped it (Model Scan did not scan file); it is named as safetensors, which runs no code when loaded, but it ${why}: scan it as what it is`,
      },
    ]);
    expect(failuresOf(report, 'security/scan-clean').map((f) => f.message)).toEqual([expect.stringMatching(/^modelscan scanned 0 files, so it is no evidence that the model files were scanned/)]);
  });

  // Red team: a sharded model's index is JSON, which no scanner reads; a false failure before.
  it.each(['security/scan-clean', 'security/scan-covers-artifacts'])('%s passes a sharded safetensors model and its index, all skipped', (rule) => {
    const skipped = (file: string) => `{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "${file}"}`;
    const scan = CLEAN.replace('"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}', `"scanned": {"total_scanned": 0, "scanned_files": []}, "skipped": {"total_skipped": 3, "skipped_files": [${['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors', 'model.safetensors.index.json'].map(skipped).join(', ')}]}`);
    const shards = ['model/model-00001-of-00002.safetensors', 'model/model-00002-of-00002.safetensors', 'model/model.safetensors.index.json'].map((path) => ({ path, date: '2026-10-27' }));
    const files: Files = {
      ...withScan(scan, shards),
      'sys/model/model-00001-of-00002.safetensors': safetensors(),
      'sys/model/model-00002-of-00002.safetensors': safetensors(),
      'sys/model/model.safetensors.index.json': JSON.stringify({ metadata: { total_size: 16 }, weight_map: { w: 'model-00001-of-00002.safetensors', v: 'model-00002-of-00002.safetensors' } }),
    };
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  // Third red team: modelscan lists the files it skips only with --show-skipped; a file modelgate
  // read and found to be its format needs no scanner's word.
  it.each(['security/scan-clean', 'security/scan-covers-artifacts'])('%s passes such files in the repository that a scan run without --show-skipped does not list', (rule) => {
    const scan = CLEAN.replace('"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}', '"scanned": {"total_scanned": 0, "scanned_files": []}');
    const files: Files = { ...withScan(scan, SHIPPED), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/graph.ONNX': onnx() };
    expect(failuresOf(check(files), rule)).toEqual([]);
  });

  // Third red team: a team that lists every file that ships, configs and tokenizer included, was
  // asked to scan its JSON and text, which no model scanner reads and no loader runs.
  describe("a model's configs and tokenizer listed in artifacts", () => {
    const DATA = ['model/config.json', 'model/tokenizer.json', 'model/vocab.txt', 'model/tokenizer.model'].map((path) => ({ path, date: '2026-10-27' }));
    const SCAN_MODEL = SKIPPED_ONLY.replace('"total_skipped": 2', '"total_skipped": 1').replace(/, \{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "graph.ONNX"\}/, '');
    const repo = (more: Files = {}): Files => ({
      ...withScan(SCAN_MODEL, [{ path: 'model/scorer.safetensors', date: '2026-10-27' }, ...DATA]),
      'sys/model/scorer.safetensors': safetensors(),
      'sys/model/config.json': JSON.stringify({ model_type: 'bert', architectures: ['BertForSequenceClassification'] }),
      'sys/model/tokenizer.json': JSON.stringify({ version: '1.0', model: { type: 'WordPiece', vocab: { '[PAD]': 0, '[UNK]': 1 } } }),
      'sys/model/vocab.txt': '[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\n',
      'sys/model/tokenizer.model': SENTENCEPIECE,
      ...more,
    });

    it.each(['security/scan-clean', 'security/scan-covers-artifacts'])('%s passes them when modelgate reads them as JSON and text, unlisted by the scan', (rule) => {
      expect(failuresOf(check(repo()), rule)).toEqual([]);
      expect(resultsOf(check(repo()), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
    });

    it.each([
      ['config.json', 'a pickle', PICKLE, 'begins as a pickle does', 'JSON'],
      ['tokenizer.json', "JSON with jsonpickle's tags", JSON.stringify({ model: { 'py/reduce': [{ 'py/function': 'os.system' }, { 'py/tuple': ['id'] }] } }), 'does not hold what a plain JSON file does: it holds jsonpickle\'s tag "py/reduce", which jsonpickle.decode turns into objects and calls as a pickle does', 'JSON'],
      ['config.json', 'not JSON', '{"model_type": "bert",', 'does not hold what a plain JSON file does: it is not JSON', 'JSON'],
      ['vocab.txt', 'a protocol-0 pickle, which is text', Buffer.from("cos\nsystem\n(S'id'\ntR."), 'reads as a pickle that imports a name to call (at byte 0, read opcode by opcode from its first byte)', 'text'],
      ['vocab.txt', 'binary', Buffer.from([0x5b, 0x50, 0x41, 0x44, 0x5d, 0x00, 0x01]), 'does not hold what a text file does: it holds a NUL byte, which text does not', 'text'],
      // Review: a Keras architecture with a Lambda layer, whose bytecode model_from_json runs.
      ['config.json', 'a Keras architecture with a Lambda layer', JSON.stringify({ class_name: 'Sequential', config: { layers: [{ class_name: 'Lambda', config: { function: ['4wEAAAAA', null, null], function_type: 'lambda' } }] } }), 'does not hold what a plain JSON file does: it holds a Keras Lambda layer or function, whose code model_from_json runs', 'JSON'],
      // Review: Keras 3 imports the module an object names (CVE-2025-1550).
      ['config.json', 'a Keras 3 object from another module', JSON.stringify({ module: 'keras.layers', class_name: 'Dense', config: { activation: { module: 'os', class_name: 'function', config: 'system' } } }), 'does not hold what a plain JSON file does: it names a Keras object from the module "os", which deserializing it imports', 'JSON'],
    ])('security/scan-covers-artifacts fails %s that is %s', (file, _name, content, why, format) => {
      const files = repo({ [`sys/model/${file}`]: content });
      expect(failuresOf(check(files), 'security/scan-covers-artifacts')).toEqual([
        { file: MANIFEST, line: lineOf(files[MANIFEST] as string, `path: model/${file}`), message: `model/${file} ships but no cited security scan scanned it; it is named as ${format}, which runs no code when loaded, but it ${why}: scan it as what it is` },
      ]);
    });

    // Review: a .json or .txt is no exception by its name alone (a registry's, or a Git LFS
    // pointer's), nor one named otherwise than a model's configs and tokenizer are.
    it.each([
      ['held by a registry', (files: Files) => ({ ...files, 'sys/ai-system.yaml': (files['sys/ai-system.yaml'] as string).replace('path: model/config.json', 'path: s3://models/config.json') }), 's3://models/config.json'],
      ['a Git LFS pointer', (files: Files) => ({ ...files, 'sys/model/config.json': LFS_POINTER }), 'model/config.json'],
      ['named otherwise (arch.json)', (files: Files) => ({ ...files, 'sys/ai-system.yaml': (files['sys/ai-system.yaml'] as string).replace('path: model/config.json', 'path: model/arch.json'), 'sys/model/arch.json': '{}' }), 'model/arch.json'],
    ])('security/scan-covers-artifacts asks for a scan of a config %s', (_name, edit, path) => {
      const files = edit(repo());
      expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([`${path} ships but no cited security scan scanned it`]);
    });

    // gensim saves its models as pickles named .model: only a SentencePiece model runs no code.
    it.each([
      ['a pickle', PICKLE],
      ['a protobuf with fields a SentencePiece model does not have', Buffer.from([0x0a, 0x01, 0x41, 0x38, 0x01])],
      ['a SentencePiece model cut short', SENTENCEPIECE.subarray(0, SENTENCEPIECE.length - 1)],
      // Fifth red team: a tar whose first member's name reads as a protobuf field to the file's end.
      ['a tar laid out to read as a SentencePiece model', (() => {
        const size = 512 + 512 + 1024;
        const length = size - 3;
        return tar(`\n${String.fromCharCode((length & 0x7f) | 0x80, length >> 7)}pad`);
      })()],
    ])('security/scan-covers-artifacts fails a tokenizer.model that is %s', (_name, content) => {
      expect(failuresOf(check(repo({ 'sys/model/tokenizer.model': content })), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual(['model/tokenizer.model ships but no cited security scan scanned it']);
    });
  });

  it.each(['security/scan-clean', 'security/scan-covers-artifacts'])('%s passes a Git LFS pointer in place of such a file, known by its name as registry weights are', (rule) => {
    const files: Files = { ...withScan(SKIPPED_ONLY, SHIPPED), 'sys/model/scorer.safetensors': LFS_POINTER, 'sys/model/graph.ONNX': LFS_POINTER };
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  // From a review: an absolute path (the path the scanner saw) or a URI names no file of the
  // repository, and is known by its name, as before the structure check.
  it.each(['/models/scorer.safetensors', 'C:/models/scorer.safetensors', 'hf://acme/scorer/scorer.safetensors'])('security/scan-covers-artifacts takes %s, no file of the repository, by its name', (file) => {
    const files = withScan(SKIPPED_ONLY, [{ path: file, date: '2026-10-27' }, { path: 'model/graph.ONNX', date: '2026-10-27' }]);
    expect(resultsOf(check(files), 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  // Red team: an honest scan of decoy/scorer.pt covered model/scorer.pt, by its name.
  describe('the folder a modelscan report says it scanned (absolute_path)', () => {
    const SHIPPED_PT = [{ path: 'model/scorer.pt', date: '2026-10-27' }];
    const scanOf = (folder: string) => CLEAN.replace('"absolute_path": "/home/runner/work/scorer/scorer/model"', `"absolute_path": ${JSON.stringify(folder)}`);
    it.each([
      ['the model folder on the runner', '/home/runner/work/scorer/scorer/sys/model', { 'sys/model/scorer.pt': PICKLE }],
      ['the model folder, written on Windows', 'C:\\runner\\work\\scorer\\sys\\model', { 'sys/model/scorer.pt': PICKLE }],
      ['the system folder, scanned whole', '/home/runner/work/scorer/scorer/sys', { 'sys/model/scorer.pt': PICKLE }],
      ['another folder, for weights the repository does not hold (scanned where they were fetched to)', '/tmp/downloaded', {}],
    ])('covers an artifact when it is %s', (_name, folder, more) => {
      const scan = folder.endsWith('sys') ? scanOf(folder).replace('["scorer.pt"]', '["model/scorer.pt"]') : scanOf(folder);
      expect(resultsOf(check({ ...withScan(scan, SHIPPED_PT), ...more }), 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });

    // From a review: honest scans the first version took for another folder's.
    it.each([
      ['an artifact outside the system folder, scanned from the root', '../shared/scorer.pt', '/home/runner/work/scorer/scorer', 'shared/scorer.pt', { 'shared/scorer.pt': PICKLE }],
      ['a model folder that is a link, resolved by the scanner', 'model/scorer.pt', '/home/runner/work/scorer/scorer/sys/model-v3', 'scorer.pt', { 'sys/model': { symlink: 'model-v3' }, 'sys/model-v3/scorer.pt': PICKLE }],
      ['a folder given in another case on Windows', 'model/scorer.pt', 'C:\\runner\\work\\scorer\\sys\\Model', 'scorer.pt', { 'sys/model/scorer.pt': PICKLE }],
      ['a folder given in another case on macOS', 'model/scorer.pt', '/Users/dev/scorer/sys/Model', 'scorer.pt', { 'sys/model/scorer.pt': PICKLE }],
    ])('covers %s', (_name, artifact, folder, listed, more) => {
      const scan = scanOf(folder).replace('["scorer.pt"]', JSON.stringify([listed]));
      expect(resultsOf(check({ ...withScan(scan, [{ path: artifact, date: '2026-10-27' }]), ...(more as Files) }), 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });

    // Red team, again: files beside the model, covered by a decoy scan by their names; and a scan
    // that says nothing of its folder vouching for one that names a decoy.
    it('does not take a decoy scan for the files beside the model', () => {
      const files: Files = { ...withScan(scanOf('/tmp/decoy').replace('"scorer.pt"', '"pytorch_model.bin"'), [{ path: 'model/scorer.safetensors', date: '2026-10-27' }]), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/pytorch_model.bin': PICKLE };
      expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        'model/pytorch_model.bin lies in the folder of model/scorer.safetensors, which ships, and a .bin file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out',
      ]);
    });

    it('does not let a scan that names no folder vouch for one that names a decoy', () => {
      const own = JSON.stringify({ schema: 'modelgate/security-scan@1', tool: 'in-house 1.0', scannedAt: '2026-10-29T09:00:00Z', scanned: ['scorer.pt'], issues: [] });
      const files: Files = {
        ...withManifest(
          (m) => {
            m.assurance = { security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan' }, { path: 'evidence/own.json', format: 'modelgate' }] } };
            m.artifacts = SHIPPED_PT;
          },
          { [SCAN]: scanOf('/tmp/decoy'), 'sys/evidence/own.json': own },
        ),
        'sys/model/scorer.pt': PICKLE,
      };
      expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        'model/scorer.pt ships, and the security scan lists "scorer.pt", but in "/tmp/decoy" (the folder its paths are relative to), which is not the folder of model/scorer.pt: it scanned another copy; scan the folder the model ships from',
      ]);
    });

    // Red team: `modelscan -p .` names a linked model folder's file by its real folder.
    it('covers an artifact in a linked folder that a scan names by its real folder', () => {
      const scan = scanOf('/home/runner/work/scorer/scorer/sys').replace('["scorer.pt"]', '["real/scorer.pt"]');
      const files: Files = { ...withScan(scan, SHIPPED_PT), 'sys/model': { symlink: 'real' }, 'sys/real/scorer.pt': PICKLE };
      expect(resultsOf(check(files), 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });

    // Without absolute_path (before modelscan 0.5, or written by hand), the path it was given.
    const givenOnly = (given: string) => CLEAN.replace('"input_path": "model", "absolute_path": "/home/runner/work/scorer/scorer/model"', `"input_path": ${JSON.stringify(given)}`).replace('"0.8.6"', '"0.5.0"');
    it.each(['model', 'model/scorer.pt', '.', 'sys/model/'])('covers an artifact when the report gives only input_path %s (modelscan 0.5.0, which wrote no absolute_path)', (given) => {
      const report = check({ ...withScan(givenOnly(given), SHIPPED_PT), 'sys/model/scorer.pt': PICKLE });
      expect(resultsOf(report, 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
      expect(failuresOf(report, 'security/scan-readable')).toEqual([]);
    });

    it.each([
      ['absolute_path', scanOf('/home/runner/work/scorer/scorer/decoy'), '/home/runner/work/scorer/scorer/decoy'],
      ['only input_path', givenOnly('decoy'), 'decoy'],
      ['only input_path, a file', givenOnly('decoy/scorer.pt'), 'decoy/scorer.pt'],
    ])('does not cover an artifact the repository holds when %s is another folder', (_name, scan, folder) => {
      const files: Files = { ...withScan(scan, SHIPPED_PT), 'sys/model/scorer.pt': PICKLE };
      expect(failuresOf(check(files), 'security/scan-covers-artifacts')).toEqual([
        {
          file: MANIFEST,
          line: lineOf(files[MANIFEST] as string, 'path: model/scorer.pt'),
          message: `model/scorer.pt ships, and the security scan lists "scorer.pt", but in "${folder}" (the folder its paths are relative to), which is not the folder of model/scorer.pt: it scanned another copy; scan the folder the model ships from`,
        },
      ]);
    });
  });

  // Red team: a pickle in a submodule the gate's checkout did not fetch passed, known by its name.
  // In any format (review: a pickle scanned by name passed where only code-free names were read).
  const SCANNED_PKL = CLEAN.replace('"scorer.pt"', '"scorer.pkl"');
  it.each([
    ['safetensors and ONNX files the scan skipped', SKIPPED_ONLY, SHIPPED],
    ['a pickle the scan lists by name', SCANNED_PKL, [{ path: 'model/scorer.pkl', date: '2026-10-27' }]],
  ])('security/scan-covers-artifacts does not take %s in a submodule left out of the checkout by their names', (_name, scan, artifacts) => {
    const files: Files = { ...withScan(scan, artifacts), '.gitmodules': '[submodule "weights"]\n\tpath = ./sys/model/\n\turl = https://example.com/weights.git\n', 'sys/model/.keep': '' };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual(
      artifacts.map(({ path }) => `${path} ships, but modelgate cannot read it to check it: sys/${path} lies in the submodule sys/model, which this checkout did not fetch; check out with submodules: true for modelgate to read it`),
    );
  });

  // New user: scan-clean asked for a scan of 0 files to have scanned a safetensors file the
  // checkout did not fetch; scan-covers-artifacts says why it cannot be read.
  it('security/scan-clean leaves the files of a submodule left out of the checkout to scan-covers-artifacts', () => {
    const scan = CLEAN.replace('"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}', '"scanned": {"total_scanned": 0, "scanned_files": []}');
    const files: Files = { ...withScan(scan, SHIPPED), '.gitmodules': '[submodule "weights"]\n\tpath = sys/model\n\turl = https://example.com/weights.git\n', 'sys/model/.keep': '' };
    expect(failuresOf(check(files), 'security/scan-clean')).toEqual([]);
    expect(failuresOf(check(files), 'security/scan-covers-artifacts')).toHaveLength(2);
  });

  // Red team: the checkout's own pickle, named by a file: URI or by an absolute path into the
  // checkout, went unread, as if a registry held it.
  it.each([
    ['a file: URI', () => 'file:model/scorer.safetensors', 'begins as a pickle does'],
    ['a file: URI whose host is a folder', () => 'file://model/scorer.safetensors', 'begins as a pickle does'],
    ['an fsspec chain', () => 'simplecache::model/scorer.safetensors', 'begins as a pickle does'],
  ])('security/scan-covers-artifacts reads the file %s names', (_name, written, why) => {
    const files: Files = { ...withScan(SKIPPED_ONLY, [{ path: written(), date: '2026-10-27' }]), 'sys/model/scorer.safetensors': PICKLE };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([`${written()} ships but the security scan skipped it (Model Scan did not scan file); it is named as safetensors, which runs no code when loaded, but it ${why}: scan it as what it is`]);
  });

  it.each([
    ['an absolute path into the checkout', (root: string, file: string) => `${root}/sys/model/${file}`],
    ['a file: URI of one', (root: string, file: string) => `file://localhost${root}/sys/model/${file}`],
  ])('security/scan-covers-artifacts does not take a file that %s names by its name, whatever its format', (_name, written) => {
    for (const [file, scan] of [['scorer.safetensors', SKIPPED_ONLY], ['scorer.pkl', SCANNED_PKL]] as const) {
      const files: Files = { ...withScan(scan, [{ path: 'ARTIFACT', date: '2026-10-27' }]), [`sys/model/${file}`]: PICKLE };
      const root = makeRepo(files);
      const path = written(root, file);
      fs.writeFileSync(`${root}/${MANIFEST}`, (files[MANIFEST] as string).replace('ARTIFACT', path));
      // (A pickle named .safetensors in the folder is also told apart, unlisted as the manifest writes paths.)
      expect(failuresOf(runGate({ root, policyBaseDir: root }), 'security/scan-covers-artifacts').map((f) => f.message)).toContain(
        `${path} ships, but modelgate cannot read it to check it: "${path}" is an absolute path into this repository; cite the file relative to the manifest, for modelgate to read it`,
      );
    }
  });

  // Review: `x::name` is a file of that name to open() and torch.load, not an fsspec chain.
  it('security/scan-covers-artifacts reads a path with :: in it as that path', () => {
    const files: Files = { ...withScan(SKIPPED_ONLY, [{ path: 'x::model/scorer.safetensors', date: '2026-10-27' }]), 'sys/x::model/scorer.safetensors': PICKLE, 'sys/model/scorer.safetensors': safetensors() };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
      'x::model/scorer.safetensors ships but the security scan skipped it (Model Scan did not scan file); it is named as safetensors, which runs no code when loaded, but it begins as a pickle does: scan it as what it is',
    ]);
  });

  // Red team: our own format can list any file as scanned; a scanner that picks what to look for
  // by the name did not look for a pickle in a .safetensors.
  it('a pickle named .safetensors that a scan lists as scanned fails security/scan-covers-artifacts', () => {
    const scan = JSON.stringify({ schema: 'modelgate/security-scan@1', tool: 'in-house 1.0', scannedAt: '2026-10-29T09:00:00Z', scanned: ['scorer.safetensors'], issues: [] });
    const files: Files = {
      ...withManifest((m) => {
        m.assurance = { security: { scans: [{ path: 'evidence/scan.json', format: 'modelgate' }] } };
        m.artifacts = [{ path: 'model/scorer.safetensors', date: '2026-10-27' }];
      }, { 'sys/evidence/scan.json': scan }),
      'sys/model/scorer.safetensors': PICKLE,
    };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts')).toEqual([
      {
        file: MANIFEST,
        line: lineOf(files[MANIFEST] as string, 'path: model/scorer.safetensors'),
        message: "model/scorer.safetensors: it is named as safetensors, which runs no code when loaded, but it begins as a pickle does; scanners choose what to look for by a file's name, so name it as what it is and scan it again",
      },
    ]);
  });

  // Red team: the scan covered model.safetensors alone; a pickled pytorch_model.bin lay beside it.
  describe('a file that can run code, in the folder of a shipped model file', () => {
    const ONE = [{ path: 'model/scorer.safetensors', date: '2026-10-27' }];
    const SCAN_ONE = SKIPPED_ONLY.replace('"total_skipped": 2', '"total_skipped": 1').replace(/, \{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "graph.ONNX"\}/, '');
    const files = (more: Files, scan = SCAN_ONE): Files => ({ ...withScan(scan, ONE), 'sys/model/scorer.safetensors': safetensors(), ...more });

    // Red team: modelscan's own pickle extensions, and a Hugging Face cache's links.
    it.each([
      ['a .data pickle', { 'sys/model/extra.data': PICKLE }, 'model/extra.data', '.data'],
      ['a link to a pickle', { 'sys/model/optimizer.pt': { symlink: '../blobs/3f2a' }, 'sys/blobs/3f2a': PICKLE }, 'model/optimizer.pt', '.pt'],
    ])('fails security/scan-covers-artifacts for %s beside the shipped file', (_name, more, file, extension) => {
      expect(failuresOf(check(files(more)), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        `${file} lies in the folder of model/scorer.safetensors, which ships, and a ${extension} file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out`,
      ]);
    });

    it('fails security/scan-covers-artifacts when artifacts leave it out and no scan scanned it, at the shipped file', () => {
      const repo = files({ 'sys/model/pytorch_model.bin': PICKLE, 'sys/model/config.json': '{}' });
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts')).toEqual([
        {
          file: MANIFEST,
          line: lineOf(repo[MANIFEST] as string, 'path: model/scorer.safetensors'),
          message: 'model/pytorch_model.bin lies in the folder of model/scorer.safetensors, which ships, and a .bin file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out',
        },
      ]);
    });

    /** tar() with its checksum written as Python's tarfile also reads it. */
    const tarChecksumWritten = (variant: 'a NUL then junk' | 'base-256' | 'an underscore') => {
      const bytes = Buffer.from(tar());
      const octal = Buffer.from(bytes.subarray(148, 154)).toString('latin1');
      const sum = Number.parseInt(octal, 8);
      if (variant === 'a NUL then junk') bytes.write(`${octal}\0X`, 148, 'latin1');
      else if (variant === 'an underscore') bytes.write(`${sum.toString(8).replace(/^(.)/, '$1_')}\0`.padEnd(8, ' '), 148, 'latin1');
      else {
        bytes.fill(0, 148, 156);
        bytes[148] = 0x80;
        bytes.writeUInt32BE(sum, 152);
      }
      return bytes;
    };
    // Third red team: .bin files that are no checkpoint and no pickle (CTranslate2's and fastText's
    // model.bin, ONNX external data saved as weights.bin) run no code; modelscan skips them.
    const CTRANSLATE2 = Buffer.concat([Buffer.from([6, 0, 0, 0]), Buffer.from('ctranslate2 model spec\0'), Buffer.alloc(64, 7)]);
    const FLOATS = Buffer.from(new Float32Array([0.5, 1.5, -2.25, 3.0, 0.125, 8.0, -0.75, 4.5, 0.5, 1.5, -2.25, 3.0, 0.125, 8.0, -0.75, 4.5, 1, 2]).buffer);
    it.each([
      ['a CTranslate2 model.bin, shipped and skipped', { ...withScan(SCAN_ONE.replace('"scorer.safetensors"', '"model.bin"'), [{ path: 'model/model.bin', date: '2026-10-27' }]), 'sys/model/model.bin': CTRANSLATE2 }],
      ["an ONNX model's external data saved as weights.bin beside it", { ...withScan(SKIPPED_ONLY.replace('"scorer.safetensors"', '"graph.onnx"'), [{ path: 'model/graph.onnx', date: '2026-10-27' }]), 'sys/model/graph.onnx': onnx(), 'sys/model/weights.bin': FLOATS }],
    ])('passes %s', (_name, repo) => {
      expect(failuresOf(check(repo as Files), 'security/scan-covers-artifacts')).toEqual([]);
      expect(failuresOf(check(repo as Files), 'security/scan-clean')).toEqual([]);
    });

    it.each([
      ['an older PyTorch pickle, imports and all', Buffer.concat([Buffer.from([0x80, 0x02]), Buffer.from('ctorch._utils\n_rebuild_tensor_v2\nq\x00.')])],
      ['a zlib stream, which joblib.load unpickles once inflated', Buffer.concat([Buffer.from([0x78, 0x9c]), Buffer.alloc(32, 1)])],
      // Fifth red team: PyTorch's older checkpoint format, a tar with a pickle inside.
      ['a tar archive, which torch.load reads as an older checkpoint', tar()],
      // Review: checksum fields Python's tarfile reads and a strict reader would not.
      ...(['a NUL then junk', 'base-256', 'an underscore'] as const).map((variant) => [`a tar archive whose checksum field holds ${variant}`, tarChecksumWritten(variant)] as [string, Uint8Array]),
    ])('still fails a .bin beside the model that is %s', (_name, bytes) => {
      expect(failuresOf(check(files({ 'sys/model/pytorch_model.bin': bytes })), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        'model/pytorch_model.bin lies in the folder of model/scorer.safetensors, which ships, and a .bin file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out',
      ]);
    });

    it.each([
      ['the scan scanned it', files({ 'sys/model/pytorch_model.bin': PICKLE }, SCAN_ONE.replace('"total_scanned": 0, "scanned_files": []', '"total_scanned": 1, "scanned_files": ["pytorch_model.bin"]'))],
      ['it is data, not a format that can run code', files({ 'sys/model/config.json': '{}', 'sys/model/tokenizer.model': SENTENCEPIECE })],
      ["it is an ONNX model's external data", files({ 'sys/model/scorer.onnx.data': 'raw tensor bytes', 'sys/model/scorer.onnx_data': 'raw tensor bytes' })],
      ['the shipped file is not in the repository', withScan(SCAN_ONE, ONE)],
    ])('passes when %s', (_name, repo) => {
      expect(resultsOf(check(repo), 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });

    // Red team (stop 47): a pickle in another folder of the system that holds a model file is
    // one it may load too; a folder the policy leaves out is not the system's.
    it('fails one in another model folder of the system, and passes it when the run leaves that folder out', () => {
      const repo = files({ 'sys/tests/fixtures/pytorch_model.bin': PICKLE });
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        "tests/fixtures/pytorch_model.bin lies in this system's folder, and a .bin file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: list it and scan the folder, or move it out (the policy's exclude leaves out a folder no system loads from)",
      ]);
      expect(resultsOf(check(repo, { exclude: ['sys/tests/**'] }), 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });
  });

  // Red team: Model/ beside model/ was one folder to a comparison that ignored case, and never looked into.
  it('security/scan-covers-artifacts looks into folders whose names differ only in case', () => {
    const files: Files = {
      ...withScan(SKIPPED_ONLY.replace('"graph.ONNX"', '"scorer.safetensors"'), [{ path: 'model/scorer.safetensors', date: '2026-10-27' }, { path: 'Model/scorer.safetensors', date: '2026-10-27' }]),
      'sys/model/scorer.safetensors': safetensors(),
      'sys/Model/scorer.safetensors': safetensors(),
      'sys/Model/pytorch_model.bin': PICKLE,
    };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
      'Model/pytorch_model.bin lies in the folder of Model/scorer.safetensors, which ships, and a .bin file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out',
    ]);
  });

  // Red team: one report per model folder; the one of a safetensors folder named the other's pickle.
  it('security/scan-clean does not ask a scan of no files for an artifact another cited scan read', () => {
    const files: Files = {
      ...withManifest(
        (m) => {
          m.assurance = { security: { scans: [{ path: 'evidence/clf.json', format: 'modelscan' }, { path: 'evidence/enc.json', format: 'modelscan' }] } };
          m.artifacts = [{ path: 'clf/scorer.pt', date: '2026-10-27' }, { path: 'enc/scorer.safetensors', date: '2026-10-27' }];
        },
        { 'sys/evidence/clf.json': CLEAN.replaceAll('/model"', '/sys/clf"'), 'sys/evidence/enc.json': SKIPPED_ONLY.replaceAll('/model"', '/sys/enc"') },
      ),
    };
    expect(failuresOf(check(files), 'security/scan-clean')).toEqual([]);
  });

  // Red team: modeling code beside clean weights, which from_pretrained(..., trust_remote_code=True)
  // imports as auto_map says; a model scanner reads no Python.
  describe("Python that a model folder's config has the loader import", () => {
    const ONE = [{ path: 'model/scorer.safetensors', date: '2026-10-27' }];
    const SCAN_ONE = SKIPPED_ONLY.replace('"total_skipped": 2', '"total_skipped": 1').replace(/, \{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "graph.ONNX"\}/, '');
    const AUTO_MAP = JSON.stringify({ model_type: 'scorer', auto_map: { AutoModel: 'modeling_scorer.ScorerModel' } });
    const files = (more: Files, scan = SCAN_ONE): Files => ({ ...withScan(scan, ONE), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/modeling_scorer.py': 'import os\nos.system("id")\n', ...more });
    const message = (config: string, file = 'model/modeling_scorer.py') =>
      `${file} is Python that model/${config} has the loader of model/scorer.safetensors, which ships, import (an auto_map or custom_pipelines with trust_remote_code, a sentence-transformers module type, or a diffusers pipeline or component of its own), but no cited security scan scanned it, and a model scanner reads no Python: scan the code with a code scanner and cite its result in modelgate's format, or move it out`;

    it.each([
      ['config.json', AUTO_MAP],
      ['tokenizer_config.json', JSON.stringify({ auto_map: { AutoTokenizer: ['tokenization_scorer.ScorerTokenizer', null] } })],
      ['config.json', JSON.stringify({ custom_pipelines: { scoring: { impl: 'modeling_scorer.ScoringPipeline' } } })],
      // Python's json reads NaN, JSON.parse does not: what cannot be told counts.
      ['config.json', '{"auto_map": {"AutoModel": "modeling_scorer.ScorerModel"}, "initializer_range": NaN}'],
      // Red team: a config over max-file-size, which Python reads.
      ['config.json', `${' '.repeat(5 * 1024 * 1024)}{"auto_map": {"AutoModel": "modeling_scorer.ScorerModel"}}`],
      // Red team: sentence-transformers imports a module type from the folder, trust_remote_code or not.
      ['modules.json', JSON.stringify([{ idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' }, { idx: 1, name: '1', path: '1_Pooling', type: 'modeling_scorer.Pooling' }])],
      // Red team: a diffusers pipeline of its own, which from_pretrained imports from the folder.
      ['model_index.json', JSON.stringify({ _class_name: ['modeling_scorer', 'ScorerPipeline'], _diffusers_version: '0.31.0', unet: ['diffusers', 'UNet2DConditionModel'] })],
    ])('fails security/scan-covers-artifacts when %s has the loader import it (case %#)', (config, text) => {
      const repo = files({ [`sys/model/${config}`]: text });
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts')).toEqual([{ file: MANIFEST, line: lineOf(repo[MANIFEST] as string, 'path: model/scorer.safetensors'), message: message(config) }]);
    });

    it('fails security/scan-covers-artifacts, once a repository, when auto_map has the loader fetch Python from another repository', () => {
      const config = JSON.stringify({ auto_map: { AutoConfig: 'acme/base--configuration_base.BaseConfig', AutoModel: 'acme/base--modeling_base.BaseModel', AutoTokenizer: ['other/tok--tokenization.Tok', null] } });
      const repo = { ...withScan(SCAN_ONE, ONE), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/config.json': config };
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual(
        ['"acme/base"', '"other/tok"'].map((fetched) => `model/config.json, in the folder of model/scorer.safetensors, which ships, has the model's loader fetch Python from another repository, ${fetched}, and run it (auto_map, with trust_remote_code): no scan here can read that code; copy it into the folder and scan it, or drop the reference`),
      );
    });

    // Red team: sentence-transformers torch.loads a Dense module's weights from its folder.
    // Review: a module folder with no config.json (WordEmbeddings), and one deeper down; third
    // red team: paths as sentence-transformers joins them, and a decoy MODULES.json.
    it.each([
      ['2_Dense', '2_Dense', { 'sys/model/2_Dense/config.json': '{}' }],
      ['0_WordEmbeddings', '0_WordEmbeddings', { 'sys/model/0_WordEmbeddings/wordembedding_config.json': '{}' }],
      ['modules/dense', 'modules/dense', {}],
      ['./2_Dense/', '2_Dense', {}],
      ['2_Dense', '2_Dense', { 'sys/model/MODULES.json': '[]' }],
    ])("fails security/scan-covers-artifacts for a pickle in a sentence-transformers module's folder %s", (path, folder, more) => {
      const modules = JSON.stringify([{ idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' }, { idx: 1, name: '1', path, type: 'sentence_transformers.models.Dense' }]);
      const repo = { ...withScan(SCAN_ONE, ONE), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/modules.json': modules, [`sys/model/${folder}/pytorch_model.bin`]: PICKLE, ...more };
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        `model/${folder}/pytorch_model.bin lies in the folder of model/scorer.safetensors, which ships, and a .bin file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out`,
      ]);
    });

    // Third red team: a module's own config importing Python; a pickle in vae/ when unet/ shipped.
    it("fails security/scan-covers-artifacts for Python a module folder's own config imports", () => {
      const modules = JSON.stringify([{ idx: 0, name: '0', path: '0_Router', type: 'sentence_transformers.models.Router' }]);
      const repo = { ...withScan(SCAN_ONE, ONE), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/modules.json': modules, 'sys/model/0_Router/config.json': JSON.stringify({ auto_map: { AutoModel: 'modeling_router.M' } }), 'sys/model/0_Router/modeling_router.py': 'import os\n' };
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([message('0_Router/config.json', 'model/0_Router/modeling_router.py')]);
    });

    it("fails security/scan-covers-artifacts for a pickle in a diffusers pipeline's other component", () => {
      const scan = SCAN_ONE.replace('"scorer.safetensors"', '"diffusion_pytorch_model.safetensors"');
      const repo = {
        ...withScan(scan, [{ path: 'pipe/unet/diffusion_pytorch_model.safetensors', date: '2026-10-27' }]),
        'sys/pipe/unet/diffusion_pytorch_model.safetensors': safetensors(),
        'sys/pipe/model_index.json': JSON.stringify({ _class_name: 'StableDiffusionPipeline', unet: ['diffusers', 'UNet2DConditionModel'], vae: ['diffusers', 'AutoencoderKL'] }),
        'sys/pipe/vae/diffusion_pytorch_model.bin': PICKLE,
      };
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        'pipe/vae/diffusion_pytorch_model.bin lies in the folder of pipe/unet/diffusion_pytorch_model.safetensors, which ships, and a .bin file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out',
      ]);
    });

    // Third red team: a scan of each file, or each folder, names the file beside the model
    // without the shipped one; a code scanner's issue in the Python a config imports; an archive
    // whose member failed to scan.
    const scanOfFiles = (folder: string, file: string, extra: string) =>
      `{"summary": {"total_issues_by_severity": {"LOW": 0, "MEDIUM": 0, "HIGH": 0, "CRITICAL": 1}, "total_issues": 1, "input_path": "${folder}", "absolute_path": "/home/runner/work/r/r/sys/${folder}", "modelscan_version": "0.8.6", "timestamp": "2026-10-29T09:14:03", "scanned": {"total_scanned": 1, "scanned_files": ["${file}"]}}, "issues": [{"description": "Use of unsafe operator 'system' from module 'posix'", "operator": "system", "module": "posix", "source": "${file}", "scanner": "modelscan.scanners.PickleUnsafeOpScan", "severity": "CRITICAL"}], "errors": []${extra}}`;
    it.each([
      ['a scan of the one file beside it', scanOfFiles('model/pytorch_model.bin', 'pytorch_model.bin', ''), { 'sys/model/pytorch_model.bin': PICKLE }, 'pytorch_model.bin'],
      ["a scan of a sentence-transformers module's folder", scanOfFiles('model/2_Dense', 'pytorch_model.bin', ''), { 'sys/model/modules.json': JSON.stringify([{ idx: 0, name: '0', path: '2_Dense', type: 'sentence_transformers.models.Dense' }]), 'sys/model/2_Dense/pytorch_model.bin': PICKLE }, 'pytorch_model.bin'],
    ])('security/scan-clean counts an issue found by %s', (_name, scan, more, source) => {
      const files: Files = { ...withScan(scan, ONE), 'sys/model/scorer.safetensors': safetensors(), ...more };
      expect(failuresOf(check(files), 'security/scan-clean').map((f) => f.message)).toEqual([
        `modelscan found a CRITICAL issue in ${source}, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): Use of unsafe operator 'system' from module 'posix'; remove the file, or scan only what ships`,
      ]);
    });

    it("security/scan-clean counts a code scanner's issue in the Python a config imports", () => {
      const code = JSON.stringify({ schema: 'modelgate/security-scan@1', tool: 'bandit 1.8.6', scannedAt: '2026-10-29T09:00:00Z', scanned: ['model/modeling_scorer.py'], issues: [{ severity: 'HIGH', description: 'subprocess call with shell=True', source: 'model/modeling_scorer.py' }] });
      const files: Files = {
        ...withManifest((m) => {
          m.assurance = { security: { scans: [{ path: 'evidence/code-scan.json', format: 'modelgate' }] } };
          m.artifacts = ONE;
        }, { 'sys/evidence/code-scan.json': code }),
        'sys/model/scorer.safetensors': safetensors(),
        'sys/model/config.json': JSON.stringify({ auto_map: { AutoModel: 'modeling_scorer.M' } }),
        'sys/model/modeling_scorer.py': 'import os\n',
      };
      expect(failuresOf(check(files), 'security/scan-clean').map((f) => f.message)).toEqual([
        'the scan found a HIGH issue in model/modeling_scorer.py, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): subprocess call with shell=True; remove the file, or scan only what ships',
      ]);
    });

    it('security/scan-clean counts a scanner error on a file beside the model', () => {
      const scan = scanOfFiles('model', 'pytorch_model.bin:extra.pkl', '').replace('"errors": []', '"errors": [{"category": "PICKLE_GENOPS", "description": "Parsing error", "source": "pytorch_model.bin:data.pkl"}]').replace('"CRITICAL": 1}, "total_issues": 1', '"CRITICAL": 0}, "total_issues": 0').replace(/"issues": \[.*\], "errors"/, '"issues": [], "errors"');
      const files: Files = { ...withScan(scan, ONE), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/pytorch_model.bin': ZIP };
      expect(failuresOf(check(files), 'security/scan-clean').map((f) => f.message)).toEqual([
        'modelscan failed on pytorch_model.bin:data.pkl, in the folder of a shipped model file though artifacts does not list it, so it cannot show the model is safe: Parsing error',
      ]);
    });

    // Red team: a diffusers pipeline ships its components' weights (unet/), its code above them.
    it("fails security/scan-covers-artifacts for a diffusers pipeline's own code, above the component that ships", () => {
      const scan = SCAN_ONE.replace('"scorer.safetensors"', '"diffusion_pytorch_model.safetensors"');
      const repo = {
        ...withScan(scan, [{ path: 'pipe/unet/diffusion_pytorch_model.safetensors', date: '2026-10-27' }]),
        'sys/pipe/unet/diffusion_pytorch_model.safetensors': safetensors(),
        'sys/pipe/model_index.json': JSON.stringify({ _class_name: ['pipeline_evil', 'EvilPipeline'], unet: ['diffusers', 'UNet2DConditionModel'] }),
        'sys/pipe/pipeline_evil.py': 'import os\n',
      };
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        "pipe/pipeline_evil.py is Python that pipe/model_index.json has the loader of pipe/unet/diffusion_pytorch_model.safetensors, which ships, import (an auto_map or custom_pipelines with trust_remote_code, a sentence-transformers module type, or a diffusers pipeline or component of its own), but no cited security scan scanned it, and a model scanner reads no Python: scan the code with a code scanner and cite its result in modelgate's format, or move it out",
      ]);
    });

    // Review: past 16 module folders the rest went unread.
    it('fails security/scan-covers-artifacts when modules.json names more module folders than modelgate looks through', () => {
      const modules = JSON.stringify(Array.from({ length: 17 }, (_, i) => ({ idx: i, name: String(i), path: `${i}_Dense`, type: 'sentence_transformers.models.Dense' })));
      const repo = { ...withScan(SCAN_ONE, ONE), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/modules.json': modules };
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        "model/modules.json, in the folder of model/scorer.safetensors, which ships, names modules in more than 16 folders, too many for modelgate to look through: keep the model's code and modules in a few folders",
      ]);
    });

    // Red team: auto_map naming a module in a folder below the model's; and 10,000 files hiding a pickle.
    it('fails security/scan-covers-artifacts for the Python of a folder below the model that auto_map names a module in', () => {
      const config = JSON.stringify({ auto_map: { AutoModel: 'code/modeling_deep.DeepModel' } });
      const repo = files({ 'sys/model/config.json': config, 'sys/model/code/modeling_deep.py': 'import os\n', 'sys/model/code/helpers.py': 'import os\n' });
      // Only the folder named: transformers imports code/modeling_deep.py and what it imports beside it.
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual(['model/code/helpers.py', 'model/code/modeling_deep.py'].map((file) => message('config.json', file)));
    });

    // Third red team: transformers runs a model folder's custom_generate/generate.py in place of
    // generate(), and the modules it imports from beside it; no config names it.
    it("fails security/scan-covers-artifacts for the Python of a transformers model's custom_generate folder", () => {
      const repo = files({ 'sys/model/config.json': JSON.stringify({ model_type: 'llama' }), 'sys/model/custom_generate/generate.py': 'from .utils import x\n', 'sys/model/custom_generate/utils.py': 'import os\n', 'sys/model/custom_generate/requirements.txt': 'torch\n' });
      const said = (file: string) =>
        `${file} is Python in the custom_generate folder beside model/scorer.safetensors, which ships: transformers runs its generate.py in place of generate() for a model loaded from that folder, but no cited security scan scanned it, and a model scanner reads no Python: scan the code with a code scanner and cite its result in modelgate's format, or move it out`;
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts')).toEqual(
        ['model/custom_generate/generate.py', 'model/custom_generate/utils.py'].map((file) => ({ file: MANIFEST, line: lineOf(repo[MANIFEST] as string, 'path: model/scorer.safetensors'), message: said(file) })),
      );
    });

    it("security/scan-clean counts a code scanner's issue in a custom_generate folder's Python", () => {
      const code = JSON.stringify({ schema: 'modelgate/security-scan@1', tool: 'bandit 1.8.6', scannedAt: '2026-10-29T09:00:00Z', scanned: ['model/custom_generate/generate.py'], issues: [{ severity: 'HIGH', description: 'subprocess call with shell=True', source: 'model/custom_generate/generate.py' }] });
      const repo: Files = {
        ...withManifest((m) => {
          m.assurance = { security: { scans: [{ path: 'evidence/code-scan.json', format: 'modelgate' }] } };
          m.artifacts = ONE;
        }, { 'sys/evidence/code-scan.json': code }),
        'sys/model/scorer.safetensors': safetensors(),
        'sys/model/custom_generate/generate.py': 'import subprocess\n',
      };
      expect(failuresOf(check(repo), 'security/scan-clean').map((f) => f.message)).toEqual([
        'the scan found a HIGH issue in model/custom_generate/generate.py, in the folder of a shipped model file though artifacts does not list it (a model folder is loaded and copied whole): subprocess call with shell=True; remove the file, or scan only what ships',
      ]);
    });

    it('fails security/scan-covers-artifacts when the folder holds too many files to look through', () => {
      const padding = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`sys/model/pad_${i}`, '']));
      const repo = files({ ...padding, 'sys/model/pytorch_model.bin': PICKLE });
      expect(failuresOf(check(repo), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
        'model/, a folder of model/scorer.safetensors, which ships, holds more than 10,000 entries, too many for modelgate to look through for code beside the model: a model folder is loaded and copied whole; give the model a folder of its own',
      ]);
    });

    it.each([
      ['no config has the loader import code', files({ 'sys/model/config.json': JSON.stringify({ model_type: 'bert' }) })],
      ['a custom_generate folder holds no generate.py', files({ 'sys/model/config.json': JSON.stringify({ model_type: 'bert' }), 'sys/model/custom_generate/notes.py': 'x = 1\n' })],
      ['modules.json names only the library', files({ 'sys/model/modules.json': JSON.stringify([{ idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' }]) })],
      ['model_index.json names a library pipeline', files({ 'sys/model/model_index.json': JSON.stringify({ _class_name: 'StableDiffusionPipeline', unet: ['diffusers', 'UNet2DConditionModel'] }) })],
      // Third red team: Stable Diffusion 1.5's stock index names its safety checker's module.
      ['model_index.json names a component from a pipeline module, and a handler.py lies beside it', files({ 'sys/model/model_index.json': JSON.stringify({ _class_name: 'StableDiffusionPipeline', safety_checker: ['stable_diffusion', 'StableDiffusionSafetyChecker'] }), 'sys/model/modeling_scorer.py': 'import os\n' })],
      ['the config is not UTF-8, which no loader reads', files({ 'sys/model/config.json': Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) })],
      ['no config is there', files({})],
      [
        "a code scanner's result in our format, cited beside the model scan, scanned it",
        {
          ...withManifest(
            (m) => {
              m.assurance = { security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan' }, { path: 'evidence/code-scan.json', format: 'modelgate' }] } };
              m.artifacts = ONE;
            },
            { [SCAN]: SCAN_ONE, 'sys/evidence/code-scan.json': JSON.stringify({ schema: 'modelgate/security-scan@1', tool: 'bandit 1.8.6', scannedAt: '2026-10-29T09:00:00Z', scanned: ['model/modeling_scorer.py'], issues: [] }) },
          ),
          'sys/model/scorer.safetensors': safetensors(),
          'sys/model/modeling_scorer.py': 'import os\n',
          'sys/model/config.json': AUTO_MAP,
        },
      ],
    ])('passes when %s', (_name, repo) => {
      expect(resultsOf(check(repo), 'security/scan-covers-artifacts')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });
  });

  it('an .onnx file in the repository that is a pickle is not exempt either', () => {
    const files: Files = { ...withScan(SKIPPED_ONLY, SHIPPED), 'sys/model/scorer.safetensors': safetensors(), 'sys/model/graph.ONNX': PICKLE };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
      'model/graph.ONNX ships but the security scan skipped it (Model Scan did not scan file); it is named as ONNX, which runs no code when loaded, but it begins as a pickle does: scan it as what it is',
    ]);
  });

  // A link out of the repository: a scan that names it read whatever it led to where the scan
  // ran (third red team: so did Python a config imports, named by a code scan).
  it.each([
    ['a code-free name, skipped by the scan', SKIPPED_ONLY, SHIPPED],
    ['a pickle the scan lists by name', CLEAN.replace('"scorer.pt"', '"scorer.safetensors"').replace('"0.8.6"', '"0.5.1"'), [{ path: 'model/scorer.safetensors', date: '2026-10-27' }]],
  ])('a shipped file that is a link out of the repository is not exempt, nor scanned: %s', (_name, scan, artifacts) => {
    const files: Files = { ...withScan(scan, artifacts), 'sys/model/scorer.safetensors': { symlink: '/etc/hostname' }, 'sys/model/graph.ONNX': onnx() };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
      'model/scorer.safetensors ships, but modelgate cannot read it to check it: sys/model/scorer.safetensors is a symbolic link (or lies under one) that leads outside the repository',
    ]);
  });

  it.each([
    ['Python a config imports, named by a code scan', { 'sys/model/config.json': JSON.stringify({ auto_map: { AutoModel: 'modeling_x.M' } }), 'sys/model/modeling_x.py': { symlink: '/etc/hostname' } }, 'model/modeling_x.py'],
    ['a pickle, named by the scan', { 'sys/model/extra.pkl': { symlink: '/etc/hostname' } }, 'model/extra.pkl'],
  ])('security/scan-covers-artifacts fails %s beside the model that is a link out of the repository', (_name, more, file) => {
    const code = JSON.stringify({ schema: 'modelgate/security-scan@1', tool: 'bandit 1.8.6', scannedAt: '2026-10-29T09:00:00Z', scanned: ['model/modeling_x.py', 'model/extra.pkl'], issues: [] });
    const files: Files = {
      ...withManifest((m) => {
        m.assurance = { security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan' }, { path: 'evidence/code-scan.json', format: 'modelgate' }] } };
        m.artifacts = [{ path: 'model/graph.ONNX', date: '2026-10-27' }];
      }, { [SCAN]: SKIPPED_ONLY, 'sys/evidence/code-scan.json': code }),
      'sys/model/graph.ONNX': onnx(),
      ...(more as Files),
    };
    expect(failuresOf(check(files), 'security/scan-covers-artifacts').map((f) => f.message)).toEqual([
      `${file} lies beside model/graph.ONNX, which ships, and its loader reads it, but sys/${file} is a symbolic link (or lies under one) that leads outside the repository: no scan here can show what it leads to where the model runs; copy the file into the repository`,
    ]);
  });

  it.each([
    ['a pickle shipped beside them, skipped', [...SHIPPED, { path: 'model/tokenizer.pkl', date: '2026-10-27' }], SKIPPED_ONLY.replace('"total_skipped": 2', '"total_skipped": 3').replace('"skipped_files": [', '"skipped_files": [{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "tokenizer.pkl"}, '), 'it should have scanned model/tokenizer.pkl'],
    ['a safetensors file the scan never saw', [...SHIPPED, { path: 'model/adapter.safetensors', date: '2026-10-27' }], SKIPPED_ONLY, 'it should have seen model/adapter.safetensors (and listed it as skipped, a format that runs no code)'],
  ])('still fails %s', (_name, artifacts, scan, should) => {
    const files = withScan(scan, artifacts);
    expect(failuresOf(check(files), 'security/scan-clean').map((f) => f.message)).toEqual([`modelscan scanned 0 files, so it is no evidence that the model files were scanned; ${should}`]);
    expect(failuresOf(check(files), 'security/scan-covers-artifacts')).toHaveLength(1);
  });
});

// Second new user (stop 46): a system whose manifest lists no artifacts got no security check
// at all, a pickle in its folder; and "every shipped model file was scanned" passed a pickle
// listed in artifacts when no scan was cited.
describe('security/scan-covers-artifacts without artifacts, or without a scan', () => {
  const RULE = 'security/scan-covers-artifacts';
  const noArtifacts = (more: Files): Files => ({ ...withManifest(() => {}), ...more });
  const listed = (found: string) => `the manifest lists no artifacts, but this system's folder holds ${found}: list each model file the system ships under artifacts (modelgate init lists those it finds; artifacts: [] says it ships none from the repository), for the security rules to ask that each was scanned`;
  const unscanned = (file: string, where = "in this system's folder") =>
    `${file} lies ${where}, and a ${file.slice(file.lastIndexOf('.'))} file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: list it and scan the folder, or move it out (the policy's exclude leaves out a folder no system loads from)`;

  it.each<[string, Files, string, string[]]>([
    ['a pickled model beside the manifest', { 'sys/classifier.pkl': PICKLE }, '"sys/classifier.pkl"', [unscanned('classifier.pkl')]],
    ['safetensors weights in a folder below', { 'sys/weights/model.safetensors': safetensors() }, '"sys/weights/model.safetensors"', []],
    ['model files in three folders', { 'sys/a/model.onnx': onnx(), 'sys/b/model.gguf': 'GGUF', 'sys/b/z.gguf': 'GGUF', 'sys/c/pytorch_model.bin': PICKLE }, '"sys/a/model.onnx" and model files in 2 other folders', [unscanned('c/pytorch_model.bin')]],
  ])('fails on %s, at the manifest, and asks a scan of each file that can run code', (_name, more, found, each) => {
    const files = noArtifacts(more);
    expect(failuresOf(check(files), RULE)).toEqual([listed(found), ...each].map((message) => ({ file: MANIFEST, line: 1, message })));
  });

  it('judges the same when the run names the manifest, or the folder, not the repository', () => {
    const files = noArtifacts({ 'sys/classifier.pkl': PICKLE });
    const root = makeRepo(files);
    for (const scanPath of ['sys/ai-system.yaml', 'sys', '']) {
      expect(failuresOf(runGate({ root, policyBaseDir: root, scanPath }), RULE).map((f) => f.message)).toEqual([listed('"sys/classifier.pkl"'), unscanned('classifier.pkl')]);
    }
  });

  // Review: a pickle by a name no model's is, in a folder with no model file, left every security rule not applicable.
  it.each<[string, Partial<Parameters<typeof runGate>[0]>['exclude'], Record<string, any> | undefined]>([
    ['with no artifacts key', undefined, undefined],
    ['with artifacts: []', undefined, []],
    ['with artifacts listing another file', undefined, [{ path: 'model.onnx' }]],
  ])('asks a scan of a pickle named as no model, in a folder of its own, %s', (_name, _exclude, artifacts) => {
    const files: Files = { ...withManifest((m) => (artifacts === undefined ? delete m.artifacts : (m.artifacts = artifacts))), 'sys/serving/scorer.pkl': PICKLE, 'sys/serving/prep.sav': PICKLE };
    expect(failuresOf(check(files), RULE).map((f) => f.message).filter((message) => message.startsWith('serving/'))).toEqual([unscanned('serving/prep.sav'), unscanned('serving/scorer.pkl')]);
  });

  // Red team: artifacts naming one safetensors file, a pickle in another folder of the system passed.
  it.each<[string, Files]>([
    ['no scan cited', {}],
    ['a scan of the listed folder cited', { 'sys/evidence/modelscan.json': CLEAN.replace('"scanned_files": ["scorer.pt"]', '"scanned_files": ["model.safetensors"]').replace('"input_path": "model"', '"input_path": "weights"').replace('/scorer/model"', '/scorer/weights"') }],
  ])('fails a pickle in another model folder of the system when artifacts list only the safetensors weights, %s', (name, more) => {
    const files: Files = {
      ...withManifest((m) => {
        m.artifacts = [{ path: 'weights/model.safetensors' }];
        if (name !== 'no scan cited') m.assurance = { security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan' }] } };
      }),
      'sys/weights/model.safetensors': safetensors(),
      'sys/serving/model.pkl': PICKLE,
      'sys/serving/preprocess.joblib': PICKLE,
      ...more,
    };
    expect(failuresOf(check(files), RULE).filter((f) => !f.message.startsWith('weights/'))).toEqual(
      [unscanned('serving/model.pkl'), unscanned('serving/preprocess.joblib')].map((message) => ({ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'artifacts:'), message })),
    );
  });

  it('security/scan-clean counts an issue a scan found in another model folder of the system', () => {
    const scan = PRETTY;
    const files: Files = {
      ...withScan(scan, [{ path: 'weights/model.safetensors' }]),
      'sys/weights/model.safetensors': safetensors(),
      'sys/serving/scorer.pkl': PICKLE,
      'sys/serving/model.onnx': onnx(),
    };
    expect(failuresOf(check(files), 'security/scan-clean').map((f) => f.message)).toContainEqual(expect.stringMatching(/^modelscan found a CRITICAL issue in scorer\.pkl, in the folder of a shipped model file though artifacts does not list it/));
  });

  // New user: a service citing the card of a model kept in models/churn listed no artifacts and passed.
  describe("a system whose model card is in another folder, one no system's", () => {
    const service = (mutate: (m: Record<string, any>) => void, more: Files = {}): Files => {
      const files = withManifest((m) => {
        m.modelCard = '../models/churn/README.md';
        mutate(m);
      });
      return { ...files, 'models/churn/README.md': files['sys/README.md'] as string, ...more };
    };

    it('fails with no artifacts when that folder holds a model file, and asks a scan of one that can run code', () => {
      const files = service((m) => delete m.artifacts, { 'models/churn/model.joblib': PICKLE });
      expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([
        'the manifest lists no artifacts, but the folder of its model card ("models/churn/README.md") holds "models/churn/model.joblib": list each model file the system ships under artifacts (modelgate init lists those it finds; artifacts: [] says it ships none from the repository), for the security rules to ask that each was scanned',
        "../models/churn/model.joblib lies in the folder of its model card, and a .joblib file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: list it and scan the folder, or move it out (the policy's exclude leaves out a folder no system loads from)",
      ]);
    });

    it.each<[string, Files]>([
      ['the folder holds no model file', { 'models/churn/notes.txt': 'x' }],
      ["the card's folder is another system's", { 'models/churn/ai-system.yaml': 'id: churn\n', 'models/churn/model.joblib': PICKLE }],
    ])('does not apply with no artifacts when %s', (_name, more) => {
      expect(resultsOf(check(service((m) => delete m.artifacts, more)), RULE).filter((f) => f.file === MANIFEST)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
    });
  });

  // Second red team: discovery's paths were read as citations, so a `#` or `\\` in a folder's
  // name, or a decoy sorting first, listed no folder; and per-file findings shared one identity.
  it.each<[string, Files, string]>([
    ['a folder whose name holds #', { 'sys/checkpoints/run#2/model.safetensors': safetensors(), 'sys/checkpoints/run#2/training_args.bin': PICKLE }, 'checkpoints/run#2/training_args.bin'],
    ['a folder whose name holds a backslash', { 'sys/checkpoints/a\\b/model.safetensors': safetensors(), 'sys/checkpoints/a\\b/training_args.bin': PICKLE }, 'checkpoints/a\\b/training_args.bin'],
    ['a decoy model file whose name sorts first and reads as another path', { 'sys/ck/0\\x.safetensors': 'x', 'sys/ck/model.safetensors': safetensors(), 'sys/ck/training_args.bin': PICKLE }, 'ck/training_args.bin'],
  ])('asks a scan of a pickle beside a model file in %s', (_name, more, file) => {
    const files: Files = { ...withManifest((m) => (m.artifacts = [])), ...more };
    const failures = check(files).findings.filter((f) => f.ruleId === RULE && f.status === 'fail');
    expect(failures.map((f) => f.message)).toContainEqual(expect.stringMatching(new RegExp(`^${/^[\w./+@-]+$/.test(file) ? file.replace(/\./g, '\\.') : JSON.stringify(file).replace(/[\\#.]/g, (c) => `\\${c}`)} lies in this system's folder`)));
  });

  it('gives each file its own identity, the path a baseline records, at the artifacts line', () => {
    const files: Files = { ...withManifest((m) => (m.artifacts = [])), 'sys/model/model.safetensors': safetensors(), 'sys/model/a.pkl': PICKLE, 'sys/model/b.pkl': PICKLE };
    const failures = check(files).findings.filter((f) => f.ruleId === RULE && f.status === 'fail');
    expect(failures.map(({ path, line }) => ({ path, line }))).toEqual(['model/a.pkl', 'model/b.pkl'].map((file) => ({ path: `artifacts[${JSON.stringify(file)}]`, line: lineOf(files[MANIFEST] as string, 'artifacts:') })));
  });

  it('gives the failures past the first 100 an identity that counts them', () => {
    const pickles = (count: number): Files => Object.fromEntries(Array.from({ length: count }, (_, i) => [`sys/model/p${String(i).padStart(3, '0')}.pkl`, PICKLE]));
    const files = (count: number): Files => ({ ...withManifest((m) => (m.artifacts = [])), 'sys/model/model.safetensors': safetensors(), ...pickles(count) });
    const more = (count: number) => check(files(count)).findings.filter((f) => f.ruleId === RULE && f.message.startsWith('and '));
    expect(more(103).map(({ path, message }) => ({ path, message }))).toEqual([{ path: expect.stringMatching(/^\(3 more: [0-9a-f]{12}\)$/), message: 'and 3 more failures of this rule in this system, not listed (a report lists the first 100 per rule)' }]);
    expect(more(104).map(({ path }) => path)).toEqual([expect.stringMatching(/^\(4 more: /)]);
    // Review: one of the three swapped for another file is another identity too.
    const swapped: Files = { ...files(103), 'sys/model/p199-evil.pkl': PICKLE };
    delete swapped['sys/model/p102.pkl'];
    const identity = (repo: Files) => check(repo).findings.filter((f) => f.ruleId === RULE && f.message.startsWith('and ')).map(({ path }) => path);
    expect(identity(swapped)).toHaveLength(1);
    expect(identity(swapped)).not.toEqual(identity(files(103)));
  });

  // Third red team: XGBoost and LightGBM models, which run no code and modelscan skips, could not pass with no scan.
  // Not applicable, not passed: nothing was scanned (new user: a safetensors adapter with no scan
  // counted as evidence of MEASURE 2.7 and A.6.2.4).
  it('does not fail, with no scan cited, shipped files in formats that run no code by name and by their first bytes', () => {
    const files = noScan([{ path: 'model/model.ubj' }, { path: 'model/lgbm_model.txt' }, { path: 'model/model.json' }], { 'sys/model/model.ubj': '{\u0001L', 'sys/model/lgbm_model.txt': 'tree\nversion=v4\n', 'sys/model/model.json': '{"learner": {}}' });
    expect(resultsOf(check(files), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable', message: NOTHING_SCANNED })]);
  });

  // False-error hunt: a config.json of another folder, dated after a scan that skipped the model's config.json, failed.
  it('security/scan-fresh leaves out a data file a scan may have skipped by its name', () => {
    const skipping = CLEAN.replace('"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}', '"scanned": {"total_scanned": 1, "scanned_files": ["scorer.pt"]}, "skipped": {"total_skipped": 1, "skipped_files": [{"category": "SCAN_NOT_SUPPORTED", "description": "Model Scan did not scan file", "source": "config.json"}]}');
    const files = withScan(skipping, [{ path: 'model/scorer.pt', date: '2026-10-20' }, { path: 'thresholds/config.json', date: '2026-11-02' }]);
    expect(failuresOf(check(files), 'security/scan-fresh')).toEqual([]);
  });

  // False-error hunt: one kept elsewhere was passed by its name with no scan, while a safetensors
  // file elsewhere needed one; and a scan that skipped an honest LightGBM model failed scan-clean.
  // Review: a name a file that runs code may have (.json: jsonpickle) vouches for nothing, skipped or not.
  it('asks for a scan that reads a JSON or text model kept outside the repository, though one skipped it', () => {
    expect(failuresOf(check(withScan(skippingOnly('model.json'), [{ path: 's3://models/model.json' }])), RULE).map((f) => f.message)).toEqual(['s3://models/model.json ships but the security scan skipped it (Model Scan did not scan file)']);
  });

  it('asks, with no scan cited, for a scan of such a file kept outside the repository, as of a safetensors file there', () => {
    expect(failuresOf(check(noScan([{ path: 's3://models/model.xgb' }])), RULE).map((f) => f.message)).toEqual([
      `s3://models/model.xgb ships but no security scan is cited (assurance.security.scans), and the repository does not hold it for modelgate to check it is the format its name says: ${SCAN_IT}`,
    ]);
  });

  it.each(['security/scan-clean', 'security/scan-covers-artifacts'])('%s passes such files a scan saw and skipped, in the repository or not', (rule) => {
    const files: Files = { ...withScan(skippingOnly('lgbm_model.txt', 'model.xgb'), [{ path: 'model/lgbm_model.txt' }, { path: 's3://models/model.xgb' }]), 'sys/model/lgbm_model.txt': 'tree\nversion=v4\n' };
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('fails, with no scan cited, a shipped file named as such a format that is a PyTorch checkpoint', () => {
    const files = noScan([{ path: 'model/model.ubj' }], { 'sys/model/model.ubj': ZIP });
    expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([`model/model.ubj ships but no security scan is cited (assurance.security.scans), and a file in its format can run code when loaded: ${SCAN_IT}`]);
  });

  it.each(['scorer.p', 'scorer.pt', 'scorer.pth'])('asks a scan of %s alone in a folder of the system', (name) => {
    const files: Files = { ...withManifest((m) => (m.artifacts = [])), [`sys/svc/${name}`]: PICKLE };
    expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([unscanned(`svc/${name}`)]);
  });

  // Third red team: a pickle reached through a link made its folder none to look through.
  it.each([
    ['in git', true],
    ['outside git', false],
  ])('asks a scan of a linked pickle in a folder of the system, %s', (_name, inGit) => {
    const files: Files = { ...withManifest((m) => (m.artifacts = [])), 'sys/svc/model.pkl': { symlink: '../../vendor/w/evil.pkl' }, 'vendor/w/evil.pkl': PICKLE };
    const root = inGit ? gitRepo(files).root : makeRepo(files);
    expect(failuresOf(runGate({ root, policyBaseDir: root }), RULE).map((f) => f.message)).toEqual([unscanned('svc/model.pkl')]);
  });

  // Third red team: a pickle named model.safetensors, unlisted, passed beside artifacts: [].
  it('fails an unlisted file named as a format that runs no code that is not that format', () => {
    const files: Files = { ...withManifest((m) => (m.artifacts = [])), 'sys/svc/model/model.safetensors': PICKLE, 'sys/svc/model/graph.onnx': onnx() };
    expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([
      "svc/model/model.safetensors lies in this system's folder, and it is named as safetensors, which runs no code when loaded, but it begins as a pickle does: a loader that reads it as what it is runs it; name it as what it is and scan it, or move it out",
    ]);
  });

  it('takes a pickle too deep to compare as unscanned, not as scanned', () => {
    const deep = `svc/${'d/'.repeat(64)}model.pkl`;
    const files: Files = { ...withManifest((m) => (m.artifacts = [])), [`sys/${deep}`]: PICKLE };
    expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([expect.stringMatching(/^svc\/d\/.* lies in this system's folder, and a \.pkl file can run code when loaded, but its path is .*, so it cannot be shown scanned: rename it or move it$/)]);
  });

  it('takes artifacts: [] as shipping no model file of the repository, still asking a scan of what can run code', () => {
    const none = (more: Files): Files => ({ ...withManifest((m) => (m.artifacts = [])), ...more });
    expect(resultsOf(check(none({ 'sys/weights/model.safetensors': safetensors() })), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable', message: NOTHING_SCANNED })]);
    const files = none({ 'sys/eval/best_params.pkl': PICKLE });
    expect(failuresOf(check(files), RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'artifacts:'), message: unscanned('eval/best_params.pkl') }]);
    // A folder the policy leaves out is not looked at.
    expect(resultsOf(check(files, { exclude: ['sys/eval/**'] }), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it.each<[string, Files, Partial<Parameters<typeof runGate>[0]>]>([
    ['no model file or pickle in its folder', { 'sys/data/features.parquet': 'PAR1', 'elsewhere/model.pkl': PICKLE }, {}],
    ["a model file in the folder of another system below it", { 'sys/inner/ai-system.yaml': 'id: inner\n', 'sys/inner/model.pkl': PICKLE }, {}],
    ['a model file in the folder of another system below it that the run leaves out', { 'sys/inner/ai-system.yaml': 'id: inner\n', 'sys/inner/model.pkl': PICKLE }, { exclude: ['sys/inner/ai-system.yaml'] }],
    ['a model file in a folder the run excludes', { 'sys/vendor/model.pkl': PICKLE }, { exclude: ['sys/vendor/**'] }],
  ])('does not apply with %s', (_name, more, options) => {
    expect(resultsOf(check(noArtifacts(more), options), RULE).filter((f) => f.file === MANIFEST)).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'the manifest lists no artifacts (the model files it ships)' })]);
  });

  const noScan = (artifacts: Array<Record<string, string>>, more: Files = {}): Files => ({ ...withManifest((m) => (m.artifacts = artifacts)), ...more });
  const SCAN_IT = "scan the model's folder (modelscan -p MODEL_DIR -r json -o report.json --show-skipped) and cite the report";

  it.each<[string, Array<Record<string, string>>, Files, string]>([
    ['a pickle the repository holds', [{ path: 'model/scorer.pkl' }], { 'sys/model/scorer.pkl': PICKLE }, `model/scorer.pkl ships but no security scan is cited (assurance.security.scans), and a file in its format can run code when loaded: ${SCAN_IT}`],
    ['a PyTorch checkpoint kept in a registry', [{ path: 's3://models/scorer.pt' }], {}, `s3://models/scorer.pt ships but no security scan is cited (assurance.security.scans), and a file in its format can run code when loaded: ${SCAN_IT}`],
    ['safetensors kept in a registry', [{ path: 'hf://acme/scorer/model.safetensors' }], {}, `hf://acme/scorer/model.safetensors ships but no security scan is cited (assurance.security.scans), and the repository does not hold it for modelgate to check it is the format its name says: ${SCAN_IT}`],
    // New user: an MLflow model (cloudpickled) known only by its registry URI passed with no scan cited.
    ['an MLflow registry model, whose name says no format', [{ path: 'models:/churn-classifier/4' }], {}, `models:/churn-classifier/4 ships but no security scan is cited (assurance.security.scans), and its name says no format that runs no code when loaded, nor does the repository hold it for modelgate to read: ${SCAN_IT}`],
    ['a file outside the repository whose name says no format', [{ path: 's3://models/churn/model' }], {}, `s3://models/churn/model ships but no security scan is cited (assurance.security.scans), and its name says no format that runs no code when loaded, nor does the repository hold it for modelgate to read: ${SCAN_IT}`],
    ['a pickle named .safetensors', [{ path: 'model/scorer.safetensors' }], { 'sys/model/scorer.safetensors': PICKLE }, `model/scorer.safetensors ships but no security scan is cited (assurance.security.scans), and it is named as safetensors, which runs no code when loaded, but it begins as a pickle does: ${SCAN_IT}`],
  ])('fails when no scan is cited and the system ships %s, at the artifact', (_name, artifacts, more, message) => {
    const files = noScan(artifacts, more);
    expect(failuresOf(check(files), RULE)).toEqual([{ file: MANIFEST, line: lineOf(files[MANIFEST] as string, `path: ${artifacts[0]?.path}`), message }]);
  });

  it('fails, when no scan is cited, for a pickle beside shipped safetensors weights', () => {
    const files = noScan([{ path: 'model/scorer.safetensors' }], { 'sys/model/scorer.safetensors': safetensors(), 'sys/model/optimizer.pt': PICKLE });
    expect(failuresOf(check(files), RULE).map((f) => f.message)).toEqual([
      'model/optimizer.pt lies in the folder of model/scorer.safetensors, which ships, and a .pt file can run code when loaded, but artifacts does not list it and no cited security scan scanned it: a model folder is loaded and copied whole; scan the folder, or move the file out',
    ]);
  });

  it('does not fail, with no scan cited, model files the repository holds in formats that run no code, each checked', () => {
    const files = noScan([{ path: 'model/scorer.safetensors' }, { path: 'model/graph.onnx' }, { path: 'model/config.json' }], { 'sys/model/scorer.safetensors': safetensors(), 'sys/model/graph.onnx': onnx(), 'sys/model/config.json': '{"model_type": "bert"}' });
    expect(resultsOf(check(files), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable', message: NOTHING_SCANNED })]);
    // And no control counts it as evidence: coverage is of what was judged.
    expect(check(files).findings.filter((f) => f.status === 'pass' && f.evidences.nistAiRmf?.includes('MEASURE 2.7'))).toEqual([]);
  });

  it('leaves a cited scan that cannot be read to security/scan-readable', () => {
    const files = withScan(undefined, [{ path: 'model/scorer.pkl' }]);
    expect(resultsOf(check(files), RULE)).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'no readable security scan is cited' })]);
  });
});

describe('security scan rules', () => {
  const RULES = ['security/scan-readable', 'security/scan-clean', 'security/scan-covers-artifacts', 'security/scan-fresh'];

  it.each(RULES)('%s passes on a clean scan of the dated shipped file', (rule) => {
    const files = withScan(CLEAN, [{ path: 'model/scorer.pt', date: '2026-10-27' }]);
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(RULES)('%s does not apply when no scan is cited', (rule) => {
    expect(resultsOf(check(withManifest(() => {})), rule)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  // Nothing read is nothing judged: a scan that cannot be read passed scan-clean and scan-fresh,
  // each counted as evidence of Art. 15(5) (red team's finding on the incident log, same class).
  it.each(['security/scan-clean', 'security/scan-fresh'])('%s is not applicable, not passed, when the scan cannot be read', (rule) => {
    const files = withScan('{ not json', [{ path: 'model/scorer.pt', date: '2026-10-27' }]);
    expect(resultsOf(check(files), rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: 'the security scan cannot be read (security/scan-readable says why)' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, scan, artifacts, entry, expected }) => {
    const files = withScan(scan, artifacts, entry);
    expect(failuresOf(check(files), rule)).toEqual(
      expected.map(({ file, at, nth, message }) => ({ file, line: nthLine(files[file] as string, at, nth), message })),
    );
  });
});
