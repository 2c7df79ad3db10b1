/**
 * Hostile input, end to end: each case builds a compliant system in a temporary repository,
 * applies one hostile mutation, runs the engine in-process, and asserts that the run
 *   - ends (a report, or a UsageError where that is the documented outcome),
 *   - reports the hostile file with a located failing finding (file and line),
 *   - never puts content from outside the root into the report (files there hold SECRET),
 *   - leaves every finding located and Object.prototype untouched, and
 *   - never turns an exception into an "internal error" finding.
 * Large files are generated at test time (sparse where content does not matter).
 *
 * runGate is synchronous, so an endless loop cannot be interrupted in-process: vitest's test
 * timeout is the hang guard. Work that could grow faster than its input (the shapes that were
 * once quadratic) is checked by quadrupling the input, never by a time limit.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FAILURES_PER_RULE } from '../../src/evaluate/evaluate.js';
import { CHECK_FUNCTIONS } from '../../src/evaluate/functions/index.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { MAX_LIST_ITEMS, MAX_PROBLEMS_PER_RULE } from '../../src/load/manifest.js';
import { MAX_LISTED_ERRORS } from '../../src/load/schema.js';
import type { Report } from '../../src/report/report.js';
import { growthExponent, LINEAR_GROWTH_LIMIT } from '../helpers/growth.js';
import type { Files } from '../helpers/repo.js';
import {
  compliantBiasReport,
  COMPLIANT_CARD,
  COMPLIANT_MONITORING,
  DATA_FILE,
  expectContained,
  expectFailure,
  fullFiles,
  fullManifest,
  gate,
  hostileRepo,
  lineIn,
  MANIFEST,
  manifestText,
  SECRET,
  writeLargeFile,
} from './fixtures.js';

const CARD = 'sys/README.md';
const BIAS = 'sys/evidence/bias.json';
const MONITORING = 'sys/monitoring/drift.yaml';
const MB = 1024 * 1024;

/** Runs the gate on the full compliant system with `files` replacing some of its files. */
function run(files: Files, options: Parameters<typeof gate>[1] = {}) {
  const repo = hostileRepo({ ...fullFiles(), ...files });
  return { ...repo, outcome: gate(repo.root, options) };
}

/** A report for a run that must not throw, with every universal assertion checked. */
function contained(outcome: ReturnType<typeof gate>): Report {
  const report = expectContained(outcome) as Report;
  const internal = report.findings.filter((f) => /internal error/.test(f.message));
  expect(internal.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  return report;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the fixture', () => {
  it('is a compliant system under the baseline and trustworthiness packs', () => {
    for (const policy of ['baseline', 'trustworthiness']) {
      const report = contained(run({}, { policy }).outcome);
      expect(report.findings.filter((f) => f.status === 'fail')).toEqual([]);
      expect(report.verdict).toBe('pass');
    }
  });

  it('would show SECRET if a file holding it were read (the leak check can fail)', () => {
    const { outcome } = run({ [CARD]: COMPLIANT_CARD.replace('license: apache-2.0', `license: ${SECRET}`) });
    expect(JSON.stringify(outcome.report)).toContain(SECRET);
  });
});

/** Nine levels of nine: 387,420,489 "lol"s when expanded. */
const BILLION_LAUGHS = [
  'lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...Array.from({ length: 8 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
].join('\n');

describe('YAML alias bombs', () => {
  it.each([
    { where: 'the manifest', file: MANIFEST, text: () => `${manifestText()}${BILLION_LAUGHS.replace(/^lol/gm, 'x-lol')}\n`, line: 1 },
    { where: 'a monitoring config', file: MONITORING, text: () => `${COMPLIANT_MONITORING}${BILLION_LAUGHS.replace(/^lol/gm, 'x-lol')}\n`, line: 1 },
    { where: 'card front matter', file: CARD, text: () => COMPLIANT_CARD.replace('---\n\n#', `${BILLION_LAUGHS}\n---\n\n#`), line: 2 },
  ])('in $where is a located refusal, not an expansion', ({ file, text, line }) => {
    const report = contained(run({ [file]: text() }).outcome);
    expectFailure(report, { file, line, message: /aliases expand too far .*alias bomb/ });
  });
});

describe('many aliases, each used once (red team: each costs a read of the document up to it)', () => {
  // 3,000 anchors, each aliased once, among about 21,000 nodes: the product is over the 20,000,000 resolved.
  const rows = Array.from({ length: 3000 }, (_, i) => `  - {attribute: &a${i} sex, metric: demographic_parity_difference, value: 0.01, group: *a${i}}`);
  const text = `schema: modelgate/bias-report@1\nresults:\n${rows.join('\n')}\n`;

  it('in a cited YAML bias report is a located refusal at the first alias', () => {
    const report = contained(run({ 'sys/evidence/bias.yaml': text, [MANIFEST]: manifestText().replace('evidence/bias.json', 'evidence/bias.yaml') }).outcome);
    expectFailure(report, { file: 'sys/evidence/bias.yaml', line: 3, message: /^sys\/evidence\/bias\.yaml: YAML aliases: 3000 aliases among \d+ nodes are more than modelgate resolves/ });
  });

  it('a few hundred are read', () => {
    const few = `schema: modelgate/bias-report@1\nresults:\n${rows.slice(0, 300).join('\n')}\n`;
    const report = contained(run({ 'sys/evidence/bias.yaml': few, [MANIFEST]: manifestText().replace('evidence/bias.json', 'evidence/bias.yaml') }).outcome);
    expect(report.findings.filter((f) => /YAML aliases/.test(f.message))).toEqual([]);
  });
});

describe('10,000 levels of nesting', () => {
  const deep = (open: string, close: string, inner = '1') => `${open.repeat(10_000)}${inner}${close.repeat(10_000)}`;
  it.each([
    { what: '[ in the manifest', file: MANIFEST, text: deep('[', ']') },
    { what: '{ in the manifest', file: MANIFEST, text: deep('{a: ', '}') },
    { what: '[ in a JSON bias report', file: BIAS, text: deep('[', ']') },
    { what: '{ in a JSON bias report', file: BIAS, text: deep('{"a": ', '}') },
    { what: '[ in a JSON bias report, never closed', file: BIAS, text: '['.repeat(10_000) },
    { what: '[ in a YAML monitoring config', file: MONITORING, text: `metrics: ${deep('[', ']')}\n` },
    { what: '{ in card front matter', file: CARD, text: `---\nlicense: ${deep('{a: ', '}')}\n---\n# Card\n` },
  ])('$what is a located refusal', ({ file, text }) => {
    const report = contained(run({ [file]: text }).outcome);
    const [finding] = expectFailure(report, { file, message: /nested|invalid JSON/ });
    expect(finding?.line).toBe(file === CARD ? 2 : 1);
  });
});

describe('100 MB files', () => {
  it('as a cited bias report: refused by size at the citation, never read', () => {
    const { root } = hostileRepo(fullFiles());
    writeLargeFile(path.join(root, BIAS), 100 * MB, '{"schema": "modelgate/bias-report@1", ');
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), 'evidence/bias.json'), ruleId: 'bias/report-readable', message: `${BIAS} is 100 MB, over the 5 MB limit` });
  });

  it('as the model card', () => {
    const { root } = hostileRepo(fullFiles());
    writeLargeFile(path.join(root, CARD), 100 * MB, COMPLIANT_CARD);
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), 'modelCard:'), ruleId: 'card/present', message: 'is 100 MB' });
  });

  it('as the manifest', () => {
    const { root } = hostileRepo(fullFiles());
    writeLargeFile(path.join(root, MANIFEST), 100 * MB, manifestText());
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: 1, ruleId: 'manifest/readable', message: `${MANIFEST} is 100 MB, over the 5 MB limit` });
  });

  // Checksums stream the file, so a data file over the text cap can still be verified (it
  // could not: the citation was refused for its size before it was hashed).
  it.each([
    { what: 'matches', declared: (actual: string) => actual, fails: false },
    { what: 'does not match', declared: () => 'f'.repeat(64), fails: true },
  ])('as a dataset file whose declared checksum $what: verified by streaming', ({ declared, fails }) => {
    const zeros = createHash('sha256');
    const chunk = Buffer.alloc(MB);
    for (let i = 0; i < 100; i++) zeros.update(chunk);
    const manifest = fullManifest();
    manifest.data.datasets[0].sha256 = declared(zeros.digest('hex'));
    const { root } = hostileRepo(fullFiles(manifest));
    writeLargeFile(path.join(root, DATA_FILE), 100 * MB);
    const report = contained(gate(root));
    const failures = report.findings.filter((f) => f.ruleId === 'data/dataset-checksum' && f.status === 'fail');
    if (!fails) expect(failures).toEqual([]);
    else expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(manifest), 'sha256: ffff'), ruleId: 'data/dataset-checksum', message: 'not the declared' });
  });
});

describe('binary and invalid UTF-8', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  /** The text with a Latin-1 "é" (not UTF-8) on its third line. */
  const latin1 = (text: string) => {
    const lines = text.split('\n');
    lines.splice(2, 0, 'x-caf\xe9: 1');
    return Buffer.from(lines.join('\n'), 'latin1');
  };
  const texts: Record<string, () => string> = {
    [MANIFEST]: () => manifestText(),
    [CARD]: () => COMPLIANT_CARD,
    [BIAS]: () => JSON.stringify(compliantBiasReport(), null, 2),
    [MONITORING]: () => COMPLIANT_MONITORING,
  };
  const citation: Record<string, string> = { [CARD]: 'modelCard:', [BIAS]: 'evidence/bias.json', [MONITORING]: 'monitoring/drift.yaml' };

  it.each(Object.keys(texts))('a binary file as %s is refused at its citation', (file) => {
    const report = contained(run({ [file]: PNG }).outcome);
    const at = file === MANIFEST ? { file, line: 1 } : { file: MANIFEST, line: lineIn(manifestText(), citation[file] as string) };
    expectFailure(report, { ...at, message: `${file} is a binary file, not text` });
  });

  it.each(Object.keys(texts))('invalid UTF-8 in %s is reported at the bad line of that file', (file) => {
    const report = contained(run({ [file]: latin1((texts[file] as () => string)()) }).outcome);
    expectFailure(report, { file, line: 3, message: `${file} is not valid UTF-8 text (first bad byte on line 3)` });
  });
});

describe('a UTF-8 byte order mark and Windows or classic Mac line endings on the compliant system', () => {
  // A lone CR is a line break to YAML 1.2, CommonMark and CSV, though not to the `yaml` package.
  it.each([
    ['CRLF', '\r\n'],
    ['CR alone', '\r'],
  ])('%s: passes with exactly the findings of the LF version', (_, lineEnd) => {
    const now = new Date();
    const lf = fullFiles();
    // Documents only: the dataset file is hashed, so changing its bytes must change its checksum.
    const converted = Object.fromEntries(
      Object.entries(lf).map(([file, text]) => [file, typeof text === 'string' && file !== DATA_FILE ? `\ufeff${text.replace(/\n/g, lineEnd)}` : text]),
    ) as Files;
    expect(converted[MANIFEST]).toMatch(new RegExp(`^\ufeff[^\n]*${lineEnd}`));
    const plain = contained(gate(hostileRepo(lf).root, { now }));
    const other = contained(gate(hostileRepo(converted).root, { now }));
    expect(other.verdict).toBe('pass');
    expect(other.findings).toEqual(plain.findings);
  });

  it('CR alone: a failing value is reported at its own line', () => {
    const manifest = fullManifest();
    manifest.owner = { ...(manifest.owner as object), team: 'TBD' };
    const files = fullFiles(manifest);
    const text = files[MANIFEST] as string;
    const report = contained(gate(hostileRepo({ ...files, [MANIFEST]: text.replace(/\n/g, '\r') }).root));
    expectFailure(report, { file: MANIFEST, line: lineIn(text, 'team: TBD'), ruleId: 'system/owner' });
  });
});

describe('symbolic links out of the root, and special files', () => {
  /** Where each kind of link points (absolute, relative, a directory, itself). */
  const links = [
    { kind: 'an absolute link to a file outside', target: (outside: string, name: string) => path.join(outside, name), message: 'leads outside the repository' },
    { kind: 'a relative link to a file outside', target: (outside: string, name: string, from: string) => path.relative(path.dirname(from), path.join(outside, name)), message: 'leads outside the repository' },
    { kind: 'a link to a directory outside', target: (outside: string) => path.join(outside, 'dir'), message: 'leads outside the repository' },
    { kind: 'a link loop', target: (_: string, __: string, from: string) => path.basename(from), message: 'is a symbolic link loop' },
  ];
  const cited = [
    { as: 'the model card', file: CARD, secret: 'secret.md', needle: 'modelCard:', ruleId: 'card/present' },
    { as: 'a bias report', file: BIAS, secret: 'secret.json', needle: 'evidence/bias.json', ruleId: 'bias/report-readable' },
    { as: 'a monitoring config', file: MONITORING, secret: 'secret.yaml', needle: 'monitoring/drift.yaml', ruleId: 'monitoring/config-readable' },
    { as: 'oversight evidence', file: 'sys/runbooks/stop.md', secret: 'secret.md', needle: 'runbooks/stop.md', ruleId: 'oversight/stop' },
  ];
  const cases = links.flatMap((link) => cited.map((c) => ({ ...link, ...c })));

  it.each(cases)('$kind, cited as $as, is refused at the citation without reading it', ({ file, secret, target, needle, ruleId, message }) => {
    const { root, outside } = hostileRepo(fullFiles());
    const abs = path.join(root, file);
    fs.rmSync(abs);
    fs.symlinkSync(target(outside, secret, abs), abs);
    const report = contained(gate(root));
    const [finding] = expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), needle), ruleId, message });
    // The finding names the path as cited, never where the link points.
    expect(finding?.message).not.toContain(outside);
  });

  it('a manifest in a linked directory outside is not discovered, and a card under the link is refused', () => {
    const manifest = fullManifest();
    manifest.modelCard = 'linked/README.md';
    const { root, outside } = hostileRepo(fullFiles(manifest));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'sys/linked'));
    const report = contained(gate(root));
    expect(report.systems.map((s) => s.manifest)).toEqual([MANIFEST]);
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(manifest), 'linked/README.md'), ruleId: 'card/present', message: 'sys/linked/README.md is a symbolic link (or lies under one) that leads outside the repository' });
  });

  it.each(['sys/linked', 'sys/linked/ai-system.yaml'])('scanning %s through a link outside is a usage error (exit 2)', (scanPath) => {
    const { root, outside } = hostileRepo(fullFiles());
    fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'sys/linked'));
    const outcome = gate(root, { scanPath });
    expectContained(outcome, { usageError: true });
    expect((outcome.error as Error).message).toMatch(/leads outside the repository/);
  });

  it.each([
    { what: 'a FIFO', make: (abs: string) => execFileSync('mkfifo', [abs]), message: 'is not a regular file' },
    { what: 'a directory', make: (abs: string) => fs.mkdirSync(abs), message: 'is a directory, not a file' },
    { what: 'a link to /dev/zero', make: (abs: string) => fs.symlinkSync('/dev/zero', abs), message: 'leads outside the repository' },
  ])('$what cited as the bias report is refused without hanging', ({ make, message }) => {
    const { root } = hostileRepo(fullFiles());
    const abs = path.join(root, BIAS);
    fs.rmSync(abs);
    make(abs);
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), 'evidence/bias.json'), ruleId: 'bias/report-readable', message });
  });
});

/**
 * Every manifest field that cites a file (schemas/ai-system.schema.json: each `$defs/path`, and a
 * dataset's `uri` when it has a sha256), with the rule that reads it. The trustworthiness pack
 * runs the assurance rules as well as the baseline.
 */
type Manifest = Record<string, any>;
const CITING_FIELDS: Array<{ field: string; set: (m: Manifest, value: string) => void }> = [
  { field: 'modelCard', set: (m, v) => (m.modelCard = v) },
  { field: 'risk.impactAssessment.path', set: (m, v) => (m.risk.impactAssessment.path = v) },
  { field: 'risk.register', set: (m, v) => (m.risk.register = v) },
  { field: 'data.datasets[0].card', set: (m, v) => (m.data.datasets[0].card = v) },
  { field: 'data.datasets[0].quality.path', set: (m, v) => (m.data.datasets[0].quality = { path: v, format: 'great-expectations' }) },
  { field: 'data.datasets[0].croissant', set: (m, v) => (m.data.datasets[0].croissant = v) },
  { field: 'transparency.disclosure', set: (m, v) => (m.transparency = { interactsWithPeople: true, disclosure: v }) },
  { field: 'transparency.exposureNotice', set: (m, v) => (m.transparency = { recognisesEmotions: true, exposureNotice: v }) },
  { field: 'transparency.deepFakeDisclosure', set: (m, v) => (m.transparency = { generatesDeepFakes: true, deepFakeDisclosure: v }) },
  { field: 'transparency.textDisclosure', set: (m, v) => (m.transparency = { publishesPublicInterestText: true, textDisclosure: v }) },
  { field: 'transparency.editorialControl.process', set: (m, v) => (m.transparency = { publishesPublicInterestText: true, editorialControl: { reviewed: true, responsible: 'The news desk', process: v } }) },
  { field: 'data.datasets[0].uri (with sha256)', set: (m, v) => (m.data.datasets[0].uri = v) },
  { field: 'bias.reports[0].path', set: (m, v) => (m.bias.reports[0].path = v) },
  { field: 'monitoring.config', set: (m, v) => (m.monitoring.config = v) },
  { field: 'monitoring.latestRun', set: (m, v) => (m.monitoring.latestRun = v) },
  { field: 'monitoring.postMarketPlan', set: (m, v) => (m.monitoring.postMarketPlan = v) },
  { field: 'monitoring.incidents', set: (m, v) => (m.monitoring.incidents = v) },
  { field: 'assurance.security.scans[0].path', set: (m, v) => (m.assurance.security.scans = [{ path: v, format: 'modelscan' }]) },
  { field: 'assurance.robustness.results[0].path', set: (m, v) => (m.assurance.robustness.results = [{ path: v, format: 'garak' }]) },
  { field: 'supplyChain.bom.path', set: (m, v) => (m.supplyChain = { bom: { path: v, format: 'cyclonedx' } }) },
  { field: 'artifacts[0].path (with sha256)', set: (m, v) => (m.artifacts = [{ path: v, sha256: 'a'.repeat(64) }]) },
  { field: 'monitoring.logging.configs[0].path', set: (m, v) => (m.monitoring.logging = { enabled: true, retentionDays: 400, configs: [{ path: v, format: 'otel-collector' }] }) },
  { field: 'assurance.energy.reports[0].path', set: (m, v) => (m.assurance.energy = { reports: [{ path: v, format: 'codecarbon' }] }) },
  { field: 'oversight.plan', set: (m, v) => (m.oversight.plan = v) },
  ...['understandLimits', 'monitorAnomalies', 'avoidAutomationBias', 'interpretOutput', 'override', 'stop'].map((name) => ({
    field: `oversight.capabilities.${name}.evidence`,
    set: (m: Manifest, v: string) => (m.oversight.capabilities[name].evidence = v),
  })),
  ...['security', 'robustness', 'explainability', 'privacy'].map((name) => ({
    field: `assurance.${name}.evidence`,
    set: (m: Manifest, v: string) => (m.assurance[name].evidence = v),
  })),
  { field: 'evidence[0].path', set: (m, v) => (m.evidence[0].path = v) },
];

describe('paths that leave the root, in every field that cites a file', () => {
  const escapes = [
    { how: 'climbing out with ..', value: () => '../../outside/secret.md', message: 'leads outside the repository' },
    { how: 'climbing out with ..\\ (Windows separators)', value: () => '..\\..\\outside\\secret.md', message: 'leads outside the repository' },
    { how: 'climbing out after a real folder', value: () => 'docs/../../../outside/secret.md#uses', message: 'leads outside the repository' },
    { how: 'an absolute path', value: (outside: string) => path.join(outside, 'secret.md'), message: 'is an absolute path' },
    { how: 'a Windows absolute path', value: () => 'C:\\outside\\secret.md', message: 'is an absolute path' },
  ];
  const cases = CITING_FIELDS.flatMap((field) => escapes.map((escape) => ({ ...field, ...escape })));

  it.each(cases)('$field: $how is refused at its line', ({ set, value, message }) => {
    const { root, outside } = hostileRepo(fullFiles());
    const written = value(outside);
    const manifest = fullManifest();
    set(manifest, written);
    const text = manifestText(manifest);
    fs.writeFileSync(path.join(root, MANIFEST), text);
    const report = contained(gate(root, { policy: 'trustworthiness' }));
    expectFailure(report, { file: MANIFEST, line: lineIn(text, written), message });
  });
});

describe('the manifest cited as its own evidence', () => {
  const cases = CITING_FIELDS.flatMap((field) => [
    { ...field, how: 'by name', value: 'ai-system.yaml' },
    { ...field, how: 'through a link inside the repository', value: 'docs/manifest-link.md' },
  ]);
  it.each(cases)('$field, $how, is not evidence of anything', ({ set, value }) => {
    const manifest = fullManifest();
    set(manifest, value);
    const text = manifestText(manifest);
    const { root } = hostileRepo(fullFiles(manifest));
    fs.symlinkSync('../ai-system.yaml', path.join(root, 'sys/docs/manifest-link.md'));
    const report = contained(gate(root, { policy: 'trustworthiness' }));
    expectFailure(report, { file: MANIFEST, line: lineIn(text, value), message: "is this system's manifest, which cannot be evidence for itself" });
  });
});

describe('duplicate keys', () => {
  it.each([
    { where: 'the manifest', file: MANIFEST, text: () => manifestText().replace('name: Demo Scorer\n', 'name: Demo Scorer\nname: Other Scorer\n'), needle: 'name: Other' },
    { where: 'a flow mapping in the manifest', file: MANIFEST, text: () => `${manifestText()}x-flow: { a: 1, b: 2, a: 3 }\n`, needle: 'x-flow' },
    { where: 'the manifest, as 1 and "1" (one key once read)', file: MANIFEST, text: () => `${manifestText()}x-numbers:\n  1: one\n  "1": uno\n`, needle: '"1": uno' },
    { where: 'a monitoring config', file: MONITORING, text: () => `${COMPLIANT_MONITORING}schedule: "@yearly"\n`, needle: '@yearly' },
    { where: 'card front matter', file: CARD, text: () => COMPLIANT_CARD.replace('license: apache-2.0\n', 'license: apache-2.0\nlicense: mit\n'), needle: 'license: mit' },
  ])('in $where are a located parse failure', ({ file, text, needle }) => {
    const content = text();
    const report = contained(run({ [file]: content }).outcome);
    expectFailure(report, { file, line: lineIn(content, needle), message: 'Map keys must be unique' });
  });

  it('in a JSON report are a located parse failure at the second key (JSON.parse would read the last one silently)', () => {
    const manifest = fullManifest();
    manifest.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.1 }];
    const text = JSON.stringify(compliantBiasReport(), null, 2).replace('"value": 0.04', '"value": 0.04,\n      "value": 0.9');
    const report = contained(run({ ...fullFiles(manifest), [BIAS]: text }).outcome);
    expectFailure(report, { file: BIAS, line: lineIn(text, '"value": 0.9'), ruleId: 'bias/report-readable', message: 'invalid JSON: duplicate key: the keys of an object must be unique' });
  });
});

describe('__proto__ and constructor keys', () => {
  it.each([
    { where: 'at the top of the manifest', text: () => `${manifestText()}__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n`, needles: ['__proto__:', 'constructor:'] },
    {
      where: 'inside manifest blocks',
      text: () => manifestText().replace('bias:\n', 'bias:\n  __proto__: { thresholds: [{ metric: x, max: 1 }] }\n  constructor: { name: x }\n'),
      needles: ['__proto__:', 'constructor:'],
    },
  ])('$where are unknown fields at their lines, and pollute nothing', ({ text, needles }) => {
    const content = text();
    const report = contained(run({ [MANIFEST]: content }).outcome);
    for (const needle of needles) expectFailure(report, { file: MANIFEST, line: lineIn(content, needle), ruleId: 'manifest/unknown-field' });
  });

  it('in a modelgate bias report are schema problems at their line', () => {
    const text = JSON.stringify(compliantBiasReport(), null, 2).replace('{\n', '{\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },\n');
    const report = contained(run({ [BIAS]: text }).outcome);
    expectFailure(report, { file: BIAS, line: lineIn(text, '"__proto__"'), ruleId: 'bias/report-readable', message: 'unknown field "__proto__"' });
  });

  it('in a Fairlearn export: a metric named constructor and an attribute named __proto__ are just names', () => {
    const manifest = fullManifest();
    manifest.bias.reports[0].format = 'fairlearn';
    manifest.bias.sensitiveAttributes = ['__proto__', 'sex'];
    manifest.bias.thresholds = [{ metric: 'constructor', max: 0.1 }];
    const text = `{
  "model_version": "1.2.0",
  "generated_at": "${new Date().toISOString()}",
  "sensitive_features": {
    "__proto__": { "metrics": { "constructor": 0.5, "toString": 0.01 } },
    "sex": { "difference": { "selection_rate": 0.01 } }
  }
}`;
    const report = contained(run({ ...fullFiles(manifest), [BIAS]: text }).outcome);
    // Before the fix the metric became Object.prototype.constructor ("function Object() …").
    expectFailure(report, { file: BIAS, line: lineIn(text, '"constructor": 0.5'), ruleId: 'bias/thresholds-met', message: 'constructor for __proto__ is 0.5, above the maximum 0.1' });
    expect(report.findings.filter((f) => f.ruleId === 'bias/report-covers-attributes')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a monitoring schedule "%s" is an unreadable schedule, not a crash', (schedule) => {
    const manifest = fullManifest();
    manifest.monitoring.schedule = schedule;
    const text = manifestText(manifest);
    const report = contained(run({ ...fullFiles(manifest), [MONITORING]: COMPLIANT_MONITORING.replace(/^schedule:.*\n/m, '') }).outcome);
    expectFailure(report, { file: MANIFEST, line: lineIn(text, `schedule: ${schedule}`), ruleId: 'monitoring/schedule', message: 'cron' });
  });
});

describe('numbers as strings and strings as numbers', () => {
  const withManifest = (mutate: (m: Manifest) => void) => {
    const manifest = fullManifest();
    mutate(manifest);
    return { files: fullFiles(manifest), text: manifestText(manifest) };
  };
  it.each([
    { what: 'a bias threshold max as text', mutate: (m: Manifest) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: '0.01' }]), needle: "max: \"0.01\"", message: 'must be a number, found text "0.01"' },
    { what: 'a bias threshold metric as a number', mutate: (m: Manifest) => (m.bias.thresholds = [{ metric: 12, max: 0.1 }]), needle: 'metric: 12', message: 'must be text, found the number 12' },
    { what: 'the version as a number', mutate: (m: Manifest) => (m.version = 1.2), needle: 'version: 1.2', message: 'must be text, found the number 1.2' },
    { what: 'an accuracy bound as text', mutate: (m: Manifest) => (m.intendedUse = { accuracy: [{ metric: 'roc_auc', min: '0.78' }] }), needle: 'min: "0.78"', message: 'must be a number' },
    { what: 'log retention as text', mutate: (m: Manifest) => (m.monitoring.logging = { enabled: true, retentionDays: '400' }), needle: 'retentionDays: "400"', message: 'must be a whole number' },
  ])('in the manifest, $what is a schema finding at its line', ({ mutate, needle, message }) => {
    const { files, text } = withManifest(mutate);
    const report = contained(run(files).outcome);
    expectFailure(report, { file: MANIFEST, line: lineIn(text, needle), ruleId: 'manifest/schema', message });
  });

  const reportWith = (value: unknown) =>
    JSON.stringify(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value }, { attribute: 'sex', metric: 'demographic_parity_difference', value: 0.02 }] }), null, 2);
  it.each([
    { value: '0.9', message: 'is text "0.9", not a number' },
    { value: '0.04', message: 'is text "0.04", not a number' },
    { value: 'NaN', message: 'is text "NaN", not a number' },
    { value: true, message: 'is boolean, not a number' },
    { value: [0.04], message: 'is a list, not a number' },
    // A negative unsigned difference is a signed gap misread: it passed every maximum.
    { value: -0.5, message: 'is -0.5, but an unsigned difference (max − min) cannot be negative' },
  ])('a bias report value $value is a values-valid finding at its line', ({ value, message }) => {
    const manifest = fullManifest();
    manifest.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.1 }];
    const text = reportWith(value);
    const report = contained(run({ ...fullFiles(manifest), [BIAS]: text }).outcome);
    expectFailure(report, { file: BIAS, line: lineIn(text, '"value": '), ruleId: 'bias/values-valid', message });
  });

  it.each([
    { what: 'a drift threshold as text', text: COMPLIANT_MONITORING.replace('threshold: 0.2', 'threshold: "0.2"'), needle: 'threshold: "0.2"', message: 'must be a number, found text "0.2"' },
    { what: 'a drift threshold of .nan', text: COMPLIANT_MONITORING.replace('threshold: 0.2', 'threshold: .nan'), needle: 'threshold: .nan', message: 'must be a number' },
    { what: 'a performance bound as text', text: COMPLIANT_MONITORING.replace('min: 0.75', 'min: "0.75"'), needle: 'min: "0.75"', message: 'must be a number' },
  ])('in a monitoring config, $what is a located finding', ({ text, needle, message }) => {
    const report = contained(run({ [MONITORING]: text }).outcome);
    expectFailure(report, { file: MONITORING, line: lineIn(text, needle), ruleId: 'monitoring/config-readable', message });
  });

  it('a bias report model version as a number is a located finding', () => {
    const text = JSON.stringify(compliantBiasReport({ model: { name: 'demo-scorer', version: 1.2 } }), null, 2);
    const report = contained(run({ [BIAS]: text }).outcome);
    expectFailure(report, { file: BIAS, line: lineIn(text, '"version": 1.2'), ruleId: 'bias/report-readable', message: 'must be text, found the number 1.2' });
  });
});

describe('values that cannot be turned into text', () => {
  // A mapping with a `toString` (or `valueOf`) key that is not a function makes String() and
  // template literals throw; check functions used both on values the schema had not vouched for.
  const UNPRINTABLE = { toString: 1, valueOf: 1 };
  const evidenceFixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');
  const cardWith = (meta: string) => COMPLIANT_CARD.replace('pipeline_tag: tabular-classification\n', `pipeline_tag: tabular-classification\n${meta}`);

  it.each<{ what: string; mutate: (m: Manifest) => void; files: Files; expected: Parameters<typeof expectFailure>[1] }>([
    {
      what: 'the manifest version (compared with the bias report and the card)',
      mutate: (m: Manifest) => (m.version = UNPRINTABLE),
      files: {},
      expected: { file: MANIFEST, ruleId: 'manifest/schema', message: 'version: must be text' },
    },
    {
      what: 'the manifest name (compared with the card model-index)',
      mutate: (m: Manifest) => (m.name = UNPRINTABLE),
      files: { [CARD]: cardWith('model-index:\n  - name: other-model\n') },
      expected: { file: CARD, ruleId: 'card/name-matches', message: 'the manifest describes "{"toString":1,"valueOf":1}"' },
    },
    {
      what: 'a training dataset id (looked up in the card datasets)',
      mutate: (m: Manifest) => (m.data.datasets[0].id = UNPRINTABLE),
      files: { [CARD]: cardWith('datasets:\n  - other-data\n') },
      expected: { file: CARD, ruleId: 'card/datasets-match', message: 'training dataset "{"toString":1' },
    },
    {
      what: 'the monitoring reference dataset',
      mutate: (m: Manifest) => (m.monitoring.reference = { dataset: UNPRINTABLE }),
      files: { [MONITORING]: COMPLIANT_MONITORING.replace(/^reference:.*\n/m, '') },
      expected: { file: MANIFEST, ruleId: 'monitoring/reference-pinned', message: 'is not pinned' },
    },
    {
      what: 'a bias threshold attribute (it then bounds every attribute)',
      mutate: (m: Manifest) => (m.bias.thresholds = [{ metric: 'demographic_parity_difference', max: 0.03, attribute: UNPRINTABLE }]),
      files: {},
      expected: { file: BIAS, ruleId: 'bias/thresholds-met', message: 'demographic_parity_difference for age_band is 0.04, above the maximum 0.03' },
    },
    {
      what: 'a garak report line nested 10,000 levels deep',
      mutate: (m: Manifest) => (m.assurance.robustness.results = [{ path: 'evidence/garak.report.jsonl', format: 'garak' }]),
      files: { 'sys/evidence/garak.report.jsonl': `{"entry_type": "init", "garak_version": "0.14.0"}\n${'['.repeat(10_000)}${']'.repeat(10_000)}\n` },
      expected: { file: 'sys/evidence/garak.report.jsonl', line: 2, ruleId: 'robustness/result-readable', message: 'line 2: JSON is nested more than 64 levels deep' },
    },
    {
      what: 'a WhyLabs baseline size',
      mutate: (m: Manifest) => Object.assign(m.monitoring, { config: 'monitoring/whylabs.json', format: 'whylogs' }),
      files: { 'sys/monitoring/whylabs.json': evidenceFixture('monitoring/whylogs-monitor.json').replace('"size": 7', '"size": { "toString": [] }') },
      expected: { file: 'sys/monitoring/whylabs.json', ruleId: 'monitoring/reference-pinned', message: 'the reference is a rolling window' },
    },
    {
      what: 'a WhyLabs monitor action type',
      mutate: (m: Manifest) => Object.assign(m.monitoring, { config: 'monitoring/whylabs.json', format: 'whylogs' }),
      files: { 'sys/monitoring/whylabs.json': evidenceFixture('monitoring/whylogs-monitor.json').replace('"type": "email"', '"type": { "toString": 1 }') },
      expected: { file: 'sys/monitoring/whylabs.json', ruleId: 'monitoring/reference-pinned' },
    },
  ])('$what is a finding, not an internal error', ({ mutate, files, expected }) => {
    const manifest = fullManifest();
    mutate(manifest);
    const report = contained(run({ ...fullFiles(manifest), ...files }).outcome);
    expectFailure(report, expected);
  });

  it('a collection used as a mapping key is read without writing to the log', () => {
    const warnings = vi.spyOn(process, 'emitWarning');
    const report = contained(run({ [CARD]: cardWith('? [ "::error::injected", "x" ]\n: value\n') }).outcome);
    expect(report.verdict).toBe('pass');
    expect(warnings).not.toHaveBeenCalled();
  });
});

// The largest inputs of the suite: a loaded 2-core machine needs more than the default hang guard.
describe('huge arrays', { timeout: 120_000 }, () => {
  const N = 100_000;

  /** Failures listed for `ruleId`, plus the closing "and N more" finding. */
  const expectCapped = (report: Report, ruleId: string, file: string, more: number, limit = MAX_FAILURES_PER_RULE) => {
    const failures = report.findings.filter((f) => f.ruleId === ruleId && f.status === 'fail');
    expect(failures).toHaveLength(limit + 1);
    expect(failures.at(-1)).toMatchObject({ file, message: expect.stringMatching(new RegExp(`^and ${more} more (failures|problems) of this`)) });
  };

  /** The manifest with `n` datasets, each written as `dataset(i)`. */
  const withDatasets = (n: number, dataset: (i: number) => string) =>
    manifestText().replace('data:\n  datasets:\n', `data:\n  datasets:\n${Array.from({ length: n }, (_, i) => `    - ${dataset(i)}\n`).join('')}`);
  const withUnknownKeys = (n: number) => `${manifestText()}${Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('')}`;
  const fairlearn = (n: number, groupValue: unknown) => {
    const groups = Object.fromEntries(Array.from({ length: n }, (_, i) => [`g${i}`, groupValue]));
    return JSON.stringify({
      model_version: '1.2.0',
      generated_at: new Date().toISOString(),
      sensitive_features: {
        age_band: { by_group: { selection_rate: groups }, difference: { selection_rate: 0.01 } },
        sex: { difference: { selection_rate: 0.02 } },
      },
    });
  };
  const fairlearnManifest = () => {
    const manifest = fullManifest();
    manifest.bias.reports[0].format = 'fairlearn';
    return manifest;
  };

  // Just under MAX_LIST_ITEMS, with the compliant manifest's own datasets after them.
  const ALMOST = MAX_LIST_ITEMS - 10;
  it(`${ALMOST.toLocaleString('en')} datasets: each rule lists ${MAX_FAILURES_PER_RULE} failures and counts the rest`, () => {
    const text = withDatasets(ALMOST, (i) => `{id: d${i}}`);
    const report = contained(run({ [MANIFEST]: text }).outcome);
    expectFailure(report, { file: MANIFEST, line: lineIn(text, '{id: d0}'), ruleId: 'data/dataset-source', message: 'data.datasets[0].source (dataset "d0") is missing' });
    expectCapped(report, 'data/dataset-source', MANIFEST, ALMOST - MAX_FAILURES_PER_RULE);
    expect(report.findings.length).toBeLessThan(5000);
  });

  // Past MAX_LIST_ITEMS the system stops at loading: 1.5 million datasets took the rules 33 s and 2.3 GB.
  it(`${(MAX_LIST_ITEMS + 1).toLocaleString('en')} datasets: a manifest/readable error at the list, and no rule runs`, () => {
    const text = withDatasets(MAX_LIST_ITEMS + 1, () => '{}');
    const report = contained(run({ [MANIFEST]: text }).outcome);
    expectFailure(report, { file: MANIFEST, line: lineIn(text, 'datasets:'), ruleId: 'manifest/readable', message: /^data\.datasets lists 100,0\d\d items; a manifest may list at most 100,000 in one list$/ });
    expect(report.findings.filter((f) => f.ruleId.startsWith('data/'))).toEqual([]);
  });

  // The same lists written as JSON on one line (a YAML file may hold JSON): the `yaml` package
  // took about 20 s and 2.2 GB over 4.5 MB of it; JSON.parse reads it, and jsonc-parser places
  // the findings on the line's columns.
  const jsonWithDatasets = (datasets: unknown[]) => {
    const manifest = fullManifest();
    manifest.data.datasets = [...datasets, ...manifest.data.datasets];
    return JSON.stringify(manifest);
  };
  it(`${ALMOST.toLocaleString('en')} datasets in one line of JSON: the same capped failures, at their columns`, () => {
    const text = jsonWithDatasets(Array.from({ length: ALMOST }, (_, i) => ({ id: `d${i}` })));
    const report = contained(run({ [MANIFEST]: text }).outcome);
    const [first] = expectFailure(report, { file: MANIFEST, line: 1, ruleId: 'data/dataset-source', message: 'data.datasets[0].source (dataset "d0") is missing' });
    expect(first?.column).toBe(text.indexOf('{"id":"d0"}') + 1);
    expectCapped(report, 'data/dataset-source', MANIFEST, ALMOST - MAX_FAILURES_PER_RULE);
  });

  it(`${(MAX_LIST_ITEMS + 1).toLocaleString('en')} datasets in one line of JSON: a manifest/readable error at the list`, () => {
    const text = jsonWithDatasets(Array.from({ length: MAX_LIST_ITEMS + 1 }, () => ({})));
    const report = contained(run({ [MANIFEST]: text }).outcome);
    const [first] = expectFailure(report, { file: MANIFEST, line: 1, ruleId: 'manifest/readable', message: /^data\.datasets lists 100,0\d\d items/ });
    expect(first?.column).toBe(text.indexOf('"datasets"') + 1);
    expect(report.findings.filter((f) => f.ruleId.startsWith('data/'))).toEqual([]);
  });

  // 30,000 lines keep the report under the 5 MB cap.
  it('a garak report of 30,000 eval lines: one finding per threshold, at the family\'s worst line', () => {
    const init = JSON.stringify({ entry_type: 'init', garak_version: '0.14.0', start_time: new Date().toISOString(), run: 'r' });
    const evals = Array.from({ length: 30_000 }, (_, i) =>
      JSON.stringify({ entry_type: 'eval', probe: `dan.Probe${i}`, detector: 'dan.DAN', passed: i === 4242 ? 1 : 9, total_evaluated: 10 }),
    );
    const text = [init, ...evals].join('\n');
    const manifest = fullManifest();
    manifest.assurance.robustness.results = [{ path: 'evidence/garak.report.jsonl', format: 'garak', modelVersion: '1.2.0', thresholds: [{ family: 'dan', minPassRate: 0.95 }] }];
    const report = contained(run({ ...fullFiles(manifest), 'sys/evidence/garak.report.jsonl': text }).outcome);
    const failures = report.findings.filter((f) => f.ruleId === 'robustness/thresholds-met' && f.status === 'fail');
    expect(failures).toEqual([
      expect.objectContaining({ file: 'sys/evidence/garak.report.jsonl', line: 4244, message: expect.stringMatching(/^garak dan passed 269992 of 300000 \(89\.9%\), below the threshold 95\.0%; worst dan\.Probe4242/) }),
    ]);
  });

  it(`${(MAX_LISTED_ERRORS / 2).toLocaleString('en')} unknown keys: ${MAX_PROBLEMS_PER_RULE} listed and the rest counted`, () => {
    const n = MAX_LISTED_ERRORS / 2;
    const text = withUnknownKeys(n);
    const report = contained(run({ [MANIFEST]: text }).outcome);
    expectFailure(report, { file: MANIFEST, line: lineIn(text, 'k0: 1'), ruleId: 'manifest/unknown-field', message: 'unknown field "k0"' });
    expectCapped(report, 'manifest/unknown-field', MANIFEST, n - MAX_PROBLEMS_PER_RULE, MAX_PROBLEMS_PER_RULE);
  });

  // Past MAX_LISTED_ERRORS, schema problems are not all listed, nor counted: listing 1.5 million
  // took minutes and gigabytes and then crashed. The first is shown, and an error says there are more.
  it(`${N.toLocaleString('en')} unknown keys: the first, and an error that there are more than ${MAX_LISTED_ERRORS.toLocaleString('en')} problems`, () => {
    const text = withUnknownKeys(N);
    const report = contained(run({ [MANIFEST]: text }).outcome);
    expect(report.findings.filter((f) => f.ruleId === 'manifest/unknown-field' && f.status === 'fail').map((f) => [f.line, f.message])).toEqual([[lineIn(text, 'k0: 1'), 'unknown field "k0" (did you mean "id"?)']]);
    expectFailure(report, { file: MANIFEST, line: 1, ruleId: 'manifest/schema', message: 'more than 10,000 problems in all, not listed' });
    expect(report.verdict).toBe('fail'); // warnings alone would not fail it: the count is an error
  });

  it(`a garak report of ${(1_000_000).toLocaleString('en')} empty lines: the first problem, and that there are more than ${MAX_LISTED_ERRORS.toLocaleString('en')}`, () => {
    const manifest = fullManifest();
    manifest.assurance.robustness.results = [{ path: 'evidence/garak.report.jsonl', format: 'garak' }];
    const text = `{"entry_type": "init", "garak_version": "0.14.0"}\n${'{}\n'.repeat(1_000_000)}`;
    const report = contained(run({ ...fullFiles(manifest), 'sys/evidence/garak.report.jsonl': text }).outcome);
    expectFailure(report, {
      file: 'sys/evidence/garak.report.jsonl',
      line: 2,
      ruleId: 'robustness/result-readable',
      message: 'is not a valid garak report: line 2: : must be one of the allowed shapes, found a mapping (and more than 10,000 other problems)',
    });
  });

  // csv-parse made an error object for each of these rows: 97 s, then out of memory.
  it.each([
    ['blank lines', '\n', 'holds no measurement, only its header', 1],
    ['one-field lines', 'x\n', 'line 2 has 1 field, the header 5 (and 1999999 more unreadable rows)', 2],
  ])(`an emissions.csv of ${(2_000_000).toLocaleString('en')} %s: a finding`, (_what, line, message, at) => {
    const manifest = fullManifest();
    manifest.assurance.energy = { reports: [{ path: 'evidence/emissions.csv', format: 'codecarbon' }] };
    const csv = `timestamp,run_id,duration,emissions,energy_consumed\n${line.repeat(2_000_000)}`;
    const report = contained(run({ ...fullFiles(manifest), 'sys/evidence/emissions.csv': csv }).outcome);
    expectFailure(report, { file: 'sys/evidence/emissions.csv', line: at, ruleId: 'energy/report-readable', message });
  });

  it(`${N.toLocaleString('en')} groups in a Fairlearn frame, all valid, pass`, () => {
    const report = contained(run({ ...fullFiles(fairlearnManifest()), [BIAS]: fairlearn(N, 0.1) }).outcome);
    expect(report.findings.filter((f) => f.status === 'fail')).toEqual([]);
  });

  it(`${N.toLocaleString('en')} groups in a Fairlearn frame, all text, are capped located findings`, () => {
    const report = contained(run({ ...fullFiles(fairlearnManifest()), [BIAS]: fairlearn(N, 'n/a') }).outcome);
    expectFailure(report, { file: BIAS, line: 1, ruleId: 'bias/values-valid', message: 'selection_rate for age_band group "g0" is text "n/a"' });
    expectCapped(report, 'bias/values-valid', BIAS, N - MAX_FAILURES_PER_RULE);
  });

  // Half as many, two problems each.
  it(`${(MAX_LISTED_ERRORS / 4).toLocaleString('en')} wrongly typed datasets: schema problems are capped too`, () => {
    const n = MAX_LISTED_ERRORS / 4;
    const text = withDatasets(n, (i) => `{id: ${i}, role: r}`);
    const report = contained(run({ [MANIFEST]: text }).outcome);
    expectFailure(report, { file: MANIFEST, line: lineIn(text, '{id: 0, role: r}'), ruleId: 'manifest/schema' });
    expectCapped(report, 'manifest/schema', MANIFEST, 2 * n - MAX_PROBLEMS_PER_RULE, MAX_PROBLEMS_PER_RULE);
  });

  // Each of these shapes was once quadratic (validation, locating each group, listing findings).
  // The work must grow with the input, not its square: quadrupling it at most about quadruples the time.
  it.each([
    { shape: 'datasets missing their provenance', files: (n: number) => ({ [MANIFEST]: withDatasets(n, (i) => `{id: d${i}}`) }) },
    { shape: 'unknown manifest keys', files: (n: number) => ({ [MANIFEST]: withUnknownKeys(n) }) },
    { shape: 'wrongly typed datasets', files: (n: number) => ({ [MANIFEST]: withDatasets(n, (i) => `{id: ${i}, role: r}`) }) },
    { shape: 'valid groups in a Fairlearn frame', files: (n: number) => ({ ...fullFiles(fairlearnManifest()), [BIAS]: fairlearn(n, 0.1) }) },
    { shape: 'text groups in a Fairlearn frame', files: (n: number) => ({ ...fullFiles(fairlearnManifest()), [BIAS]: fairlearn(n, 'n/a') }) },
  ])('$shape: quadrupling them at most about quadruples the work', ({ files }) => {
    const growth = growthExponent((n) => {
      const { root } = hostileRepo({ ...fullFiles(), ...files(n) });
      return () => contained(gate(root));
    }, 10_000);
    expect(growth).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});

describe('regular expressions in policy packs', () => {
  // No check function takes a regular expression (src/evaluate/functions/), so there is nothing
  // a pack could make backtrack: every function's options schema refuses a pattern-like option,
  // and `given` paths have no filters. Each refusal is checked against a pack that loads.
  const CATASTROPHIC = '^(a+)+$';
  const pack = (then: object, given = '$.manifest') => `name: hostile
extends: baseline
rules:
  hostile/redos:
    title: Names are not pathological
    severity: error
    given: ${JSON.stringify(given)}
    then: ${JSON.stringify(then)}
    remediation: Rename it.
    supports: { iso42001: [A.6.2.7] }
`;
  const load = (text: string) => {
    const { root } = hostileRepo({ ...fullFiles(), 'hostile.yaml': text });
    return gate(root, { policy: 'hostile.yaml' });
  };

  /** The smallest options a schema accepts: required keys, minimum counts and bounds. */
  function minimalOptions(schema: Record<string, any>): unknown {
    if (Array.isArray(schema.enum)) return schema.enum[0];
    if (Array.isArray(schema.anyOf)) return minimalOptions(schema.anyOf[0]);
    switch (schema.type) {
      case 'object': {
        const keys: string[] = [...(schema.required ?? [])];
        if (keys.length < (schema.minProperties ?? 0)) keys.push(...Object.keys(schema.properties ?? {}).slice(0, schema.minProperties - keys.length));
        return Object.fromEntries(keys.map((key) => [key, minimalOptions(schema.properties?.[key] ?? {})]));
      }
      case 'array':
        return Array.from({ length: schema.minItems ?? 0 }, () => minimalOptions(schema.items ?? {}));
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      default:
        return 'x';
    }
  }

  const functions = [...CHECK_FUNCTIONS.values()].map((fn) => ({ name: fn.name, options: minimalOptions(fn.optionsSchema as Record<string, any>) as object }));

  it.each(functions)('$name loads with its own options', ({ name, options }) => {
    const report = expectContained(load(pack({ field: 'name', function: name, options })));
    expect(report?.policy.packs).toContain('hostile.yaml');
  });

  it.each(functions.flatMap((fn) => ['pattern', 'regex', 'match'].map((option) => ({ ...fn, option }))))(
    '$name refuses a "$option" option',
    ({ name, options, option }) => {
      const outcome = load(pack({ field: 'name', function: name, options: { ...options, [option]: CATASTROPHIC } }));
      expectContained(outcome, { usageError: true });
      expect((outcome.error as Error).message).toMatch(new RegExp(`^hostile\\.yaml:\\d+:\\d+: .*unknown field "${option}"`));
    },
  );

  it.each([
    { what: 'a function named for regular expressions', then: { field: 'name', function: 'matches-pattern', options: { pattern: CATASTROPHIC } }, given: '$.manifest', message: /matches-pattern/ },
    { what: 'a filter in a given path', then: { function: 'present' }, given: `$.manifest[?(@.name =~ /${CATASTROPHIC}/)]`, message: /cannot read/ },
    { what: 'recursive descent in a given path', then: { function: 'present' }, given: '$..name', message: /\$\.\.name/ },
  ])('a pack with $what is refused', ({ then, given, message }) => {
    const outcome = load(pack(then, given));
    expectContained(outcome, { usageError: true });
    expect((outcome.error as Error).message).toMatch(message);
  });
});

describe('files that change while they are read', () => {
  /** Calls `action` once, right after the file at `rel` was found to be a regular file (stat). */
  function afterStat(rel: string, action: () => void) {
    const original = RepoFs.prototype.statFile;
    let done = false;
    vi.spyOn(RepoFs.prototype, 'statFile').mockImplementation(function (this: RepoFs, target: string) {
      const result = original.call(this, target);
      if (target === rel && !done) {
        done = true;
        action();
      }
      return result;
    });
  }

  /** Calls `action` once, inside readText, right after `rel` was resolved and before it is opened. */
  function afterResolveInRead(rel: string, action: () => void) {
    const readText = RepoFs.prototype.readText;
    // readText takes the path's resolution (a private step) right before opening: hook that step.
    const prototype = RepoFs.prototype as unknown as { resolveForOpen(rel: string): unknown };
    const resolveForOpen = prototype.resolveForOpen;
    let reading: string | undefined;
    let done = false;
    vi.spyOn(RepoFs.prototype, 'readText').mockImplementation(function (this: RepoFs, target: string) {
      reading = target;
      try {
        return readText.call(this, target);
      } finally {
        reading = undefined;
      }
    });
    vi.spyOn(prototype, 'resolveForOpen').mockImplementation(function (this: RepoFs, target: string) {
      const result = resolveForOpen.call(this, target);
      if (reading === rel && target === rel && !done) {
        done = true;
        action();
      }
      return result;
    });
  }

  it.each([
    { what: 'the bias report', file: BIAS, needle: 'evidence/bias.json', ruleId: 'bias/report-readable' },
    { what: 'the model card', file: CARD, needle: 'modelCard:', ruleId: 'card/present' },
    { what: 'the monitoring config', file: MONITORING, needle: 'monitoring/drift.yaml', ruleId: 'monitoring/config-readable' },
  ])('$what, deleted after it was found and before it is read, is a missing file at its citation', ({ file, needle, ruleId }) => {
    const { root } = hostileRepo(fullFiles());
    afterStat(file, () => fs.rmSync(path.join(root, file)));
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), needle), ruleId, message: `${file} does not exist` });
  });

  it('the bias report, deleted between resolving its path and opening it, is a missing file', () => {
    const { root } = hostileRepo(fullFiles());
    afterResolveInRead(BIAS, () => fs.rmSync(path.join(root, BIAS)));
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), 'evidence/bias.json'), ruleId: 'bias/report-readable', message: `${BIAS} does not exist` });
  });

  it('the bias report, swapped for a link outside between resolving and opening, is refused unread', () => {
    const { root, outside } = hostileRepo(fullFiles());
    afterResolveInRead(BIAS, () => {
      fs.rmSync(path.join(root, BIAS));
      fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, BIAS));
    });
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), 'evidence/bias.json'), ruleId: 'bias/report-readable', message: `${BIAS} became a symbolic link while being read` });
  });

  it('the folder of the bias report, swapped for a link outside between resolving and opening, is refused unread', () => {
    // O_NOFOLLOW guards only the last part of a path; the opened file itself is checked.
    const { root, outside } = hostileRepo(fullFiles());
    fs.mkdirSync(path.join(outside, 'evidence'));
    fs.copyFileSync(path.join(outside, 'secret.json'), path.join(outside, 'evidence', 'bias.json'));
    afterResolveInRead(BIAS, () => {
      fs.rmSync(path.join(root, path.dirname(BIAS)), { recursive: true });
      fs.symlinkSync(path.join(outside, 'evidence'), path.join(root, path.dirname(BIAS)));
    });
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: lineIn(manifestText(), 'evidence/bias.json'), ruleId: 'bias/report-readable', message: `${BIAS} is a symbolic link (or lies under one) that leads outside the repository` });
  });

  it('the manifest, deleted between discovery and loading, is an unreadable manifest', () => {
    const { root } = hostileRepo(fullFiles());
    const original = RepoFs.prototype.readText;
    vi.spyOn(RepoFs.prototype, 'readText').mockImplementation(function (this: RepoFs, rel: string) {
      if (rel === MANIFEST) fs.rmSync(path.join(root, MANIFEST), { force: true });
      return original.call(this, rel);
    });
    const report = contained(gate(root));
    expectFailure(report, { file: MANIFEST, line: 1, ruleId: 'manifest/readable', message: `${MANIFEST} does not exist` });
  });
});
