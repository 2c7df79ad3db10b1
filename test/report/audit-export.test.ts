/**
 * The audit export: provenance in the JSON and Markdown reports, the CycloneDX 1.6 attestation
 * (`--format cyclonedx`, validated against the schema with @cyclonedx/cyclonedx-library) and the
 * ISO/IEC 42001 Statement of Applicability (`--format soa`, `--format soa-csv`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runGate } from '../../src/engine/gate.js';
import { loadPolicy } from '../../src/evaluate/policy.js';
import { policyDigest } from '../../src/policy/digest.js';
import { csvField } from '../../src/report/escape.js';
import { cli } from '../helpers/cli.js';
import { commitAll } from '../helpers/git.js';
import { makeRepo } from '../helpers/repo.js';
import { compliantFiles, withManifest } from '../helpers/system.js';
import { auditExport } from '../helpers/audit.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(ROOT, file))).digest('hex');

type Json = Record<string, any>;

async function cyclonedx(): Promise<Json> {
  const { code, text } = await auditExport('cyclonedx');
  expect(code).toBe(0);
  return JSON.parse(text);
}

/** RFC 4180 records: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

describe('--format cyclonedx', () => {
  it('is a valid CycloneDX 1.6 document (the library validator, against bom-1.6.schema.json)', async () => {
    const { text } = await auditExport('cyclonedx');
    const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text);
    expect(errors).toBeNull();
    const committed = fs.readFileSync(path.join(ROOT, 'examples/credit-scoring/audit/attestation.cdx.json'), 'utf8');
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(committed)).toBeNull();
  });

  it('carries the tool, commit, as-of day and policy digest in its metadata', async () => {
    const bom = await cyclonedx();
    const property = (name: string) => bom.metadata.properties.find((p: Json) => p.name === name)?.value;
    expect(bom.metadata.tools.components[0]).toMatchObject({ name: 'modelgate', version: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version });
    expect(bom.metadata.timestamp).toBe('2026-11-22T00:00:00Z');
    expect(property('modelgate:as-of')).toBe('2026-11-22');
    expect(property('modelgate:commit')).toBe('none');
    expect(property('modelgate:policy-digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('targets the system, its model and its datasets', async () => {
    const bom = await cyclonedx();
    const [system] = bom.declarations.targets.components;
    expect(system).toMatchObject({ type: 'application', 'bom-ref': 'system:credit-risk-scorer', name: 'credit-risk-scorer', version: '2.3.0' });
    expect(system.components.map((c: Json) => [c.type, c.name])).toEqual([
      ['machine-learning-model', 'Credit Risk Scorer'],
      ['data', 'bureau-2024'],
      ['data', 'holdout-2026q2'],
    ]);
  });

  it('claims each control of each framework, with evidence files whose digests match the files', async () => {
    const bom = await cyclonedx();
    const { claims, evidence, attestations } = bom.declarations;
    const frameworks = bom.definitions.standards.map((s: Json) => s['bom-ref']);
    expect(frameworks).toEqual(['standard:iso42001', 'standard:euAiAct', 'standard:nistAiRmf']);
    // One claim per control per framework (the root requirement of each standard stands for all).
    const controls = bom.definitions.standards.reduce((n: number, s: Json) => n + s.requirements.length - 1, 0);
    expect(claims).toHaveLength(controls);

    // A.6.2.6 AI system operation and monitoring: evidenced by the drift monitoring checks.
    const monitoring = claims.find((c: Json) => c['bom-ref'] === 'claim:credit-risk-scorer/iso42001/A.6.2.6');
    expect(monitoring.target).toBe('system:credit-risk-scorer');
    expect(monitoring.reasoning).toMatch(/^evidenced: .*monitoring\/config-readable/);
    const drift = evidence.find((e: Json) => e['bom-ref'] === 'evidence:credit-risk-scorer/examples%2Fcredit-scoring%2Fmonitoring%2Fdrift.yaml');
    expect(monitoring.evidence).toContain(drift['bom-ref']);
    const content = JSON.parse(drift.data[0].contents.attachment.content);
    expect(content).toMatchObject({ path: 'examples/credit-scoring/monitoring/drift.yaml', sha256: sha256('examples/credit-scoring/monitoring/drift.yaml'), result: 'pass' });
    expect(content.checks.map((c: Json) => c.rule)).toContain('monitoring/config-readable');
    expect(drift.description).toContain(sha256('examples/credit-scoring/monitoring/drift.yaml'));

    // Every digest is the digest of the file as it is.
    for (const item of evidence) {
      const { path: file, sha256: digest } = JSON.parse(item.data[0].contents.attachment.content);
      if (digest) expect(digest, file).toBe(sha256(file));
    }

    // The attestation map: evidenced is 1, not covered is 0, the exclusion is left out with its reason.
    const iso = attestations.find((a: Json) => a.summary.includes('ISO/IEC 42001'));
    const entry = (id: string) => iso.map.find((m: Json) => m.requirement === `requirement:iso42001/${id}`);
    expect(entry('A.6.2.6').conformance.score).toBe(1);
    expect(entry('A.6.2.6').claims).toEqual(['claim:credit-risk-scorer/iso42001/A.6.2.6']);
    expect(entry('A.2.2').conformance).toEqual({ score: 0, rationale: 'not-covered: no rule of the policy checked it for this system' });
    expect(entry('A.10.4').conformance.score).toBeUndefined();
    expect(entry('A.10.4').conformance.rationale).toMatch(/excluded by the policy: The scorer is used only by the bank's own credit officers/);
    const overall = iso.map[0];
    expect(overall.requirement).toBe('requirement:iso42001');
    const scored = iso.map.slice(1).filter((m: Json) => m.conformance.score !== undefined);
    expect(overall.conformance.score).toBeCloseTo(scored.filter((m: Json) => m.conformance.score === 1).length / scored.length, 4);
    expect(overall.conformance.rationale).toMatch(/^\d+ of 37 assessed controls are evidenced/);
  });

  it('is the same bytes on every run; its serial number, last, is made from the digest of the rest', async () => {
    const { text } = await auditExport('cyclonedx');
    expect((await auditExport('cyclonedx')).text).toBe(text);
    expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text); // written in pieces, the same as one stringify
    const at = text.lastIndexOf('  "serialNumber"');
    const hex = createHash('sha256').update(text.slice(0, at)).digest('hex');
    expect(JSON.parse(text).serialNumber).toBe(`urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16] as string, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`);
  });

  it('never counts a failing, waived or uncovered control as conformance', async () => {
    const root = makeRepo(withManifest((m) => delete m.data.datasets[0].license));
    const { stdout } = await cli(['check', '--format', 'cyclonedx', '--as-of', '2026-11-22'], root);
    const bom = JSON.parse(stdout);
    const claims = new Map(bom.declarations.claims.map((c: Json) => [c['bom-ref'], c]));
    for (const attestation of bom.declarations.attestations) {
      for (const entry of attestation.map.slice(1)) {
        const status = (claims.get(entry.claims[0]) as Json).reasoning.split(':')[0];
        if (status !== 'evidenced') expect(entry.conformance.score ?? 0, `${entry.requirement} ${status}`).toBe(0);
      }
    }
    const license = bom.declarations.claims.find((c: Json) => c['bom-ref'] === 'claim:demo-scorer/iso42001/A.7.3');
    expect(license.reasoning).toMatch(/^failing: /);
    expect(license.counterEvidence).toEqual(['evidence:demo-scorer/sys%2Fai-system.yaml']);
  });
});

describe('the Statement of Applicability', () => {
  it('lists all 38 Annex A controls, with the exclusion and its justification (Markdown)', async () => {
    const { code, text } = await auditExport('soa');
    expect(code).toBe(0);
    const rows = text.split('\n').filter((line) => /^\| `A\.\d/.test(line));
    expect(rows).toHaveLength(38);
    expect(text).toContain('38 controls: 37 applicable, 1 not.');
    const excluded = rows.find((r) => r.startsWith('| `A.10.4`')) as string;
    expect(excluded).toMatch(/\| no \| The scorer is used only by the bank's own credit officers; .* \| excluded \|/);
    const monitoring = rows.find((r) => r.startsWith('| `A.6.2.6`')) as string;
    expect(monitoring).toMatch(/\| yes \| not excluded by the policy \| evidenced \|/);
    expect(monitoring).toContain(`\`examples/credit-scoring/monitoring/drift.yaml\` \`${sha256('examples/credit-scoring/monitoring/drift.yaml').slice(0, 12)}\``);
    expect(rows.find((r) => r.startsWith('| `A.2.2`'))).toMatch(/\| yes \| not excluded by the policy \| not covered \(nothing checked it for this system\) \| \| \|$/);
  });

  it('as CSV: a row per control, the evidence with full digests, provenance in each row', async () => {
    const { text } = await auditExport('soa-csv');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['system', 'control', 'title', 'applicable', 'reason', 'status', 'rules', 'evidence', 'as_of', 'commit', 'policy_digest']);
    expect(rows).toHaveLength(38);
    for (const row of rows) expect(row).toHaveLength(11);
    const a1024 = rows.find((r) => r[1] === 'A.10.4') as string[];
    expect(a1024.slice(3, 6)).toEqual(['no', expect.stringMatching(/^The scorer is used only/), 'excluded']);
    const a626 = rows.find((r) => r[1] === 'A.6.2.6') as string[];
    expect(a626[7]).toContain(`examples/credit-scoring/monitoring/drift.yaml ${sha256('examples/credit-scoring/monitoring/drift.yaml')}`);
    expect(a626.slice(8, 10)).toEqual(['2026-11-22', 'none']);
  });

  it('without exclusions, every control applies', async () => {
    const root = makeRepo(compliantFiles());
    const { text } = { text: (await cli(['check', '--format', 'soa-csv', '--as-of', '2026-11-22'], root)).stdout };
    const rows = parseCsv(text).slice(1);
    expect(rows).toHaveLength(38);
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['yes']));
  });

  it('escapes hostile names: CSV cells cannot run as formulas or break rows; Markdown cannot break the table', async () => {
    // A folder name (every path in the SoA starts with it), a version and a justification, all written in the repository.
    const hostile = '=HYPERLINK("evil.example","x"),\r\n| <b>@team';
    const files = Object.fromEntries(Object.entries(withManifest((m) => (m.version = '+1 | <i>2</i>'))).map(([file, content]) => [file.replace(/^sys\//, `${hostile}/`), content]));
    const root = makeRepo({
      ...files,
      '.modelgate/policy.yaml': stringify({ extends: 'iso-42001', exclusions: { iso42001: { 'A.10.4': '-2+3 is not a reason, but it is long enough to pass' } } }),
    });
    const csv = (await cli(['check', '--format', 'soa-csv', '--as-of', '2026-11-22'], root)).stdout;
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(39);
    for (const row of rows) expect(row).toHaveLength(11);
    const evidence = rows.find((r) => r[1] === 'A.6.2.6')?.[7] as string;
    expect(evidence, evidence).toSatisfy((e: string) => e.startsWith(`'=HYPERLINK("evil.example","x"),\\r\\n| <b>@team/`));
    expect(rows.find((r) => r[1] === 'A.10.4')?.[4]).toBe("'-2+3 is not a reason, but it is long enough to pass");
    for (const start of ['=', '+', '-', '@', '\t', '\r', ' =1']) expect(csvField(`${start}SUM(A1)`).startsWith(`"'`), JSON.stringify(start)).toBe(true);
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');

    // The attestation of the same repository is still a valid document: paths are percent-encoded
    // in bom-refs and URLs, control characters written out in text.
    const bom = (await cli(['check', '--format', 'cyclonedx', '--as-of', '2026-11-22'], root)).stdout;
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(bom)).toBeNull();
    const parsed = JSON.parse(bom);
    expect(parsed.declarations.targets.components[0].externalReferences[0].url).toMatch(/^%3DHYPERLINK\(%22evil\.example%22%2C%22x%22\)%2C%0D%0A%7C%20%3Cb%3E%40team\/ai-system\.yaml$/);
    expect(parsed.declarations.evidence[0].description).toContain('\\r\\n| <b>@team/'); // the line break written out, not made

    const markdown = (await cli(['check', '--format', 'soa', '--as-of', '2026-11-22'], root)).stdout;
    const heading = markdown.split('\n').find((l) => l.startsWith('## ')) as string;
    expect(heading).toContain('+1 \\| \\<i\\>2\\</i\\>'); // Markdown text: nothing is markup
    expect(heading).toContain('\\r\\n'); // the line break in the folder name is shown, not made
    expect(markdown).not.toContain('\r');
    expect(markdown.replace(/`[^`\n]*`/g, '')).not.toContain('<b>'); // only ever inside code spans
    // Every table row has its seven cells.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| `A.'))) expect(line.split(/(?<!\\)\|/).length - 2).toBe(7);
  });
});

describe('exclusions in a policy pack', () => {
  it('must name an Annex A control, at the line of the entry', () => {
    const root = makeRepo({ 'policy.yaml': 'extends: baseline\nexclusions:\n  iso42001:\n    A.10.9: This control does not exist, so it cannot be excluded.\n' });
    expect(() => loadPolicy(path.join(root, 'policy.yaml'), { baseDir: root })).toThrow(/policy\.yaml:4:\d+: "A\.10\.9" is not an ISO\/IEC 42001 Annex A control \(did you mean "A\.10\.[234]"\?\)/);
  });

  it('need a justification of at least 20 characters', () => {
    const root = makeRepo({ 'policy.yaml': 'extends: baseline\nexclusions:\n  iso42001:\n    A.10.4: n/a\n' });
    expect(() => loadPolicy(path.join(root, 'policy.yaml'), { baseDir: root })).toThrow(/policy\.yaml:4/);
  });

  it('add up along extends, the including pack’s justification winning, and change the digest', () => {
    const root = makeRepo({
      'org.yaml': stringify({ extends: 'baseline', exclusions: { iso42001: { 'A.10.4': 'No customers: the system is internal only.', 'A.10.3': 'No suppliers: all data and models are made in-house.' } } }),
      'team.yaml': stringify({ extends: './org.yaml', exclusions: { iso42001: { 'A.10.4': 'The team serves no customers; only employees use it.' } } }),
    });
    const team = loadPolicy(path.join(root, 'team.yaml'), { baseDir: root });
    expect(team.resolved.exclusions.iso42001).toEqual({
      'A.10.4': { justification: 'The team serves no customers; only employees use it.', pack: 'team.yaml' },
      'A.10.3': { justification: 'No suppliers: all data and models are made in-house.', pack: 'org.yaml' },
    });
    const org = loadPolicy(path.join(root, 'org.yaml'), { baseDir: root });
    expect(policyDigest(team.resolved)).not.toBe(policyDigest(org.resolved));
  });

  it('added by a pull request is a weakening change, not applied until merged', async () => {
    const policy = 'extends: baseline\n';
    const root = makeRepo({ ...compliantFiles(), '.modelgate/policy.yaml': policy });
    commitAll(root);
    fs.writeFileSync(path.join(root, '.modelgate/policy.yaml'), `${policy}exclusions:\n  iso42001:\n    A.2.2: We have no AI policy and would rather not be asked.\n`);
    const report = runGate({ root, base: { ref: 'main', required: true }, policyFrom: 'base', now: new Date('2026-11-22T12:00:00Z') });
    const changed = report.findings.filter((f) => f.message.includes('A.2.2'));
    expect(changed.map((f) => [f.ruleId, f.status, f.file])).toEqual([['policy/changed', 'fail', '.modelgate/policy.yaml']]);
    expect(changed[0]?.message).toMatch(/excludes ISO\/IEC 42001 A\.2\.2 from the Statement of Applicability/);
    expect(report.provenance.policy.packs).toEqual(['.modelgate/policy.yaml', 'baseline']);
    // The Statement of Applicability follows the base commit's policy: the control still applies.
    const csv = (await cli(['check', '--base', 'main', '--policy-from', 'base', '--format', 'soa-csv', '--as-of', '2026-11-22'], root)).stdout;
    expect(parseCsv(csv).find((r) => r[1] === 'A.2.2')?.slice(3, 5)).toEqual(['yes', 'not excluded by the policy']);
  });
});

describe('provenance', () => {
  it('the JSON report names the tool, the git HEAD, the as-of day, the policy digest and each file read with its SHA-256', async () => {
    const root = makeRepo(compliantFiles());
    const head = commitAll(root);
    const report = JSON.parse((await cli(['check', '--format', 'json', '--as-of', '2026-11-22'], root)).stdout);
    expect(report.provenance).toEqual({
      tool: { name: 'modelgate', version: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version },
      commit: head,
      commitSource: 'git HEAD',
      asOf: '2026-11-22',
      policy: { packs: ['baseline'], digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    });
    const files = report.systems[0].files as Array<{ path: string; sha256: string }>;
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['sys/ai-system.yaml', 'sys/README.md', 'sys/evidence/bias.json', 'sys/monitoring/drift.yaml']));
    for (const file of files) expect(file.sha256, file.path).toBe(createHash('sha256').update(fs.readFileSync(path.join(root, file.path))).digest('hex'));
    // A finding names the cited files its rule used.
    const bias = report.findings.find((f: Json) => f.ruleId === 'bias/thresholds-met');
    expect(bias.evidence).toEqual(['sys/evidence/bias.json']);
  });

  it('says when tracked files differ from HEAD, and when there is no git work tree', async () => {
    const root = makeRepo(compliantFiles());
    const plain = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout).provenance;
    expect(plain).toMatchObject({ commit: null, commitSource: 'the root is not in a git work tree' });
    commitAll(root);
    fs.appendFileSync(path.join(root, 'sys/README.md'), '\nMore.\n');
    const dirty = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout).provenance;
    expect(dirty.commitSource).toMatch(/^git HEAD \(tracked files have uncommitted changes/);
    const given = JSON.parse((await cli(['check', '--format', 'json', '--commit', 'none'], root)).stdout).provenance;
    expect(given).toMatchObject({ commit: null, commitSource: 'not recorded: the caller asked for none' });
    expect((await cli(['check', '--commit', 'HEAD'], root)).stderr).toMatch(/--commit must be a full commit id/);
  });

  it('is the same on every run and machine: the digest ignores where packs were read from', async () => {
    const files = { ...compliantFiles(), '.modelgate/policy.yaml': 'extends: iso-42001\n' };
    const [a, b] = [makeRepo(files), makeRepo(files)];
    const run = async (root: string) => JSON.parse((await cli(['check', '--format', 'json', '--as-of', '2026-11-22'], root)).stdout);
    const [first, second] = [await run(a), await run(b)];
    expect(first.provenance).toEqual(second.provenance);
    expect(first.systems).toEqual(second.systems);
    expect(first.provenance.policy.digest).not.toBe(policyDigest(loadPolicy('baseline', { baseDir: a }).resolved));
  });

  it('the Markdown report shows it, and lists the files read with their digests', async () => {
    const root = makeRepo(compliantFiles());
    const markdown = (await cli(['check', '--format', 'markdown', '--as-of', '2026-11-22'], root)).stdout;
    expect(markdown).toMatch(/^Provenance: modelgate \d+\.\d+\.\d+; commit none \(the root is not in a git work tree\); as of 2026-11-22; policy digest `sha256:[0-9a-f]{64}`; \d+ files read/m);
    const digest = createHash('sha256').update(fs.readFileSync(path.join(root, 'sys/ai-system.yaml'))).digest('hex');
    expect(markdown).toContain(`| \`sys/ai-system.yaml\` | \`${digest}\` |`);
  });

  it('stylish and SARIF runs do not hash files (they do not show digests)', () => {
    const root = makeRepo(compliantFiles());
    const report = runGate({ root, hashFiles: false });
    expect(report.systems[0]?.files).toBeUndefined();
    expect(report.findings.some((f) => f.evidence)).toBe(false);
  });
});
