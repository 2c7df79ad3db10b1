/**
 * SARIF for GitHub code scanning, from the bundled examples: what the results and rules say,
 * fingerprints that survive lines moving, waivers as suppressions, GitHub's limits, and a clean
 * bill from Microsoft's SARIF Multitool (its SARIF and GitHub Advanced Security rules).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runGate } from '../../src/engine/gate.js';
import { loadPolicy } from '../../src/evaluate/policy.js';
import type { Report } from '../../src/report/report.js';
import { FINGERPRINT_KEY, formatSarif, MAX_RESULTS_PER_RUN, SARIF_SCHEMA } from '../../src/report/sarif.js';
import type { Finding, Severity } from '../../src/types.js';
import { makeRepo, type Files } from '../helpers/repo.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const AS_OF = new Date('2026-11-22T23:59:59Z');
const RULES = loadPolicy('baseline', { baseDir: ROOT }).known;
const SCREENER = 'examples/resume-screener';
const SCREENER_MANIFEST = `${SCREENER}/ai-system.yaml`;

/** The parts of SARIF these tests read. */
interface Sarif {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } };
    automationDetails: { id: string };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string } }> }>;
    results: Result[];
  }>;
}
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> };
    logicalLocations: Array<{ name: string; fullyQualifiedName: string; kind?: string }>;
  }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; status: string; justification: string; location: unknown }>;
}

const sarifOf = (report: Report, options: { category?: string } = {}): Sarif => JSON.parse(formatSarif(report, { rules: RULES, ...options }));
const gate = (scanPath: string, root = ROOT) => runGate({ root, scanPath, now: AS_OF });

/** The files of an example, at their paths in this repository, to change in a scratch copy. */
function exampleFiles(example: string): Files {
  const dir = path.join(ROOT, example);
  const files: Files = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const abs = path.join(dir, rel);
    if (fs.statSync(abs).isFile()) files[`${example}/${rel.split(path.sep).join('/')}`] = fs.readFileSync(abs);
  }
  return files;
}

const WAIVER = {
  rule: 'data/dataset-license',
  system: 'resume-screener',
  path: 'data.datasets[1]',
  justification: 'The hold-out set licence is being signed with the ATS vendor (LEGAL-311).',
  approver: 'Head of Talent Acquisition',
  expires: '2027-01-31',
};
const waivedScreener = () => gate(SCREENER, makeRepo({ ...exampleFiles(SCREENER), '.modelgate/waivers.yaml': stringify({ waivers: [WAIVER] }) }));

/** A report whose findings are `count` copies of a real failure, changed by `edit`. */
function syntheticReport(count: number, edit: (finding: Finding, index: number) => Partial<Finding>): Report {
  const report = gate(SCREENER);
  const template = report.findings.find((f) => f.status === 'fail') as Finding;
  return { ...report, findings: Array.from({ length: count }, (_, i) => ({ ...template, ...edit(template, i) })) };
}

describe('results: one per failing or waived finding', () => {
  it.each([
    ['examples/credit-scoring', []],
    [SCREENER, ['data/dataset-collection', 'data/dataset-license', 'data/dataset-personal-data', 'data/dataset-pinned', 'data/dataset-source']],
    ['examples/loan-approval', ['bias/report-covers-attributes', 'bias/report-dataset', 'bias/report-fresh', 'bias/report-model-version', 'bias/thresholds-met']],
  ])('%s: rules %j', (scanPath, ruleIds) => {
    const report = gate(scanPath);
    const [run] = sarifOf(report).runs;
    const failing = report.findings.filter((f) => f.status === 'fail');
    expect(run?.results).toHaveLength(failing.length);
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(ruleIds);
    for (const result of run?.results ?? []) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('passes and not-applicable checks are not results', () => {
    const report = gate('examples/credit-scoring');
    expect(report.findings.some((f) => f.status === 'pass') && report.findings.some((f) => f.status === 'not-applicable')).toBe(true);
    expect(sarifOf(report).runs[0]?.results).toEqual([]);
  });

  it('says where: the repository-relative file, the region, the system and the manifest path', () => {
    const result = sarifOf(gate('examples/loan-approval')).runs[0]?.results.find((r) => r.ruleId === 'bias/report-model-version');
    expect(result).toMatchObject({
      level: 'error',
      message: {
        text:
          'examples/loan-approval/evidence/bias/fairness.json is for model version 1.4.0, but the manifest describes version 2.0.0. ' +
          'Fix: Re-run the bias evaluation on the version in the manifest and cite the new report.',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'examples/loan-approval/evidence/bias/fairness.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 50, endLine: 3, endColumn: 57 },
          },
          logicalLocations: [{ name: 'bias.reports[0]', fullyQualifiedName: 'loan-approval:bias.reports[0]' }],
        },
      ],
    });
  });

  it.each([
    ['a span on one line keeps its end', { line: 4, column: 3, endLine: 4, endColumn: 9 }, { startLine: 4, startColumn: 3, endLine: 4, endColumn: 9 }],
    ['a span over several lines keeps only its start', { line: 58, column: 7, endLine: 72, endColumn: 1 }, { startLine: 58, startColumn: 7 }],
    ['a point keeps only its start', { line: 1, column: 1, endLine: undefined, endColumn: undefined }, { startLine: 1, startColumn: 1 }],
  ])('region: %s', (_, position, region) => {
    const report = syntheticReport(1, () => position);
    expect(sarifOf(report).runs[0]?.results[0]?.locations[0]?.physicalLocation.region).toEqual(region);
  });

  it('a finding with no manifest path is located at its system', () => {
    const result = sarifOf(gate('examples/unregistered-model')).runs[0]?.results[0];
    expect(result?.locations[0]?.logicalLocations).toEqual([
      { name: 'examples/unregistered-model/README.md', fullyQualifiedName: 'examples/unregistered-model/README.md', kind: 'module' },
    ]);
  });

  it('file names are percent-encoded URIs', () => {
    const report = syntheticReport(1, () => ({ file: 'models/credit v2/#1 card.md' }));
    expect(sarifOf(report).runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('models/credit%20v2/%231%20card.md');
  });

  it.each<[Severity, string]>([
    ['error', 'error'],
    ['warning', 'warning'],
    ['notice', 'note'],
  ])('severity %s is level %s, on the result and the rule', (severity, level) => {
    const [run] = sarifOf(syntheticReport(1, () => ({ severity }))).runs;
    expect(run?.results[0]?.level).toBe(level);
    expect(run?.tool.driver.rules[0]?.defaultConfiguration.level).toBe(level);
  });
});

describe('rule descriptors', () => {
  it('carry the rule text, the fix, the controls and the docs', () => {
    const [run] = sarifOf(gate(SCREENER)).runs;
    const rule = run?.tool.driver.rules.find((r) => r.id === 'data/dataset-license');
    const definition = RULES.get('data/dataset-license');
    expect(rule).toEqual({
      id: 'data/dataset-license',
      name: 'DataDatasetLicense',
      shortDescription: { text: expect.stringMatching(/\.$/) },
      fullDescription: { text: expect.any(String) },
      help: {
        text: expect.stringContaining(`Fix: ${definition?.remediation}`),
        markdown: expect.stringContaining(`**Controls:** supports ISO/IEC 42001 A.7.3, A.10.3; NIST AI RMF MAP 4.1`),
      },
      helpUri: 'https://github.com/modelgate/modelgate/blob/main/docs/rules.md#datadataset-license',
      defaultConfiguration: { level: 'error' },
      properties: { tags: expect.arrayContaining(['ISO/IEC 42001 A.7.3', 'ISO/IEC 42001 A.10.3', 'NIST AI RMF MAP 4.1']) },
    });
    expect(rule?.shortDescription.text).toContain(definition?.title);
    expect(run?.tool.driver).toMatchObject({ name: 'modelgate', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: 'https://github.com/modelgate/modelgate' });
  });

  it('keep at most 20 tags', () => {
    const many = { iso42001: Array.from({ length: 30 }, (_, i) => `A.${i}`) };
    const [run] = sarifOf(syntheticReport(1, () => ({ evidences: many }))).runs;
    expect(run?.tool.driver.rules[0]?.properties.tags).toHaveLength(20);
  });
});

describe('fingerprints', () => {
  const fingerprints = (report: Report) => sarifOf(report).runs[0]?.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]) ?? [];

  it('survive the lines moving', () => {
    const files = exampleFiles(SCREENER);
    const moved = { ...files, [SCREENER_MANIFEST]: `# two lines\n# added above\n${String(files[SCREENER_MANIFEST])}` };
    const before = gate(SCREENER, makeRepo(files));
    const after = gate(SCREENER, makeRepo(moved));
    const lines = (report: Report) => report.findings.filter((f) => f.status === 'fail').map((f) => f.line);
    expect(lines(after)).toEqual(lines(before).map((line) => line + 2));
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });

  it('differ by logical path, and are unique in a run', () => {
    const results = sarifOf(gate('examples')).runs[0]?.results ?? [];
    const license = results.filter((r) => r.ruleId === 'data/dataset-license');
    expect(license.map((r) => r.locations[0]?.logicalLocations[0]?.name)).toEqual(['data.datasets[0].license', 'data.datasets[1].license']);
    expect(license[0]?.partialFingerprints[FINGERPRINT_KEY]).not.toBe(license[1]?.partialFingerprints[FINGERPRINT_KEY]);
    const all = results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('number findings that differ only in line, so each keeps its own', () => {
    const [first, second] = fingerprints(syntheticReport(2, (_, i) => ({ line: 10 + i })));
    expect(first?.replace(/:1$/, ':2')).toBe(second);
  });
});

describe('waivers', () => {
  it('a waived finding is a result with an accepted external suppression saying who, why and until when', () => {
    const results = sarifOf(waivedScreener()).runs[0]?.results ?? [];
    const license = results.filter((r) => r.ruleId === 'data/dataset-license');
    expect(license.map((r) => [r.locations[0]?.logicalLocations[0]?.name, r.suppressions])).toEqual([
      ['data.datasets[0].license', undefined],
      [
        'data.datasets[1].license',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: `${WAIVER.justification} Approved by ${WAIVER.approver}; expires ${WAIVER.expires}.`,
            location: { physicalLocation: { artifactLocation: { uri: '.modelgate/waivers.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } } },
          },
        ],
      ],
    ]);
    expect(results.filter((r) => r.suppressions)).toHaveLength(1);
  });
});

describe('the run', () => {
  it.each([
    [undefined, 'modelgate/'],
    ['models/eu', 'models/eu/'],
    ['models/eu/', 'models/eu/'],
  ])('category %j: automationDetails.id %j', (category, id) => {
    const sarif = sarifOf(gate(SCREENER), category === undefined ? {} : { category });
    expect(sarif).toMatchObject({ $schema: SARIF_SCHEMA, version: '2.1.0' });
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]?.automationDetails).toEqual({ id });
    expect(sarif.runs[0]?.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it(`keeps GitHub's ${MAX_RESULTS_PER_RUN} results per run, errors first, and says how many were left out`, () => {
    // One error after 25,000 warnings: the cut must fall on a warning.
    const report = syntheticReport(MAX_RESULTS_PER_RUN + 1, (_, i) => ({ line: i + 1, severity: i === MAX_RESULTS_PER_RUN ? 'error' : 'warning' }));
    const [run] = sarifOf(report).runs;
    expect(run?.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run?.results[0]?.level).toBe('error');
    expect(run?.invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', message: { text: expect.stringMatching(/^1 of 25001 results were left out/) } }],
    });
  });

  it('is pretty JSON ending in a newline', () => {
    const text = formatSarif(gate(SCREENER));
    expect(text).toMatch(/^\{\n {2}"\$schema"/);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

const MULTITOOL = path.join(ROOT, 'node_modules', '@microsoft', `sarif-multitool-${process.platform}`, 'Sarif.Multitool');

describe.runIf(fs.existsSync(MULTITOOL))("Microsoft's SARIF Multitool finds no errors or warnings", () => {
  let work = '';
  let config = '';

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-sarif-'));
    // SARIF2006 fetches every URI in the log (our docs links): slow, and it needs a network.
    config = path.join(work, 'validation.json');
    // npm may skip the package's install script, which makes the binary executable.
    try {
      fs.accessSync(MULTITOOL, fs.constants.X_OK);
    } catch {
      fs.chmodSync(MULTITOOL, 0o755);
    }
    fs.writeFileSync(config, JSON.stringify({ 'SARIF2006.UrisShouldBeReachable.Options': { RuleEnabled: 'Disabled' } }));
    return () => fs.rmSync(work, { recursive: true, force: true });
  });

  /** The multitool's own findings at level error or warning (its default), as readable lines. */
  function validate(name: string, sarif: string): string[] {
    const input = path.join(work, `${name}.sarif`);
    const output = path.join(work, `${name}.validation.sarif`);
    fs.writeFileSync(input, sarif);
    // It exits 0 whatever it finds; what it found is in its output log.
    execFileSync(MULTITOOL, ['validate', input, '--rule-kind', 'Sarif;Ghas', '--config', config, '--output', output, '--log', 'ForceOverwrite'], { stdio: 'pipe' });
    const log = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: Array<{ results?: Array<{ level: string; ruleId: string; message: { id?: string; text?: string; arguments?: string[] } }> }> };
    return (log.runs[0]?.results ?? []).map((r) => `${r.level} ${r.ruleId} ${r.message.text ?? r.message.id}: ${(r.message.arguments ?? []).join(', ')}`);
  }

  it.each([
    ['every example (with the failures they hold)', () => formatSarif(gate('examples'), { rules: RULES })],
    ['a waived finding', () => formatSarif(waivedScreener(), { rules: RULES, category: 'modelgate' })],
    [
      'a run cut at the limit',
      () => {
        // The notice, with a few of the results: validating all 25,000 takes the multitool half a minute.
        const sarif = sarifOf(syntheticReport(MAX_RESULTS_PER_RUN + 1, (_, i) => ({ line: i + 1 })));
        sarif.runs[0]?.results.splice(10);
        return JSON.stringify(sarif);
      },
    ],
  ])('%s', (name, sarif) => {
    expect(validate(name.replace(/\W+/g, '-'), sarif())).toEqual([]);
  });
});
