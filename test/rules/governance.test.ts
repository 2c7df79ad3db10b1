/**
 * The governance rules: what a pull request must not quietly weaken, compared with its base
 * commit. Each case commits the compliant system as the base, applies the pull request's change
 * to the work tree, and runs the gate with --base main: the exact findings, or none.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citationsByField, CITATION_FIELDS } from '../../src/load/citations.js';
import { runGate } from '../../src/engine/gate.js';
import type { Report } from '../../src/report/report.js';
import { lineOf, makeRepo, writeFiles, type Files } from '../helpers/repo.js';
import { COMPLIANT_CARD, compliantFiles, compliantManifest, DATASET_CARD, MANIFEST } from '../helpers/system.js';
import { commitAll, git } from '../helpers/git.js';


const manifest = (mutate: (m: Record<string, any>) => void) => {
  const m = compliantManifest();
  mutate(m);
  return stringify(m);
};

interface PullRequest {
  /** Files the pull request writes. */
  write?: Files;
  /** Files it deletes. */
  remove?: string[];
  /** Files it moves (git mv). */
  move?: Array<[string, string]>;
  /** Files it moves without telling git (the new place is untracked). */
  rename?: Array<[string, string]>;
}

/** The compliant system committed as `main`, then the pull request's change in the work tree. */
function gateOnPullRequest(change: PullRequest, base: Files = compliantFiles()): { report: Report; root: string; sha: string } {
  const root = makeRepo(base);
  commitAll(root);
  const sha = git(root, 'rev-parse', 'HEAD').slice(0, 12);
  for (const [from, to] of change.move ?? []) {
    fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    git(root, 'mv', from, to);
  }
  for (const [from, to] of change.rename ?? []) {
    fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    fs.renameSync(path.join(root, from), path.join(root, to));
  }
  for (const file of change.remove ?? []) fs.rmSync(path.join(root, file), { recursive: true });
  writeFiles(root, change.write ?? {});
  return { report: runGate({ root, base: { ref: 'main', required: true } }), root, sha };
}

const governance = (report: Report) =>
  report.findings.filter((f) => f.ruleId.startsWith('governance/') && f.status === 'fail').map((f) => ({ rule: f.ruleId, file: f.file, line: f.line, message: f.message }));

interface Case {
  name: string;
  change: PullRequest;
  /** The files at the base commit (the compliant system unless said). */
  base?: Files;
  /** `at` is the text whose line the finding points at (in `file`), or a line number. */
  expected: Array<{ rule: string; file: string; at: string | number; message: (sha: string) => string }>;
}

/** A serious-incident log with two incidents, one serious and reported; `edit` changes its text. */
const INCIDENT_LOG = `schema: modelgate/incident-log@1
system: demo-scorer
incidents:
  - id: INC-1
    summary: Scores computed on a stale extract for three days
    detected: "2026-10-02"
    classification: serious-harm
    reported: { date: "2026-10-09", authority: BaFin }
    status: closed
  - id: INC-2
    summary: The dashboard showed the previous day's scores for an hour
    detected: "2026-11-12"
    classification: not-serious
    status: open
`;
const LOG = 'sys/monitoring/incidents.yaml';
const withLog = compliantFiles({ ...compliantManifest(), monitoring: { ...compliantManifest().monitoring, incidents: 'monitoring/incidents.yaml' } });
withLog[LOG] = INCIDENT_LOG;
const logEdited = (from: string, to: string) => ({ write: { [LOG]: INCIDENT_LOG.replace(from, to) } });
const INC_1 = 'incident INC-1 (serious-harm, aware 2026-10-02)';

const cases: Case[] = [
  { name: 'an unchanged system', change: {}, expected: [] },
  {
    name: 'a newer bias report in place of the old one',
    change: { write: { [MANIFEST]: manifest((m) => (m.bias.reports[0].path = 'evidence/bias-v2.json')), 'sys/evidence/bias-v2.json': compliantFiles()['sys/evidence/bias.json'] as string } },
    expected: [],
  },
  { name: 'the stage moved on', change: { write: { [MANIFEST]: manifest((m) => (m.lifecycle = 'operation')) } }, expected: [] },
  { name: 'the stage removed (judged as operation)', change: { write: { [MANIFEST]: manifest((m) => delete m.lifecycle) } }, expected: [] },
  {
    name: 'the system retired (the stage rules stop)',
    change: { write: { [MANIFEST]: manifest((m) => (m.lifecycle = 'retired')) } },
    expected: [{ rule: 'governance/stage-not-regressed', file: MANIFEST, at: 'lifecycle: retired', message: (sha) => `lifecycle is "retired", "deployment" at the base commit ${sha}: a retired system is exempt from the stage rules, so retiring it needs review` }],
  },
  {
    name: 'a dropped runbook replaced by a file the field already cites',
    change: { write: { [MANIFEST]: manifest((m) => (m.oversight.capabilities.stop.evidence = 'docs/oversight.md#limits')) } },
    expected: [
      { rule: 'governance/citations-kept', file: MANIFEST, at: '  capabilities:', message: (sha) => `oversight.capabilities.*.evidence cites 1 file, 2 at the base commit ${sha}; no longer cited: "runbooks/stop.md"` },
    ],
  },
  // Red team: the same file written another way kept a dropped citation.
  ...([
    ['with "./" inside', 'docs/./oversight.md'],
    ['with "//"', 'docs//oversight.md'],
    ['with a backslash', 'docs\\oversight.md'],
    ['with a space after it', 'docs/oversight.md '],
    ['through a link the pull request adds', 'docs/stop.md'],
  ] as const).map(([how, written]): Case => ({
    name: `a dropped runbook replaced by a file the field already cites, written ${how}`,
    change: { write: { [MANIFEST]: manifest((m) => (m.oversight.capabilities.stop.evidence = written)), 'sys/docs/stop.md': { symlink: 'oversight.md' } } },
    expected: [
      { rule: 'governance/citations-kept', file: MANIFEST, at: '  capabilities:', message: (sha) => `oversight.capabilities.*.evidence cites 1 file, 2 at the base commit ${sha}; no longer cited: "runbooks/stop.md"` },
    ],
  })),
  {
    name: 'the cited runbook made a link to another file the field cites, its citation kept',
    change: { write: { 'sys/runbooks/stop.md': { symlink: '../docs/oversight.md' } } },
    expected: [
      { rule: 'governance/citations-kept', file: MANIFEST, at: '  capabilities:', message: (sha) => `oversight.capabilities.*.evidence cites 1 file, 2 at the base commit ${sha}; no longer cited: "runbooks/stop.md"` },
    ],
  },
  {
    name: 'a runbook cited twice, once through a link, both unchanged since the base',
    base: { ...compliantFiles(), 'sys/runbooks/stop-link.md': { symlink: 'stop.md' }, [MANIFEST]: manifest((m) => (m.oversight.capabilities.override.evidence = 'runbooks/stop-link.md')) },
    change: {},
    expected: [],
  },
  // Red team: a declaration that spares the system a rule, newly made, passed unnoticed.
  {
    name: 'a dataset that held personal data declared free of it',
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets[0].personalData = { present: false })) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'present: false', message: (sha) => `dataset "train-2025" is declared free of personal data (personalData.present: false), which it held at the base commit ${sha}: data/personal-data-handling stops asking for its purpose, legal basis and handling` }],
  },
  {
    name: 'a training dataset given another role, the list reordered',
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], id: 'holdout', role: 'test' }, { ...m.data.datasets[0], role: 'validation' }])) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'role: validation', message: (sha) => `dataset "train-2025" has role "validation", where it had "training" at the base commit ${sha}: data/dataset-preparation stops asking how it was prepared and labelled` }],
  },
  {
    name: 'a training dataset whose role is removed',
    change: { write: { [MANIFEST]: manifest((m) => delete m.data.datasets[0].role) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: '- id: train-2025', message: (sha) => `dataset "train-2025" has no role, where it had "training" at the base commit ${sha}: data/dataset-preparation stops asking how it was prepared and labelled` }],
  },
  // Red team: renaming the dataset's id took it past the rule.
  {
    name: 'a dataset with personal data renamed (the same card) and declared free of it',
    change: { write: { [MANIFEST]: manifest((m) => Object.assign(m.data.datasets[0], { id: 'train-2025-v2', personalData: { present: false } })) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'present: false', message: (sha) => `dataset "train-2025-v2", the same card as "train-2025" at the base commit ${sha}, is declared free of personal data (personalData.present: false), which "train-2025" held: data/personal-data-handling stops asking for its purpose, legal basis and handling` }],
  },
  {
    name: 'a training dataset renamed (the same uri) and given another role',
    base: compliantFiles({ ...compliantManifest(), data: { datasets: [{ ...compliantManifest().data.datasets[0], uri: 's3://bucket/train/' }] } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], id: 'renamed', uri: 's3://bucket/train/', card: 'data/other.md', role: 'test' }])) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'role: test', message: (sha) => `dataset "renamed", the same uri as "train-2025" at the base commit ${sha}, has role "test", where "train-2025" had "training": data/dataset-preparation stops asking how it was prepared and labelled` }],
  },
  {
    name: 'a dataset with personal data replaced by a new one declared free of it',
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], id: 'fresh', card: 'data/fresh.md', personalData: { present: false } }])), 'sys/data/fresh.md': DATASET_CARD } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'present: false', message: (sha) => `dataset "fresh" is new and declared free of personal data (personalData.present: false), and dataset "train-2025", which held personal data at the base commit ${sha}, is gone: if it is the same data, data/personal-data-handling stops asking for its purpose, legal basis and handling` }],
  },
  // Red team: a serious incident deleted from the log, or reclassed, passed unnoticed.
  { name: 'the incident log: an incident closed, one added', base: withLog, change: logEdited('status: open', 'status: closed\n  - id: INC-3\n    summary: A new one\n    detected: "2026-12-01"\n    classification: not-serious\n    status: open'), expected: [] },
  {
    name: 'the incident log: a serious incident taken out',
    base: withLog,
    change: logEdited(INCIDENT_LOG.slice(INCIDENT_LOG.indexOf('  - id: INC-1'), INCIDENT_LOG.indexOf('  - id: INC-2')), ''),
    expected: [{ rule: 'governance/incidents-kept', file: LOG, at: 1, message: (sha) => `${INC_1}, in ${LOG} at the base commit ${sha}, is no longer in ${LOG}: an incident is closed in the log (status), never taken out of it` }],
  },
  {
    name: 'the incident log: a serious incident reclassed as not serious, its report removed',
    base: withLog,
    change: logEdited('classification: serious-harm\n    reported: { date: "2026-10-09", authority: BaFin }\n', 'classification: not-serious\n'),
    expected: [
      { rule: 'governance/incidents-kept', file: LOG, at: '- id: INC-1', message: (sha) => `${INC_1} is now classed "not-serious", "serious-harm" at the base commit ${sha}: it need not be reported any more; a reclassification needs review` },
      { rule: 'governance/incidents-kept', file: LOG, at: '- id: INC-1', message: (sha) => `${INC_1} no longer records its report (2026-10-09, to BaFin) as it did at the base commit ${sha}: the log no longer shows that it was reported, or when` },
    ],
  },
  {
    name: 'the incident log: a death reclassed as serious harm (15 days, not 10)',
    base: { ...withLog, [LOG]: INCIDENT_LOG.replace('serious-harm', 'death') },
    change: { write: { [LOG]: INCIDENT_LOG } },
    expected: [{ rule: 'governance/incidents-kept', file: LOG, at: '- id: INC-1', message: (sha) => `incident INC-1 (death, aware 2026-10-02) is now classed "serious-harm", "death" at the base commit ${sha}: its reporting deadline moves from 10 to 15 days; a reclassification needs review` }],
  },
  {
    name: 'the incident log: awareness dated later, the report dated earlier',
    base: withLog,
    change: logEdited('detected: "2026-10-02"\n    classification: serious-harm\n    reported: { date: "2026-10-09"', 'detected: "2026-10-05"\n    classification: serious-harm\n    reported: { date: "2026-10-08"'),
    expected: [
      { rule: 'governance/incidents-kept', file: LOG, at: 'detected: "2026-10-05"', message: (sha) => `${INC_1} is now dated detected "2026-10-05", "2026-10-02" at the base commit ${sha}: the deadline runs from when the provider became aware, which a later date moves` },
      { rule: 'governance/incidents-kept', file: LOG, at: 'date: "2026-10-08"', message: (sha) => `${INC_1} now records its report as 2026-10-08, to BaFin; at the base commit ${sha}, 2026-10-09, to BaFin: when and to whom an incident was reported is a record, not revised` },
    ],
  },
  { name: 'the incident log: an incident reclassed as more serious, detected earlier, its authority written in another case', base: withLog, change: logEdited('detected: "2026-10-02"\n    classification: serious-harm\n    reported: { date: "2026-10-09", authority: BaFin }', 'detected: "2026-10-01"\n    classification: death\n    reported: { date: "2026-10-09", authority: BAFIN }'), expected: [] },
  // Red team: what happened rewritten, the authority's reference changed, a report backdated.
  {
    name: 'the incident log: a summary rewritten',
    base: withLog,
    change: logEdited('Scores computed on a stale extract for three days', 'Dashboard latency for three days; no applicant affected'),
    expected: [{ rule: 'governance/incidents-kept', file: LOG, at: 'summary: Dashboard latency', message: (sha) => `${INC_1} now says what happened differently from at the base commit ${sha}: an incident's summary is a record; add what was learned in a new field or incident, or have the policy owners review the correction` }],
  },
  {
    name: 'the incident log: the authority\'s reference changed',
    base: { ...withLog, [LOG]: INCIDENT_LOG.replace('authority: BaFin }', 'authority: BaFin, reference: MSA-1187 }') },
    change: logEdited('authority: BaFin }', 'authority: BaFin, reference: none }'),
    expected: [{ rule: 'governance/incidents-kept', file: LOG, at: 'date: "2026-10-09"', message: (sha) => `${INC_1} now records its report as 2026-10-09, to BaFin (none); at the base commit ${sha}, 2026-10-09, to BaFin (MSA-1187): when and to whom an incident was reported is a record, not revised` }],
  },
  ...(() => {
    const overdue = INCIDENT_LOG.replace('detected: "2026-11-12"\n    classification: not-serious', 'detected: "2026-11-01"\n    classification: serious-harm');
    const reportedOn = (date: string) => ({ write: { [LOG]: overdue.replace('classification: serious-harm\n    status: open', `classification: serious-harm\n    reported: { date: "${date}", authority: BaFin }\n    status: open`) } });
    return [
      {
        name: 'the incident log: a report recorded for an overdue incident, dated within its deadline',
        base: { ...withLog, [LOG]: overdue },
        change: reportedOn('2026-11-14'),
        expected: [{ rule: 'governance/incidents-kept', file: LOG, at: 'date: "2026-11-14"', message: (sha: string) => `incident INC-2 (serious-harm, aware 2026-11-01) is now recorded as reported on 2026-11-14, within its deadline (2026-11-16), though the log showed it unreported at the base commit ${sha} with that deadline passed: a report recorded after the fact needs the policy owners' review` }],
      },
      { name: 'the incident log: a late report recorded as late', base: { ...withLog, [LOG]: overdue }, change: reportedOn('2026-12-01'), expected: [] },
    ] satisfies Case[];
  })(),
  {
    name: 'the incident log moved to a new file without a serious incident',
    base: withLog,
    change: {
      remove: [LOG],
      write: {
        [MANIFEST]: manifest((m) => (m.monitoring.incidents = 'monitoring/incident-log.yaml')),
        'sys/monitoring/incident-log.yaml': INCIDENT_LOG.slice(0, INCIDENT_LOG.indexOf('  - id: INC-1')) + INCIDENT_LOG.slice(INCIDENT_LOG.indexOf('  - id: INC-2')),
      },
    },
    expected: [{ rule: 'governance/incidents-kept', file: 'sys/monitoring/incident-log.yaml', at: 1, message: (sha) => `${INC_1}, in ${LOG} at the base commit ${sha}, is no longer in sys/monitoring/incident-log.yaml: an incident is closed in the log (status), never taken out of it` }],
  },
  // Red team: less human control, and a record that stops showing overrides, passed unnoticed.
  {
    name: 'oversight moved to human-on-the-loop',
    change: { write: { [MANIFEST]: manifest((m) => (m.oversight.autonomy = 'human-on-the-loop')) } },
    expected: [{ rule: 'governance/oversight-kept', file: MANIFEST, at: 'autonomy: human-on-the-loop', message: (sha) => `oversight.autonomy is "human-on-the-loop", "human-in-the-loop" at the base commit ${sha}: people now have less control over the system's outputs, which needs the oversight owners' review (EU AI Act Art. 14)` }],
  },
  { name: 'oversight moved to human-in-command (more control)', change: { write: { [MANIFEST]: manifest((m) => (m.oversight.autonomy = 'human-in-command')) } }, expected: [] },
  {
    name: 'logging turned off, kept fewer days, and no longer logging overrides',
    base: compliantFiles({ ...compliantManifest(), monitoring: { ...compliantManifest().monitoring, logging: { enabled: true, retentionDays: 400, events: ['score', 'override', 'stop'] } } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.monitoring.logging = { enabled: false, retentionDays: 30, events: ['score', 'Stop', 'reviewer.id'] })) } },
    expected: [
      { rule: 'governance/oversight-kept', file: MANIFEST, at: 'enabled: false', message: (sha) => `monitoring.logging.enabled is false, true at the base commit ${sha}: the system stops keeping the record of its operation (EU AI Act Art. 12)` },
      { rule: 'governance/oversight-kept', file: MANIFEST, at: 'retentionDays: 30', message: (sha) => `monitoring.logging.retentionDays is 30, 400 at the base commit ${sha}: logs are kept for less time, or for no time said` },
      { rule: 'governance/oversight-kept', file: MANIFEST, at: 'events:', message: (sha) => `monitoring.logging.events no longer lists "override", logged at the base commit ${sha}: the record stops showing it` },
    ],
  },
  {
    name: 'logging declarations removed',
    base: compliantFiles({ ...compliantManifest(), monitoring: { ...compliantManifest().monitoring, logging: { enabled: true, retentionDays: 400, events: ['score'] } } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.monitoring.logging = { events: ['score'] })) } },
    expected: [
      { rule: 'governance/oversight-kept', file: MANIFEST, at: '  logging:', message: (sha) => `monitoring.logging.enabled is removed, true at the base commit ${sha}: the system stops keeping the record of its operation (EU AI Act Art. 12)` },
      { rule: 'governance/oversight-kept', file: MANIFEST, at: '  logging:', message: (sha) => `monitoring.logging.retentionDays is removed, 400 at the base commit ${sha}: logs are kept for less time, or for no time said` },
    ],
  },
  {
    name: 'logging kept longer, an event added',
    base: compliantFiles({ ...compliantManifest(), monitoring: { ...compliantManifest().monitoring, logging: { enabled: true, retentionDays: 400, events: ['score'] } } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.monitoring.logging = { enabled: true, retentionDays: 500, events: ['score', 'override'] })) } },
    expected: [],
  },
  // Red team: the impact assessment's review moved to 2099, and a model file swapped under the same version, passed.
  ...(() => {
    const assessed = compliantFiles({ ...compliantManifest(), risk: { ...compliantManifest().risk, impactAssessment: { path: 'docs/impact.md', date: '2026-09-14', nextReview: '2027-03-14' } } });
    const reviewed = (impactAssessment: Record<string, string>, documentUpdated = false) => ({
      write: {
        [MANIFEST]: manifest((m) => (m.risk.impactAssessment = { path: 'docs/impact.md', ...impactAssessment })),
        ...(documentUpdated ? { 'sys/docs/impact.md': `${assessed['sys/docs/impact.md'] as string}\n## Review of 2026-12-01\n\nNo new affected groups; the mitigations hold.\n` } : {}),
      },
    });
    return [
      {
        name: 'the impact assessment review postponed, the assessment not newer',
        base: assessed,
        change: reviewed({ date: '2026-09-14', nextReview: '2099-03-14' }),
        expected: [{ rule: 'governance/review-not-postponed', file: MANIFEST, at: 'nextReview:', message: (sha: string) => `risk.impactAssessment.nextReview is 2099-03-14, 2027-03-14 at the base commit ${sha}, and the assessment is not newer (its date is 2026-09-14): the review is postponed without being done` }],
      },
      {
        name: 'the impact assessment review removed',
        base: assessed,
        change: reviewed({ date: '2026-09-14' }),
        expected: [{ rule: 'governance/review-not-postponed', file: MANIFEST, at: 'impactAssessment:', message: (sha: string) => `risk.impactAssessment.nextReview is removed; it was 2027-03-14 at the base commit ${sha}, and the assessment is not newer (its date is 2026-09-14): the review is dropped without being done` }],
      },
      {
        name: 'the impact assessment dated a day later, its document unchanged',
        base: assessed,
        change: reviewed({ date: '2026-09-15', nextReview: '2099-03-14' }),
        expected: [{ rule: 'governance/review-not-postponed', file: MANIFEST, at: 'nextReview:', message: (sha: string) => `risk.impactAssessment.nextReview is 2099-03-14, 2027-03-14 at the base commit ${sha}, and the assessment is dated 2026-09-15, but docs/impact.md is as it was at the base commit ${sha}: the review is postponed without being done` }],
      },
      {
        name: 'the impact assessment dated in the future',
        base: assessed,
        change: reviewed({ date: '2099-01-01', nextReview: '2099-03-14' }, true),
        expected: [{ rule: 'governance/review-not-postponed', file: MANIFEST, at: 'nextReview:', message: (sha: string) => `risk.impactAssessment.nextReview is 2099-03-14, 2027-03-14 at the base commit ${sha}, and the assessment is dated 2099-01-01, after the run's day (${new Date().toISOString().slice(0, 10)}): the review is postponed without being done` }],
      },
      {
        name: 'the impact assessment pointed at another document the base already held, dated anew',
        base: assessed,
        change: { write: { [MANIFEST]: manifest((m) => (m.risk.impactAssessment = { path: 'docs/oversight.md', date: '2026-12-01', nextReview: '2029-03-14' })) } },
        expected: [{ rule: 'governance/review-not-postponed', file: MANIFEST, at: 'nextReview:', message: (sha: string) => `risk.impactAssessment.nextReview is 2029-03-14, 2027-03-14 at the base commit ${sha}, and the assessment is dated 2026-12-01, but docs/oversight.md is as it was at the base commit ${sha}: the review is postponed without being done` }],
      },
      ...[
        ['an HTML comment', '\n<!-- reviewed 2026-12-01: nothing to change -->\n'],
        ['a link reference definition', '\n[//]: # (reviewed 2026-12-01)\n'],
      ].map(([edit, added]) => ({
        name: `the impact assessment dated anew, its document changed only by ${edit}`,
        base: assessed,
        change: { write: { ...reviewed({ date: '2026-12-01', nextReview: '2099-03-14' }).write, 'sys/docs/impact.md': `${assessed['sys/docs/impact.md'] as string}${added}` } },
        expected: [{ rule: 'governance/review-not-postponed', file: MANIFEST, at: 'nextReview:', message: (sha: string) => `risk.impactAssessment.nextReview is 2099-03-14, 2027-03-14 at the base commit ${sha}, and the assessment is dated 2026-12-01, but docs/impact.md reads as it did at the base commit ${sha} (only what a reader does not see changed: comments, link definitions): the review is postponed without being done` }],
      })),
      { name: 'the impact assessment reviewed (document updated), the next review later', base: assessed, change: reviewed({ date: '2026-12-01', nextReview: '2027-06-01' }, true), expected: [] },
      { name: 'the impact assessment review brought forward', base: assessed, change: reviewed({ date: '2026-09-14', nextReview: '2027-01-14' }), expected: [] },
    ] satisfies Case[];
  })(),
  ...(() => {
    const model = { path: 'model/scorer.onnx', date: '2026-10-27', sha256: 'a'.repeat(64) };
    const shipped = compliantFiles({ ...compliantManifest(), artifacts: [model] });
    const swapped = (mutate: (m: Record<string, any>) => void) => ({ write: { [MANIFEST]: manifest((m) => { m.artifacts = [{ ...model, sha256: 'b'.repeat(64) }]; mutate(m); }) } });
    return [
      {
        name: 'a model file swapped under the same version',
        base: shipped,
        change: swapped(() => {}),
        expected: [{ rule: 'governance/artifacts-match-version', file: MANIFEST, at: 'sha256: bbbb', message: (sha: string) => `artifact "model/scorer.onnx" has sha256 bbbbbbbbbbbb…, aaaaaaaaaaaa… at the base commit ${sha}, and the version is still "1.2.0": the bias, robustness and security evidence for it was about the other file; give the new model a new version` }],
      },
      {
        name: 'a model file whose sha256 is removed under the same version',
        base: shipped,
        change: { write: { [MANIFEST]: manifest((m) => (m.artifacts = [{ path: model.path, date: model.date }])) } },
        expected: [{ rule: 'governance/artifacts-match-version', file: MANIFEST, at: 'path: model/scorer.onnx', message: (sha: string) => `artifact "model/scorer.onnx" no longer has a sha256 (aaaaaaaaaaaa… at the base commit ${sha}), and the version is still "1.2.0": the bias, robustness and security evidence for it was about the other file; give the new model a new version` }],
      },
      {
        name: 'a model file replaced by one under another path, the same version',
        base: shipped,
        change: { write: { [MANIFEST]: manifest((m) => (m.artifacts = [{ ...model, path: 'model/scorer-2.onnx', sha256: 'b'.repeat(64) }])) } },
        expected: [{ rule: 'governance/artifacts-match-version', file: MANIFEST, at: 'path: model/scorer-2.onnx', message: (sha: string) => `artifact "model/scorer-2.onnx" is new and "model/scorer.onnx" (sha256 aaaaaaaaaaaa… at the base commit ${sha}) is gone, and the version is still "1.2.0": the bias, robustness and security evidence for it was about the other file; give the new model a new version` }],
      },
      { name: 'a model file moved (the same sha256, its case aside)', base: shipped, change: { write: { [MANIFEST]: manifest((m) => (m.artifacts = [{ ...model, path: 'weights/scorer.onnx', sha256: 'A'.repeat(64) }])) } }, expected: [] },
      { name: 'a second model file added beside the first', base: shipped, change: { write: { [MANIFEST]: manifest((m) => (m.artifacts = [model, { ...model, path: 'model/scorer.int8.onnx', sha256: 'b'.repeat(64) }])) } }, expected: [] },
      {
        name: 'a model file taken out of the list, the same version',
        base: shipped,
        change: { write: { [MANIFEST]: manifest((m) => delete m.artifacts) } },
        expected: [{ rule: 'governance/artifacts-match-version', file: MANIFEST, at: 1, message: (sha: string) => `artifact "model/scorer.onnx" (sha256 aaaaaaaaaaaa…) is no longer listed, as it was at the base commit ${sha}, and the version is still "1.2.0": the evidence for it names files the manifest no longer ties it to; give a new model a new version` }],
      },
      { name: 'a model file swapped with a new version', base: shipped, change: swapped((m) => (m.version = '1.3.0')), expected: [] },
      // Second new user: init lists artifacts without a sha256; the file itself, changed under the
      // same version, passed (the freshness rules saw it change).
      ...(() => {
        const held: Files = { ...compliantFiles({ ...compliantManifest(), artifacts: [{ path: 'model/scorer.onnx', date: '2026-10-27' }] }), 'sys/model/scorer.onnx': 'weights one', 'sys/model/README.md': 'one\n' };
        const heldCases: Case[] = [
          {
            name: 'a model file the repository holds changed under the same version, no sha256 declared',
            base: held,
            change: { write: { 'sys/model/scorer.onnx': 'weights two' } },
            expected: [{ rule: 'governance/artifacts-match-version', file: MANIFEST, at: 'path: model/scorer.onnx', message: () => 'model/scorer.onnx has changed since the base commit (git compares the file itself), and the version is still "1.2.0": the bias, robustness and security evidence for it was about the other file; give the new model a new version' }],
          },
          { name: 'a README beside a model file edited, no sha256 declared', base: held, change: { write: { 'sys/model/README.md': 'two\n' } }, expected: [] },
          { name: 'a model file changed with a new version, no sha256 declared', base: held, change: { write: { 'sys/model/scorer.onnx': 'weights two', [MANIFEST]: manifest((m) => { m.artifacts = [{ path: 'model/scorer.onnx', date: '2026-10-27' }]; m.version = '1.3.0'; }) } }, expected: [] },
        ];
        return heldCases;
      })(),
    ] satisfies Case[];
  })(),
  // Review: a copy of the data added under a new id (one pull request), the original removed in the next.
  {
    name: 'a copy of a dataset with personal data (the same uri) added and declared free of it',
    base: compliantFiles({ ...compliantManifest(), data: { datasets: [{ ...compliantManifest().data.datasets[0], uri: 's3://bucket/train/' }] } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], uri: 's3://bucket/train/' }, { ...m.data.datasets[0], id: 'train-copy', uri: 's3://bucket/train/', personalData: { present: false } }])) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'present: false', message: (sha) => `dataset "train-copy", the same uri as "train-2025" at the base commit ${sha}, is declared free of personal data (personalData.present: false), which "train-2025" held: data/personal-data-handling stops asking for its purpose, legal basis and handling` }],
  },
  {
    name: 'a copy of a training dataset (the same sha256) added as a test set',
    base: compliantFiles({ ...compliantManifest(), data: { datasets: [{ ...compliantManifest().data.datasets[0], sha256: 'c'.repeat(64) }] } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], sha256: 'c'.repeat(64) }, { ...m.data.datasets[0], id: 'train-copy', sha256: 'C'.repeat(64), role: 'test' }])) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'role: test', message: (sha) => `dataset "train-copy", the same sha256 as "train-2025" at the base commit ${sha}, has role "test", where "train-2025" had "training": data/dataset-preparation stops asking how it was prepared and labelled` }],
  },
  {
    name: 'a training dataset replaced by a new one, the test set refreshed too (a retraining)',
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], id: 'train-2026', card: 'data/train-2026.md' }, { ...m.data.datasets[0], id: 'test-2026', role: 'test', card: 'data/train-2026.md', personalData: { present: false } }])), 'sys/data/train-2026.md': DATASET_CARD } },
    expected: [],
  },
  {
    name: 'a training dataset replaced by a new one with another role',
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], id: 'fresh', role: 'validation', card: 'data/fresh.md' }])), 'sys/data/fresh.md': DATASET_CARD } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'role: validation', message: (sha) => `dataset "fresh" is new and has role "validation", and training dataset "train-2025" of the base commit ${sha} is gone with no new training dataset in its place: if it is the same data, data/dataset-preparation stops asking how it was prepared and labelled` }],
  },
  {
    name: 'a new dataset declared free of personal data, and one that never held it',
    change: { write: { [MANIFEST]: manifest((m) => m.data.datasets.push({ ...m.data.datasets[0], id: 'extra', card: 'data/extra.md', personalData: { present: false } })), 'sys/data/extra.md': DATASET_CARD } },
    expected: [],
  },
  // Red team: a copy described by the same card (or uri with another trailing slash) escaped.
  {
    name: 'a copy of a dataset with personal data (the same card) added and declared free of it',
    change: { write: { [MANIFEST]: manifest((m) => m.data.datasets.push({ ...m.data.datasets[0], id: 'train-features', card: './data/train.md', personalData: { present: false } })) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'present: false', message: (sha) => `dataset "train-features", the same card as "train-2025" at the base commit ${sha}, is declared free of personal data (personalData.present: false), which "train-2025" held: data/personal-data-handling stops asking for its purpose, legal basis and handling` }],
  },
  {
    name: 'a dataset with personal data renamed, its uri written without the trailing slash',
    base: compliantFiles({ ...compliantManifest(), data: { datasets: [{ ...compliantManifest().data.datasets[0], uri: 'S3://bucket/train/', card: undefined }] } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], id: 'train-2025-12', uri: 's3://bucket/train', card: undefined, personalData: { present: false } }])) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'present: false', message: (sha) => `dataset "train-2025-12", the same uri as "train-2025" at the base commit ${sha}, is declared free of personal data (personalData.present: false), which "train-2025" held: data/personal-data-handling stops asking for its purpose, legal basis and handling` }],
  },
  // Red team: after a retraining, the old training set kept as the monitoring reference, its preparation still stated.
  {
    name: 'the old training set kept as the reference, its preparation still stated',
    change: { write: { [MANIFEST]: manifest((m) => (m.data.datasets = [{ ...m.data.datasets[0], id: 'train-2026', card: 'data/train-2026.md' }, { ...m.data.datasets[0], role: 'reference', preprocessing: 'Deduplicated by applicant.', labeling: 'Default within 12 months, from the ledger.' }])), 'sys/data/train-2026.md': DATASET_CARD } },
    expected: [],
  },
  {
    name: 'published public-interest text newly declared under editorial control',
    base: compliantFiles({ ...compliantManifest(), transparency: { publishesPublicInterestText: true } }),
    change: { write: { [MANIFEST]: manifest((m) => (m.transparency = { publishesPublicInterestText: true, editorialControl: { reviewed: true, responsible: 'The news desk editor', process: 'docs/oversight.md' } })) } },
    expected: [{ rule: 'governance/exemptions-kept', file: MANIFEST, at: 'reviewed: true', message: (sha) => `transparency.editorialControl.reviewed is now true, which it was not at the base commit ${sha}: the AI-generated text the system publishes is no longer disclosed as such (Art. 50(4)), so the editorial control it claims needs review` }],
  },
  {
    name: 'the policy the pull request adds excludes the system (policy from the head)',
    change: { write: { '.modelgate/policy.yaml': 'extends: baseline\nexclude: [sys]\n' } },
    expected: [{ rule: 'governance/system-removed', file: MANIFEST, at: 1, message: (sha) => `system "demo-scorer" (${MANIFEST} at the base commit ${sha}) is no longer checked: its manifest was deleted or moved out of the scanned paths; this run finds no system at all` }],
  },
  {
    name: 'the tier lowered from high to limited',
    change: { write: { [MANIFEST]: manifest((m) => (m.risk.euAiAct.tier = 'limited')) } },
    expected: [{ rule: 'governance/risk-not-lowered', file: MANIFEST, at: 'tier: limited', message: (sha) => `risk.euAiAct.tier is "limited", lower than "high" at the base commit ${sha}; lowering a system's risk drops the rules for it` }],
  },
  {
    name: 'the tier removed',
    change: { write: { [MANIFEST]: manifest((m) => delete m.risk.euAiAct.tier) } },
    expected: [{ rule: 'governance/risk-not-lowered', file: MANIFEST, at: 1, message: (sha) => `risk.euAiAct.tier is removed, lower than "high" at the base commit ${sha}; lowering a system's risk drops the rules for it` }],
  },
  {
    name: 'the roles declared as deployer only (undeclared, they count as both): every obligation of a provider stops applying',
    change: { write: { [MANIFEST]: manifest((m) => (m.risk.euAiAct.roles = ['deployer'])) } },
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: '  euAiAct:',
        message: (sha) =>
          `risk.euAiAct now exempts the system from EU AI Act Art.6, Art.9, Art.10, Art.11, Art.12, Art.13, Art.14, Art.15, Art.16, Art.17, Art.18, Art.19, Art.20, Art.43, Art.47, Art.48, Art.49, Art.72, Art.73, which applied at the base commit ${sha}; changing its tier, roles or basis drops the rules for them`,
      },
    ],
  },
  {
    name: 'a high-risk chatbot no longer declared as talking to people: Art. 50 stops applying',
    change: { write: { [MANIFEST]: manifest((m) => (m.transparency = { interactsWithPeople: false })) } },
    base: compliantFiles({ ...compliantManifest(), transparency: { interactsWithPeople: true } }),
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: 'transparency:',
        message: (sha) => `transparency.interactsWithPeople was true at the base commit ${sha} and no longer is: the system is now exempt from EU AI Act Art.50, and the rules for it stop applying`,
      },
    ],
  },
  {
    name: 'a high-risk emotion recognition system no longer declared as one: its deployer\'s Art. 50 duties stop applying',
    change: { write: { [MANIFEST]: manifest((m) => (m.transparency = { recognisesEmotions: false })) } },
    base: compliantFiles({ ...compliantManifest(), transparency: { recognisesEmotions: true } }),
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: 'transparency:',
        message: (sha) => `transparency.recognisesEmotions was true at the base commit ${sha} and no longer is: the system is now exempt from EU AI Act Art.50, and the rules for it stop applying`,
      },
    ],
  },
  {
    name: 'a limited-risk deployer that no longer declares its deep fakes: Art. 50 still applies by its tier, but nothing asks for the disclosure any more',
    change: { write: { [MANIFEST]: manifest((m) => ((m.risk.euAiAct = { tier: 'limited', basis: 'Art. 50(4): synthetic video', roles: ['provider', 'deployer'] }), (m.transparency = { interactsWithPeople: false, generatesContent: true, generatesDeepFakes: false }))) } },
    base: compliantFiles({ ...compliantManifest(), risk: { ...compliantManifest().risk, euAiAct: { tier: 'limited', basis: 'Art. 50(4): synthetic video', roles: ['provider', 'deployer'] } }, transparency: { interactsWithPeople: false, generatesContent: true, generatesDeepFakes: true } }),
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: 'transparency:',
        message: (sha) => `transparency.generatesDeepFakes was true at the base commit ${sha} and no longer is: nothing asks any more for the notice or disclosure EU AI Act Art.50(4) binds it to`,
      },
    ],
  },
  {
    name: 'a limited-risk deployer that no longer declares its deep fakes and rewords its basis: the withdrawal is judged on its own',
    change: { write: { [MANIFEST]: manifest((m) => ((m.risk.euAiAct = { tier: 'limited', basis: 'Art. 50(4): synthetic video.', roles: ['deployer', 'deployer'] }), (m.transparency = { interactsWithPeople: false, generatesContent: true, generatesDeepFakes: false }))) } },
    base: compliantFiles({ ...compliantManifest(), risk: { ...compliantManifest().risk, euAiAct: { tier: 'limited', basis: 'Art. 50(4): synthetic video', roles: ['deployer'] } }, transparency: { interactsWithPeople: false, generatesContent: true, generatesDeepFakes: true } }),
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: 'transparency:',
        message: (sha) => `transparency.generatesDeepFakes was true at the base commit ${sha} and no longer is: nothing asks any more for the notice or disclosure EU AI Act Art.50(4) binds it to`,
      },
    ],
  },
  {
    name: 'a high-risk emotion recognition system whose deployer role is dropped as the flag is withdrawn: both are said',
    change: { write: { [MANIFEST]: manifest((m) => ((m.risk.euAiAct.roles = ['provider']), (m.transparency = { recognisesEmotions: false }))) } },
    base: compliantFiles({ ...compliantManifest(), transparency: { recognisesEmotions: true } }),
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: 'transparency:',
        message: (sha) => `transparency.recognisesEmotions was true at the base commit ${sha} and no longer is: nothing asks any more for the notice or disclosure EU AI Act Art.50(3) binds it to`,
      },
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: '  euAiAct:',
        message: (sha) => `risk.euAiAct now exempts the system from EU AI Act Art.26, Art.27, Art.50, Art.86, which applied at the base commit ${sha}; changing its tier, roles or basis drops the rules for them`,
      },
    ],
  },
  {
    name: 'a provider alone that no longer declares deep fakes: a deployer\'s paragraph never bound it, so nothing is lowered',
    change: { write: { [MANIFEST]: manifest((m) => ((m.risk.euAiAct = { tier: 'limited', basis: 'Art. 50(2): synthetic video', roles: ['provider'] }), (m.transparency = { interactsWithPeople: false, generatesContent: true, generatesDeepFakes: false }))) } },
    base: compliantFiles({ ...compliantManifest(), risk: { ...compliantManifest().risk, euAiAct: { tier: 'limited', basis: 'Art. 50(2): synthetic video', roles: ['provider'] } }, transparency: { interactsWithPeople: false, generatesContent: true, generatesDeepFakes: true } }),
    expected: [],
  },
  {
    name: 'a general-purpose model newly declared an open-source release: Art. 53(1)(a) and (b) stop applying (Art. 53(2))',
    change: { write: { [MANIFEST]: manifest((m) => ((m.license = 'apache-2.0'), (m.risk.euAiAct = { tier: 'gpai', basis: 'Art. 51', roles: ['provider'] }), (m.transparency = { parametersPublic: true }))) } },
    base: compliantFiles({ ...compliantManifest(), license: 'apache-2.0', risk: { ...compliantManifest().risk, euAiAct: { tier: 'gpai', basis: 'Art. 51', roles: ['provider'] } } }),
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: 'parametersPublic: true',
        message: (sha) =>
          `the system now declares an open-source release (license apache-2.0, transparency.parametersPublic), which it did not at the base commit ${sha}: it is now exempt from EU AI Act Art.53(1)(a), Art.53(1)(b) (Art. 53(2)), and the rules for them stop applying`,
      },
    ],
  },
  {
    name: 'the basis rewritten to cite Annex I: high-risk obligations a year later',
    change: { write: { [MANIFEST]: manifest((m) => (m.risk.euAiAct.basis = 'Annex I Section A 11: a safety component of a medical device')) } },
    expected: [
      {
        rule: 'governance/risk-not-lowered',
        file: MANIFEST,
        at: '  euAiAct:',
        message: (sha) => `risk.euAiAct now exempts the system from EU AI Act Art.27, Art.86, which applied at the base commit ${sha}; changing its tier, roles or basis drops the rules for them`,
      },
    ],
  },
  {
    name: 'the stage moved back from deployment to development',
    change: { write: { [MANIFEST]: manifest((m) => (m.lifecycle = 'development')) } },
    expected: [{ rule: 'governance/stage-not-regressed', file: MANIFEST, at: 'lifecycle: development', message: (sha) => `lifecycle is "development", earlier than "deployment" at the base commit ${sha}; moving a system back skips the rules of the stages after it` }],
  },
  {
    name: 'the only bias report no longer cited',
    change: { write: { [MANIFEST]: manifest((m) => (m.bias.reports = [])) } },
    expected: [{ rule: 'governance/citations-kept', file: MANIFEST, at: 'reports: []', message: (sha) => `bias.reports.*.path cites 0 files, 1 at the base commit ${sha}; no longer cited: "evidence/bias.json"` }],
  },
  {
    name: 'the stop runbook no longer cited',
    change: { write: { [MANIFEST]: manifest((m) => delete m.oversight.capabilities.stop.evidence) } },
    expected: [
      { rule: 'governance/citations-kept', file: MANIFEST, at: '  capabilities:', message: (sha) => `oversight.capabilities.*.evidence cites 1 file, 2 at the base commit ${sha}; no longer cited: "runbooks/stop.md"` },
    ],
  },
  {
    name: 'the model card front matter stripped',
    change: { write: { 'sys/README.md': COMPLIANT_CARD.replace(/^---\n[\s\S]*?\n---\n/, '') } },
    expected: [{ rule: 'governance/card-front-matter-kept', file: 'sys/README.md', at: 1, message: (sha) => expect.stringContaining(`the model card sys/README.md has no front matter; at the base commit ${sha} it declared `) as never }],
  },
  {
    name: 'the manifest deleted',
    change: { remove: [MANIFEST] },
    expected: [{ rule: 'governance/system-removed', file: MANIFEST, at: 1, message: (sha) => `system "demo-scorer" (${MANIFEST} at the base commit ${sha}) is no longer checked: its manifest was deleted or moved out of the scanned paths; this run finds no system at all` }],
  },
  {
    name: 'the system moved, untracked, into a folder .gitignore hides',
    change: { write: { '.gitignore': 'vendor/\n' }, rename: [['sys', 'vendor/sys']] },
    expected: [{ rule: 'governance/system-removed', file: MANIFEST, at: 1, message: (sha) => `system "demo-scorer" (${MANIFEST} at the base commit ${sha}) is no longer checked: its manifest was deleted or moved out of the scanned paths; this run finds no system at all` }],
  },
  {
    name: 'the system moved to another checked folder, its tier lowered on the way',
    change: { move: [['sys', 'models/sys']], write: { 'models/sys/ai-system.yaml': manifest((m) => (m.risk.euAiAct.tier = 'minimal')) } },
    expected: [{ rule: 'governance/risk-not-lowered', file: 'models/sys/ai-system.yaml', at: 'tier: minimal', message: (sha) => `risk.euAiAct.tier is "minimal", lower than "high" at the base commit ${sha}; lowering a system's risk drops the rules for it` }],
  },
];

/** The compliant system, and a second one (other-scorer, minimal risk) under other/. */
function twoSystems(): Files {
  const other = Object.entries(compliantFiles(compliantManifest()))
    .map(([file, text]) => [file.replace(/^sys\//, 'other/'), file === MANIFEST ? manifest((m) => Object.assign(m, { id: 'other-scorer', risk: { euAiAct: { tier: 'minimal', basis: 'internal' } } })) : text] as const);
  return { ...compliantFiles(), ...Object.fromEntries(other) };
}

describe('governance rules on a pull request', () => {
  it("reusing another system's path for a deleted system's id: the old system is gone, and the tier is compared with the deleted one", () => {
    const otherManifest = manifest((m) => (m.risk.euAiAct.tier = 'minimal'));
    const { report, root, sha } = gateOnPullRequest({ remove: ['sys'], write: { 'other/ai-system.yaml': otherManifest } }, twoSystems());
    expect(governance(report)).toEqual([
      {
        rule: 'governance/risk-not-lowered',
        file: 'other/ai-system.yaml',
        line: lineOf(fs.readFileSync(path.join(root, 'other/ai-system.yaml'), 'utf8'), 'tier: minimal'),
        message: `risk.euAiAct.tier is "minimal", lower than "high" at the base commit ${sha}; lowering a system's risk drops the rules for it`,
      },
      { rule: 'governance/system-removed', file: 'other/ai-system.yaml', line: 1, message: `system "other-scorer" (other/ai-system.yaml at the base commit ${sha}) is no longer checked: that manifest now describes "demo-scorer"` },
    ]);
  });


  it.each(cases)('$name', ({ change, base, expected }) => {
    const { report, root, sha } = gateOnPullRequest(change, base);
    expect(governance(report)).toEqual(
      expected.map(({ rule, file, at, message }) => ({
        rule,
        file,
        line: typeof at === 'number' ? at : lineOf(fs.readFileSync(path.join(root, file), 'utf8'), at),
        message: message(sha),
      })),
    );
  });

  it('run without a base commit, none of them applies', () => {
    const root = makeRepo(compliantFiles(compliantManifest()));
    const report = runGate({ root });
    expect(report.findings.filter((f) => f.ruleId.startsWith('governance/') && f.status !== 'not-applicable')).toEqual([]);
  });
});

describe('CITATION_FIELDS', () => {
  it("is every field of the manifest schema that cites a file ($defs/path)", () => {
    const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schemas/ai-system.schema.json'), 'utf8'));
    const fields: string[] = [];
    const walk = (node: any, at: string[]): void => {
      if (!node || typeof node !== 'object') return;
      if (node.$ref === '#/$defs/path') fields.push(at.join('.'));
      if (node.$ref === '#/$defs/capability') fields.push([...at, 'evidence'].join('.'));
      if (node.$ref === '#/$defs/assessment') fields.push([...at, 'evidence'].join('.'));
      if (node.$ref === '#/$defs/dataset') walk(schema.$defs.dataset, at);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...at, key]);
      if (node.items) walk(node.items, [...at, '*']);
    };
    walk(schema, []);
    // Every capability's and assessment's evidence is one field; the security scans are their own.
    const generalised = new Set(fields.map((f) => f.replace(/^(oversight\.capabilities|assurance)\.[^.]+\.evidence$/u, '$1.*.evidence')));
    expect([...generalised].sort()).toEqual([...CITATION_FIELDS].sort());
  });

  it('finds the compliant manifest\'s citations by field', () => {
    const cited = citationsByField(compliantManifest());
    expect(cited.get('bias.reports.*.path')).toEqual(['evidence/bias.json']);
    expect(cited.get('oversight.capabilities.*.evidence')).toHaveLength(6);
  });
});
