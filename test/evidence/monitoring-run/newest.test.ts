/**
 * `monitoring.latestRun` as a pattern or a folder: the gate judges the newest run it matches (by
 * the time each records, else by name), says which, and reports a pattern that matches nothing
 * at the manifest's latestRun line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, type Files } from '../../helpers/repo.js';
import { pullRequest } from '../../helpers/git.js';
import { runGate } from '../../../src/engine/gate.js';
import { check, failuresOf, MANIFEST, resultsOf, timeAgo, withManifest } from '../../helpers/system.js';

/** A run of the compliant config: its two metrics, and a test of each status given. */
const run = (ranAt: string | undefined, statuses: string[] = ['pass']) =>
  JSON.stringify({
    schema: 'modelgate/monitoring-run@1',
    ...(ranAt === undefined ? {} : { ranAt }),
    tests: [{ name: 'feature_drift', status: 'pass', value: 0.07 }, { name: 'roc_auc', status: 'pass', value: 0.8 }, ...statuses.map((status, i) => ({ name: `test ${i + 1}`, status }))],
  });

/** An Evidently view (`snapshot.json()`): tests, no timestamp. */
const undatedView = JSON.stringify({ metrics: [], tests: [{ name: 'feature_drift', status: 'SUCCESS' }] });

const citing = (latestRun: string, files: Files) => withManifest((m) => (m.monitoring.latestRun = latestRun), files);

/** The rule's results and the files its finding names as evidence. */
function latestRun(files: Files) {
  const report = check(files);
  const findings = report.findings.filter((f) => f.ruleId === 'monitoring/latest-run');
  return { report, findings, evidence: findings.flatMap((f) => f.evidence ?? []) };
}

describe('monitoring.latestRun as a pattern: the newest run is judged', () => {
  it.each<{ name: string; pattern: string; files: Files; judged: string }>([
    {
      name: 'dated names, dated runs: the one that ran last, though an older run fails',
      pattern: 'monitoring/runs/*.json',
      files: { 'sys/monitoring/runs/drift-2026-01-01.json': run(timeAgo(40), ['fail']), 'sys/monitoring/runs/drift-2026-01-02.json': run(timeAgo(1)) },
      judged: 'sys/monitoring/runs/drift-2026-01-02.json',
    },
    {
      name: 'names that do not sort by date: by the time each records, not its name',
      pattern: 'monitoring/runs/*.json',
      files: { 'sys/monitoring/runs/run-b71.json': run(timeAgo(30), ['fail']), 'sys/monitoring/runs/run-a13.json': run(timeAgo(1)) },
      judged: 'sys/monitoring/runs/run-a13.json',
    },
    {
      name: 'a folder of runs, one folder a run: reports/*/run.json',
      pattern: '../reports/*/run.json',
      files: { 'reports/2026-11-29T06-00/run.json': run(timeAgo(2), ['fail']), 'reports/2026-11-30T06-00/run.json': run(timeAgo(1)), 'reports/2026-12-01T06-00/notes.md': '# no run this time' },
      judged: 'reports/2026-11-30T06-00/run.json',
    },
    {
      name: 'a folder ending in /',
      pattern: 'monitoring/runs/',
      files: { 'sys/monitoring/runs/a.json': run(timeAgo(1)), 'sys/monitoring/runs/b.json': run(timeAgo(9), ['fail']) },
      judged: 'sys/monitoring/runs/a.json',
    },
    {
      name: '** through any folders, ? for one character',
      pattern: 'monitoring/**/run-?.json',
      files: { 'sys/monitoring/2026/11/run-1.json': run(timeAgo(3), ['fail']), 'sys/monitoring/2026/12/run-2.json': run(timeAgo(1)), 'sys/monitoring/run-3.json': run(timeAgo(5), ['fail']) },
      judged: 'sys/monitoring/2026/12/run-2.json',
    },
    {
      name: 'runs that record no time: the last by name',
      pattern: 'monitoring/runs/*.json',
      files: { 'sys/monitoring/runs/2026-11-29.json': undatedView, 'sys/monitoring/runs/2026-11-30.json': undatedView },
      judged: 'sys/monitoring/runs/2026-11-30.json',
    },
  ])('$name', ({ pattern, files, judged }) => {
    const { findings, evidence } = latestRun(citing(pattern, files));
    // The older failing runs are not judged; the findings name the file that was (and the config it is read with).
    expect(findings.every((f) => !f.message.includes('failed test'))).toBe(true);
    expect(new Set(evidence)).toEqual(new Set([judged, 'sys/monitoring/drift.yaml']));
  });

  it('says in each failure which run was judged, and why that one', () => {
    const files = citing('monitoring/runs/*.json', {
      'sys/monitoring/runs/drift-2026-11-29.json': run(timeAgo(2)),
      'sys/monitoring/runs/drift-2026-11-30.json': run(timeAgo(1), ['fail']),
      'sys/monitoring/runs/drift-2026-11-28.json': run(timeAgo(3)),
    });
    expect(failuresOf(check(files), 'monitoring/latest-run')).toEqual([
      {
        file: 'sys/monitoring/runs/drift-2026-11-30.json',
        line: 1,
        message: 'the latest monitoring run failed test "test 1" (sys/monitoring/runs/drift-2026-11-30.json is the newest by the time it records of the 3 files sys/monitoring/runs/*.json matches)',
      },
    ]);
  });

  it('a stale newest run is stale, named', () => {
    const files = citing('monitoring/runs/', { 'sys/monitoring/runs/only.json': run(timeAgo(40)) });
    expect(failuresOf(check(files), 'monitoring/latest-run').map((f) => f.message)).toEqual([
      expect.stringMatching(/^the latest monitoring run \(\d{4}-\d\d-\d\d\) is 40 days old; the policy allows .* \(sys\/monitoring\/runs\/only\.json is the only file in sys\/monitoring\/runs\/\)$/),
    ]);
  });

  it('a file named after the newest dated run that records no time fails: it may be the latest run', () => {
    const files = citing('monitoring/runs/*.json', { 'sys/monitoring/runs/2026-11-29.json': run(timeAgo(1)), 'sys/monitoring/runs/2026-11-30.json': '{"truncated": ' });
    const failures = failuresOf(check(files), 'monitoring/latest-run');
    expect(failures).toEqual([
      {
        file: MANIFEST,
        line: lineOf(files[MANIFEST] as string, 'latestRun:'),
        message: expect.stringMatching(/^sys\/monitoring\/runs\/2026-11-30\.json records no time it ran \(.*\), and is named after sys\/monitoring\/runs\/2026-11-29\.json, the newest run by recorded time of sys\/monitoring\/runs\/\*\.json: it may be the latest run; fix it, move it out of the pattern's reach, or narrow the pattern$/),
      },
    ]);
  });

  it.each([
    ['a pattern', 'monitoring/runs/*.json', { 'sys/monitoring/runs/notes.md': '# runs' }, 'sys/monitoring/runs/*.json matches no file'],
    ['a folder', 'monitoring/runs/', { 'sys/monitoring/other.json': run(timeAgo(1)) }, 'sys/monitoring/runs/ holds no file'],
    ['a pattern whose folder is not there', 'monitoring/missing/*/run.json', {}, 'sys/monitoring/missing/*/run.json matches no file'],
    ['hidden files are not matched by a wildcard', 'monitoring/runs/*', { 'sys/monitoring/runs/.latest.json': run(timeAgo(1)) }, 'sys/monitoring/runs/* matches no file'],
  ])('%s that matches nothing: one finding at the latestRun line, from the rule that finds cited files missing', (_, pattern, extra, message) => {
    const files = citing(pattern, extra);
    const report = check(files);
    const at = { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'latestRun:'), message };
    expect(failuresOf(report, 'evidence/cited-file-exists')).toEqual([at]);
    expect(failuresOf(report, 'monitoring/latest-run')).toEqual([at]);
  });

  it.each([
    ['climbs out of the repository', '../../*.json', '"../../*.json" leads outside the repository'],
    ['is an absolute path', '/etc/*.json', '"/etc/*.json" is an absolute path; cite files relative to the manifest'],
  ])('a pattern that %s is refused as a path is', (_, pattern, message) => {
    expect(failuresOf(check(citing(pattern, {})), 'evidence/cited-file-exists').map((f) => f.message)).toEqual([message]);
  });

  it('does not follow a link out of the repository, nor into git data', () => {
    const files: Files = citing('monitoring/runs/*.json', {
      'sys/monitoring/runs/2026-11-29.json': run(timeAgo(1)),
      'sys/monitoring/runs/2026-11-30.json': { symlink: '/etc/hostname' },
    });
    const failures = failuresOf(check(files), 'monitoring/latest-run').map((f) => f.message);
    expect(failures).toEqual([expect.stringMatching(/^sys\/monitoring\/runs\/2026-11-30\.json records no time it ran \(sys\/monitoring\/runs\/2026-11-30\.json is a symbolic link \(or lies under one\) that leads outside the repository\)/)]);
  });

  it('is one cited file to the cross-system rules: the newest run in another system\'s folder is that system\'s', () => {
    const files = citing('../other/monitoring/runs/*.json', {
      'other/ai-system.yaml': 'id: other\nname: Other\nversion: "1"\n',
      'other/monitoring/runs/2026-11-30.json': run(timeAgo(1)),
    });
    expect(failuresOf(check(files), 'evidence/own-system').map((f) => f.message)).toEqual([
      'other/monitoring/runs/2026-11-30.json (the newest file ../other/monitoring/runs/*.json matches) is in the folder of another system (other/ai-system.yaml): a report there is about that system\'s model, not evidence about this one; cite this system\'s own',
    ]);
  });

  it('passes a fixed path as before', () => {
    const files = citing('monitoring/latest.json', { 'sys/monitoring/latest.json': run(timeAgo(1)) });
    expect(resultsOf(check(files), 'monitoring/latest-run').map((f) => f.status)).toEqual(['pass']);
  });

  // Red team: sixteen copies of an old passing run, named to sort after the newer failing one,
  // were all that was read, and the failing run was never judged.
  it('reads every run the pattern matches (up to 200): copies of an older run named to sort last do not hide the newest', () => {
    const files: Files = { 'sys/monitoring/runs/2026-11-13.json': run(timeAgo(8)), 'sys/monitoring/runs/2026-11-20.json': run(timeAgo(1), ['fail']) };
    for (let i = 1; i <= 16; i++) files[`sys/monitoring/runs/2026-11-21-rerun-${String(i).padStart(2, '0')}.json`] = run(timeAgo(8));
    const { findings, evidence } = latestRun(citing('monitoring/runs/*.json', files));
    expect(findings.some((f) => f.status === 'fail' && f.message.startsWith('the latest monitoring run failed test "test 1"'))).toBe(true);
    expect(evidence).toContain('sys/monitoring/runs/2026-11-20.json');
  });

  it('a pattern matching more runs than it reads chooses none, and says so at the latestRun line', () => {
    const files: Files = {};
    for (let i = 0; i < 201; i++) files[`sys/monitoring/runs/r${String(i).padStart(4, '0')}.json`] = '{}';
    const cited = citing('monitoring/runs/*.json', files);
    const failures = failuresOf(check(cited), 'monitoring/latest-run');
    expect(failures).toEqual([{ file: MANIFEST, line: lineOf(cited[MANIFEST] as string, 'latestRun:'), message: 'sys/monitoring/runs/*.json matches 201 files, more than the 200 modelgate reads to tell which is newest: move older runs to a folder the pattern does not reach' }]);
  });

  // Red team: the newest run, which failed, deleted (or renamed out of the pattern's reach), or
  // the citation narrowed to an older run: the older passing run was judged, and the check passed.
  it.each<[string, (root: string) => void, Files]>([
    ['the newest run deleted', (root) => fs.rmSync(path.join(root, 'sys/monitoring/runs/2026-11-20.json')), {}],
    ['the newest run renamed out of the pattern\'s reach', (root) => fs.renameSync(path.join(root, 'sys/monitoring/runs/2026-11-20.json'), path.join(root, 'sys/monitoring/runs/2026-11-20.json.bak')), {}],
    ['the citation narrowed to the older run', () => {}, { 'sys/ai-system.yaml': 'NARROWED' }],
  ])('in a pull request, going back to an earlier run fails: %s', (_name, change, head) => {
    const base = citing('monitoring/runs/*.json', { 'sys/monitoring/runs/2026-11-13.json': run('2026-11-13T06:00:00Z'), 'sys/monitoring/runs/2026-11-20.json': run('2026-11-20T06:00:00Z', ['fail']) });
    const narrowed = (base[MANIFEST] as string).replace('latestRun: monitoring/runs/*.json', 'latestRun: monitoring/runs/2026-11-13.json');
    const root = pullRequest(base, Object.fromEntries(Object.entries(head).map(([file]) => [file, narrowed])));
    change(root);
    const report = runGate({ root, base: { ref: 'main', required: true }, now: new Date('2026-11-22T12:00:00Z') });
    const messages = report.findings.filter((f) => f.ruleId === 'monitoring/latest-run' && f.status === 'fail').map((f) => f.message);
    expect(messages).toEqual([expect.stringMatching(/^sys\/monitoring\/runs\/2026-11-13\.json ran on 2026-11-13T06:00:00Z, before sys\/monitoring\/runs\/2026-11-20\.json, the run the base commit [0-9a-f]{12} judged \(ran on 2026-11-20T06:00:00Z\): a pull request does not go back to an earlier monitoring run/)]);
  });
});
