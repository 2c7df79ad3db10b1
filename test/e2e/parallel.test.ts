/**
 * Worker threads: the CLI bundle checks large repositories on several threads. Whatever the
 * number of threads, the report is the same, byte for byte (findings in discovery order,
 * duplicate ids named against the first system, waivers and coverage applied alike).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { makeRepo, type Files } from '../helpers/repo.js';
import { compliantFiles, compliantManifest } from '../helpers/system.js';
import { evaluateGate } from '../../src/engine/gate.js';
import { runCliBundle } from './bundle.js';
import { commitAll } from '../helpers/git.js';

/** 80 systems: most compliant, every fifth broken in a different way, two sharing an id, one waived. */
function monorepo(): string {
  const files: Files = {};
  for (let i = 0; i < 80; i++) {
    const manifest = compliantManifest();
    manifest.id = i === 41 ? 'model-7' : `model-${i}`; // a duplicate id (m41 sorts before m7), found on whichever thread
    if (i % 5 === 1) delete manifest.oversight;
    if (i % 5 === 2) manifest.bias.sensitiveAttributes.push('disability');
    if (i % 5 === 3) manifest.data.datasets[0].license = 'not-a-licence';
    if (i === 44) manifest.bias.reports[0].path = 'evidence/nope.json'; // a finding's own remediation crosses threads
    for (const [file, content] of Object.entries(compliantFiles(manifest))) files[file.replace(/^sys\//, `models/m${i}/`)] = content;
  }
  files['models/m80/ai-system.yaml'] = 'id: [unclosed\n';
  // Model files in two systems' folders, which list no artifacts: each is told, whichever thread checks it.
  files['models/m20/weights/model.pkl'] = 'not read';
  files['models/m67/classifier.joblib'] = 'not read';
  files['.modelgate/waivers.yaml'] = stringify({
    waivers: [{ rule: 'data/dataset-license-known', system: 'model-3', justification: 'Licence review with legal is booked for next sprint (LEG-42).', approver: 'Head of ML', expires: '2026-12-31' }],
  });
  return makeRepo(files);
}

describe('parallel checking', () => {
  it('gives the same JSON report on 1, 2 and 3 threads', () => {
    const repo = monorepo();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-jobs-'));
    const reports = [1, 2, 3].map((jobs) => {
      const file = path.join(out, `report-${jobs}.json`);
      const run = runCliBundle(['check', repo, '--format', 'json', '--output', file, '--as-of', '2026-11-22', '--jobs', String(jobs), '--verbose']);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(`81 systems checked on ${jobs} thread${jobs === 1 ? '' : 's'}`);
      return fs.readFileSync(file, 'utf8');
    });
    // --timing checks on one thread whatever --jobs says, so its figures add up; the report is the same.
    const timedFile = path.join(out, 'report-timed.json');
    const timed = runCliBundle(['check', repo, '--format', 'json', '--output', timedFile, '--as-of', '2026-11-22', '--jobs', '3', '--verbose', '--timing']);
    expect(timed.stderr).toContain('81 systems checked on 1 thread');
    expect(timed.stderr).toMatch(/^modelgate: timing of 81 systems on one thread \([\d,]+ ms\)/m);
    const timedReport = fs.readFileSync(timedFile, 'utf8');
    fs.rmSync(out, { recursive: true, force: true });
    expect(reports[1]).toBe(reports[0]);
    expect(reports[2]).toBe(reports[0]);
    expect(timedReport).toBe(reports[0]);
    const report = JSON.parse(reports[0] as string);
    expect(report.summary.systems).toBe(81);
    const failing = (rule: string) => report.findings.filter((f: { ruleId: string; status: string }) => f.ruleId === rule && f.status === 'fail');
    expect(failing('manifest/duplicate-id').map((f: { message: string }) => f.message)).toEqual(['system id "model-7" is already used by models/m41/ai-system.yaml; ids must be unique']);
    expect(failing('manifest/readable').map((f: { file: string }) => f.file)).toEqual(['models/m80/ai-system.yaml']);
    // Each told to list its artifacts, and asked a scan of the file, which can run code.
    expect(failing('security/scan-covers-artifacts').map((f: { file: string }) => f.file)).toEqual(['models/m20/ai-system.yaml', 'models/m20/ai-system.yaml', 'models/m67/ai-system.yaml', 'models/m67/ai-system.yaml']);
    expect(report.findings.filter((f: { status: string }) => f.status === 'waived')).toHaveLength(1);
    expect(failing('bias/thresholds-met').map((f: { file: string; remediation: string }) => [f.file, f.remediation])).toEqual([
      ['models/m44/ai-system.yaml', expect.stringMatching(/^Make a cited report readable/)],
    ]);
    // Provenance is the same on any number of threads: the policy digest, and each system's files
    // hashed where its thread read them.
    expect(report.provenance.policy.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const m3 = report.systems.find((s: { id: string }) => s.id === 'model-3');
    expect(m3.files.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['models/m3/ai-system.yaml', 'models/m3/evidence/bias.json']));
  });

  it('gives the same CycloneDX attestation on 1 and 3 threads', () => {
    const repo = monorepo();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-cdx-'));
    const [one, three] = [1, 3].map((jobs) => {
      const file = path.join(out, `bom-${jobs}.json`);
      const run = runCliBundle(['check', repo, '--format', 'cyclonedx', '--output', file, '--as-of', '2026-11-22', '--jobs', String(jobs)]);
      expect(run.code, run.stderr).toBe(1);
      return fs.readFileSync(file, 'utf8');
    });
    fs.rmSync(out, { recursive: true, force: true });
    expect(three).toBe(one);
    expect(JSON.parse(one as string).declarations.targets.components).toHaveLength(81);
  });

  it('with the changed-files scope, reports the touched systems (and the one sharing an id) alike on 1 and 3 threads', () => {
    const root = monorepo();
    // A folder change, a manifest change, and a shared file one system's bias report links to.
    fs.mkdirSync(path.join(root, 'shared'));
    fs.renameSync(path.join(root, 'models/m63/evidence/bias.json'), path.join(root, 'shared/bias.json'));
    fs.symlinkSync('../../../shared/bias.json', path.join(root, 'models/m63/evidence/bias.json'));
    const changedFiles = ['models/m12/evidence/bias.json', 'models/m41/ai-system.yaml', 'shared/bias.json'];
    const options = { root, changedFiles, now: new Date('2026-11-22T00:00:00Z'), keepPasses: false, workerScript: path.resolve(__dirname, '../../dist/index.js') };
    const [one, three] = [1, 3].map((jobs) => evaluateGate({ ...options, jobs }));
    expect(three?.threads).toBe(3);
    // m41 has m7's id: both are reported, in discovery order, and the duplicate is m41's finding.
    expect(three?.report.systems.map((s) => s.manifest)).toEqual(['models/m12/ai-system.yaml', 'models/m41/ai-system.yaml', 'models/m63/ai-system.yaml', 'models/m7/ai-system.yaml']);
    expect(three?.report.scope?.skipped).toHaveLength(81 - 4);
    expect(three?.report).toEqual(one?.report);
  });

  it('judges a system moved under a lenient per-path override by its base path alike on 1 and 3 threads', () => {
    const root = monorepo();
    fs.mkdirSync(path.join(root, '.modelgate'), { recursive: true });
    fs.writeFileSync(path.join(root, '.modelgate/policy.yaml'), 'extends: baseline\noverrides:\n  - files: ["experiments/**"]\n    rules: { data/dataset-license-known: off }\n');
    commitAll(root);
    fs.mkdirSync(path.join(root, 'experiments'));
    fs.renameSync(path.join(root, 'models/m8'), path.join(root, 'experiments/m8'));
    const options = { root, policy: '.modelgate/policy.yaml', policyBaseDir: root, base: { ref: 'main', required: true }, now: new Date('2026-11-22T00:00:00Z'), keepPasses: false, workerScript: path.resolve(__dirname, '../../dist/index.js') };
    const [one, three] = [1, 3].map((jobs) => evaluateGate({ ...options, jobs }));
    expect(three?.threads).toBe(3);
    expect(three?.report.findings.filter((f) => f.file === 'experiments/m8/ai-system.yaml' && f.ruleId === 'data/dataset-license-known').map((f) => [f.status, f.severity, f.message])).toEqual([
      ['fail', 'error', expect.stringContaining('(judged as at models/m8/ai-system.yaml, where the base commit has this system: until the move is merged, a per-path override of its new path cannot turn this rule off)')],
    ]);
    expect(three?.report).toEqual(one?.report);
  });

  // The systems the base commit has are checked first, on whichever thread, so the copy is blamed.
  it('on a pull request, blames the system it adds for copying an established one, alike on 1 and 3 threads', () => {
    const root = monorepo();
    commitAll(root);
    // models/m12 copied into a folder that sorts before it: the same id, the same bias report.
    fs.cpSync(path.join(root, 'models/m12'), path.join(root, 'models/a12'), { recursive: true });
    const options = { root, base: { ref: 'main', required: true }, now: new Date('2026-11-22T00:00:00Z'), keepPasses: false, workerScript: path.resolve(__dirname, '../../dist/index.js') };
    const [one, three] = [1, 3].map((jobs) => evaluateGate({ ...options, jobs }));
    expect(one?.threads).toBe(1);
    expect(three?.threads).toBe(3);
    const report = three?.report as NonNullable<typeof three>['report'];
    const failing = (rule: string) => report.findings.filter((f) => f.ruleId === rule && f.status === 'fail').map((f) => [f.file, f.message]);
    expect(failing('manifest/duplicate-id')).toEqual([
      ['models/a12/ai-system.yaml', 'system id "model-12" is already used by models/m12/ai-system.yaml; ids must be unique'],
      ['models/m7/ai-system.yaml', 'system id "model-7" is already used by models/m41/ai-system.yaml; ids must be unique'], // both at the base: as before
    ]);
    expect(failing('evidence/own-system')).toEqual([
      [
        'models/a12/ai-system.yaml',
        "models/a12/evidence/bias.json has the same content as models/m12/evidence/bias.json, which models/m12/ai-system.yaml cites: a report is about one model, so one of the two is a copy of the other system's; cite this system's own",
      ],
      [
        'models/m7/ai-system.yaml',
        "models/m7/evidence/bias.json has the same content as models/m41/evidence/bias.json, which models/m41/ai-system.yaml cites: a report is about one model, so one of the two is a copy of the other system's; cite this system's own",
      ],
    ]);
    expect(new Set(report.findings.filter((f) => f.file.startsWith('models/m12/')).map((f) => f.system))).toEqual(new Set(['model-12']));
    // Reported in discovery order all the same.
    expect(report.systems.slice(0, 2).map((s) => s.id)).toEqual(['models/a12/ai-system.yaml', 'model-0']);
    expect(three?.report).toEqual(one?.report);
  });

  it('--jobs must be a whole number', () => {
    const run = runCliBundle(['check', '.', '--jobs', 'many']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs must be a whole number from 1 to 64, not "many"');
  });
});
