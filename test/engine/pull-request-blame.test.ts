// On a pull request, the checks that compare systems (evidence/own-system's shared reports and
// copies, manifest/duplicate-id) blame the system the pull request adds, not the one it copied:
// the systems the base commit has are compared first, wherever the new folder sorts. The report
// still lists systems, coverage and findings in discovery order. Without a base, the later system
// in discovery order is blamed, as before.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSystem } from '../../src/engine/check-system.js';
import { NO_BASE, runGate, type GateOptions } from '../../src/engine/gate.js';
import { loadPolicy } from '../../src/evaluate/policy.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import type { Report } from '../../src/report/report.js';
import { pullRequest } from '../helpers/git.js';
import { lineOf, makeRepo, type Files } from '../helpers/repo.js';
import { compliantFiles, compliantManifest, daysAgo, resultsOf } from '../helpers/system.js';

const OWN = 'evidence/own-system';
const DUPLICATE = 'manifest/duplicate-id';
const BASE = { base: { ref: 'main', required: true } } satisfies Partial<GateOptions>;

/** The compliant system in `folder/` with id `id`, its bias report named for that id. */
function systemIn(folder: string, id: string, edit: (manifest: Record<string, any>) => void = () => {}): Files {
  const manifest = compliantManifest();
  manifest.id = id;
  edit(manifest);
  return Object.fromEntries(Object.entries(compliantFiles(manifest)).map(([file, text]) => [file.replace(/^sys\//, `${folder}/`), text]));
}

/** A copy of `from`'s folder in `to`, as a pull request that copies a system's folder makes it. */
function copied(files: Files, from: string, to: string): Files {
  return Object.fromEntries(Object.entries(files).filter(([file]) => file.startsWith(`${from}/`)).map(([file, text]) => [`${to}/${file.slice(from.length + 1)}`, text]));
}

/** The pull request's head in a repository whose base commit (main) holds `base`. */
function runPullRequest(base: Files, head: Files, options: Partial<GateOptions> = {}): Report {
  const root = pullRequest(base, head);
  return runGate({ root, policyBaseDir: root, ...BASE, ...options });
}

/** Rule results on one manifest: status, line and message. */
function resultsAt(report: Report, rule: string, manifest: string) {
  return resultsOf(report, rule).filter((r) => r.file === manifest).map(({ status, line, message }) => ({ status, line, message }));
}

/** The systems the findings on a manifest are counted for. */
function systemsOf(report: Report, manifest: string): string[] {
  return [...new Set(report.findings.filter((f) => f.file === manifest).map((f) => f.system))];
}

const copyMessage = (copy: string, original: string, citer: string) =>
  `${copy} has the same content as ${original}, which ${citer} cites: a report is about one model, so one of the two is a copy of the other system's; cite this system's own`;
const duplicateMessage = (id: string, first: string) => `system id "${id}" is already used by ${first}; ids must be unique`;

describe('a pull request that adds a system copying an established one', () => {
  const established = systemIn('models/b', 'b-scorer');

  describe.each([
    ['sorts before the established one', 'models/a'],
    ['sorts after the established one', 'models/c'],
  ])('the new folder %s', (_name, folder) => {
    const manifest = `${folder}/ai-system.yaml`;

    it("fails the new system citing a copy of the established system's bias report, at its citation", () => {
      const head: Files = { ...systemIn(folder, 'new-scorer'), [`${folder}/evidence/bias.json`]: established['models/b/evidence/bias.json'] as string };
      const report = runPullRequest(established, head);
      expect(resultsAt(report, OWN, manifest)).toEqual([
        { status: 'fail', line: lineOf(head[manifest] as string, 'path: evidence/bias.json'), message: copyMessage(`${folder}/evidence/bias.json`, 'models/b/evidence/bias.json', 'models/b/ai-system.yaml') },
      ]);
      expect(resultsAt(report, OWN, 'models/b/ai-system.yaml').map((r) => r.status)).toEqual(['pass']);
      expect(systemsOf(report, 'models/b/ai-system.yaml')).toEqual(['b-scorer']);
      expect(report.systems.map((s) => s.manifest)).toEqual([manifest, 'models/b/ai-system.yaml'].sort());
    });

    it("fails the new system that reuses the established system's id, at its id, and the established one keeps its id and waivers", () => {
      const waived = (m: Record<string, any>) => (m.data.datasets[0].license = 'not-a-licence'); // data/dataset-license-known fails
      const base: Files = {
        ...systemIn('models/b', 'b-scorer', waived),
        '.modelgate/waivers.yaml': stringify({
          waivers: [{ rule: 'data/dataset-license-known', system: 'b-scorer', justification: 'Licence review with legal is booked for next sprint (LEG-42).', approver: 'Head of ML', expires: daysAgo(-90) }],
        }),
      };
      // A copied folder, its bias report rerun (one figure differs), so only the id is shared.
      const head = copied(base, 'models/b', folder);
      head[`${folder}/evidence/bias.json`] = (head[`${folder}/evidence/bias.json`] as string).replace('0.04', '0.03');
      const report = runPullRequest(base, head);
      expect(resultsAt(report, DUPLICATE, manifest)).toEqual([{ status: 'fail', line: lineOf(head[manifest] as string, 'id: b-scorer'), message: duplicateMessage('b-scorer', 'models/b/ai-system.yaml') }]);
      expect(resultsAt(report, DUPLICATE, 'models/b/ai-system.yaml').map((r) => r.status)).toEqual(['pass']);
      // The newcomer goes by its path; the established system keeps its id, so its waiver still matches.
      expect(systemsOf(report, manifest)).toEqual([manifest]);
      expect(systemsOf(report, 'models/b/ai-system.yaml')).toEqual(['b-scorer']);
      expect(resultsAt(report, 'data/dataset-license-known', 'models/b/ai-system.yaml').map((r) => r.status)).toEqual(['waived']);
      expect(resultsAt(report, 'data/dataset-license-known', manifest).map((r) => r.status)).toEqual(['fail']);
      expect(resultsOf(report, 'waiver/unused')).toEqual([]);
      expect(report.systems.map((s) => s.id)).toEqual(folder < 'models/b' ? [manifest, 'b-scorer'] : ['b-scorer', manifest]);
    });
  });

  it('blames the later system in discovery order without a base commit, as before', () => {
    const files: Files = { ...established, ...systemIn('models/a', 'b-scorer') };
    files['models/a/evidence/bias.json'] = established['models/b/evidence/bias.json'] as string;
    const report = runGate({ root: makeRepo(files) });
    expect(resultsAt(report, DUPLICATE, 'models/b/ai-system.yaml').map((r) => [r.status, r.message])).toEqual([['fail', duplicateMessage('b-scorer', 'models/a/ai-system.yaml')]]);
    expect(resultsAt(report, OWN, 'models/b/ai-system.yaml').map((r) => [r.status, r.message])).toEqual([
      ['fail', copyMessage('models/b/evidence/bias.json', 'models/a/evidence/bias.json', 'models/a/ai-system.yaml')],
    ]);
    expect(report.systems.map((s) => s.id)).toEqual(['b-scorer', 'models/b/ai-system.yaml']);
  });

  it('lists systems, coverage and findings in discovery order, as a run without a base does', () => {
    const head: Files = { ...systemIn('models/a', 'b-scorer'), ...systemIn('models/aa', 'aa-scorer') };
    head['models/a/evidence/bias.json'] = established['models/b/evidence/bias.json'] as string;
    const report = runPullRequest({ ...established, ...systemIn('models/c', 'c-scorer') }, head);
    const manifests = ['models/a/ai-system.yaml', 'models/aa/ai-system.yaml', 'models/b/ai-system.yaml', 'models/c/ai-system.yaml'];
    expect(report.systems.map((s) => s.manifest)).toEqual(manifests);
    expect(report.coverage.map((c) => c.system)).toEqual(report.systems.map((s) => s.id));
    const inFindings = [...new Set(report.findings.filter((f) => manifests.some((m) => f.file.startsWith(m.replace('ai-system.yaml', '')))).map((f) => f.system))];
    expect(inFindings).toEqual(report.systems.map((s) => s.id));
    expect(report.systems.map((s) => s.id)).toEqual(['models/a/ai-system.yaml', 'aa-scorer', 'b-scorer', 'c-scorer']);
  });

  // The Action's pull request: the change touches only the new folder.
  it('blames the new system with the changed-files scope too', () => {
    const head: Files = { ...systemIn('models/a', 'b-scorer') };
    head['models/a/evidence/bias.json'] = established['models/b/evidence/bias.json'] as string;
    const report = runPullRequest({ ...established, ...systemIn('models/c', 'c-scorer') }, head, { changedFiles: Object.keys(head) });
    // models/b shares the id, so it is reported; models/c is not.
    expect(report.systems.map((s) => s.id)).toEqual(['models/a/ai-system.yaml', 'b-scorer']);
    expect(resultsAt(report, DUPLICATE, 'models/a/ai-system.yaml').map((r) => r.status)).toEqual(['fail']);
    expect(resultsAt(report, OWN, 'models/a/ai-system.yaml').map((r) => r.message)).toEqual([copyMessage('models/a/evidence/bias.json', 'models/b/evidence/bias.json', 'models/b/ai-system.yaml')]);
    expect(resultsAt(report, DUPLICATE, 'models/b/ai-system.yaml').map((r) => r.status)).toEqual(['pass']);
    expect(resultsAt(report, OWN, 'models/b/ai-system.yaml').map((r) => r.status)).toEqual(['pass']);
    expect(report.scope?.skipped.map((s) => s.manifest)).toEqual(['models/c/ai-system.yaml']);
  });

  it('lists the systems the changed-files scope skips in discovery order', () => {
    const head: Files = { ...systemIn('models/a', 'a-scorer'), 'models/c/notes.md': 'A note.\n' };
    const report = runPullRequest({ ...established, ...systemIn('models/c', 'c-scorer') }, head, { changedFiles: ['models/c/notes.md'] });
    expect(report.systems.map((s) => s.id)).toEqual(['c-scorer']);
    expect(report.scope?.skipped.map((s) => s.manifest)).toEqual(['models/a/ai-system.yaml', 'models/b/ai-system.yaml']);
  });
});

// A system split in one pull request: its id changed in place (v1) and its folder copied (v2).
// The copy is the system at a new path, and is the one blamed; a moved system counts as new.
describe('a pull request that changes an id in place and copies the folder', () => {
  it('fails the copy at the new path, not the system renamed in place', () => {
    const base = systemIn('models/m', 'scorer');
    const head: Files = {
      'models/m/ai-system.yaml': (base['models/m/ai-system.yaml'] as string).replace('id: scorer', 'id: scorer-v1'),
      ...copied(base, 'models/m', 'models/z'),
    };
    head['models/z/ai-system.yaml'] = (base['models/m/ai-system.yaml'] as string).replace('id: scorer', 'id: scorer-v2');
    const report = runPullRequest(base, head);
    expect(resultsAt(report, OWN, 'models/m/ai-system.yaml').map((r) => r.status)).toEqual(['pass']);
    expect(resultsAt(report, OWN, 'models/z/ai-system.yaml')).toEqual([
      { status: 'fail', line: lineOf(head['models/z/ai-system.yaml'] as string, 'path: evidence/bias.json'), message: copyMessage('models/z/evidence/bias.json', 'models/m/evidence/bias.json', 'models/m/ai-system.yaml') },
    ]);
  });
});

// Worker threads are given the manifests in the order checked, not discovery order: which
// system a folder holding two manifests belongs to must not depend on it.
it("a check's index of systems does not depend on the order it is given the manifests", () => {
  const files: Files = { ...systemIn('sys', 'yaml-scorer') };
  files['sys/ai-system.yml'] = stringify({ ...compliantManifest(), id: 'yml-scorer' });
  const root = makeRepo(files);
  const run = { repo: new RepoFs(root), policy: loadPolicy('baseline', { baseDir: root }), now: new Date(), noBase: NO_BASE };
  const ownSystem = (manifests: string[]) => checkSystem('sys/ai-system.yaml', { ...run, manifests }).findings.filter((f) => f.ruleId === OWN).map((f) => [f.status, f.message]);
  const sorted = ownSystem(['sys/ai-system.yaml', 'sys/ai-system.yml']);
  expect(sorted).toEqual([['fail', expect.stringContaining('in the folder of another system (sys/ai-system.yml)')]]);
  expect(ownSystem(['sys/ai-system.yml', 'sys/ai-system.yaml'])).toEqual(sorted);
});
