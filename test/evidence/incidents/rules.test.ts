/**
 * The serious-incident log (EU AI Act Art. 73): each rule on a passing log and on each way a log
 * fails, with the exact finding and its line, judged as of a fixed day.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers/evidence.js';
import { lineOf } from '../../helpers/repo.js';
import { check, failuresOf, MANIFEST, resultsOf, withManifest } from '../../helpers/system.js';

const LOG = 'sys/monitoring/incidents.yaml';
const AS_OF = new Date('2026-11-22T12:00:00Z');
const EMPTY = fixture('incidents/modelgate-empty.yaml');
const LOGGED = fixture('incidents/modelgate.yaml');

const withLog = (text: string | undefined, cite = 'monitoring/incidents.yaml') =>
  withManifest((m) => (m.monitoring.incidents = cite), text === undefined ? {} : { [LOG]: text });

const one = (text: string, id: string) => {
  // Just one incident of the fixture, by its id.
  const header = text.slice(0, text.indexOf('  - id:'));
  const entry = text.split(/(?=  - id: )/).find((part) => part.startsWith(`  - id: ${id}\n`)) ?? '';
  return `${header}${entry}`;
};

interface Case {
  rule: string;
  name: string;
  log: string | undefined;
  cite?: string;
  expected: Array<{ file: string; at: string; message: string }>;
}

const cases: Case[] = [
  {
    rule: 'incidents/log-readable',
    name: 'the cited log does not exist',
    log: undefined,
    expected: [{ file: MANIFEST, at: 'incidents: monitoring/incidents.yaml', message: 'sys/monitoring/incidents.yaml does not exist' }],
  },
  {
    rule: 'incidents/log-readable',
    name: 'the log is empty, not explicitly without incidents',
    log: '',
    expected: [{ file: LOG, at: '', message: 'sys/monitoring/incidents.yaml is not a serious incident log in a format modelgate reads (modelgate); check the file or declare its format' }],
  },
  {
    rule: 'incidents/log-readable',
    name: 'an unknown classification',
    log: EMPTY.replace('incidents: []', 'incidents:\n  - { id: X-1, detected: "2026-11-01", classification: bad, status: open }'),
    expected: [{ file: LOG, at: 'id: X-1', message: expect.stringMatching(/^sys\/monitoring\/incidents\.yaml is not a valid serious-incident log: incidents\[0\]\.classification: "bad" is not allowed/) as unknown as string }],
  },
  // Found by an auditor helper: an empty log of another system passed as this system's record.
  {
    rule: 'incidents/log-readable',
    name: "another system's log",
    log: EMPTY.replace('system: demo-scorer', 'system: some-other-system'),
    expected: [{ file: LOG, at: 'system: some-other-system', message: 'sys/monitoring/incidents.yaml is the incident log of "some-other-system", not of demo-scorer' }],
  },
  // Review: a second entry under one id was compared in the first's place.
  {
    rule: 'incidents/log-readable',
    name: 'an incident logged twice',
    log: EMPTY.replace('incidents: []', 'incidents:\n  - { id: X-1, detected: "2026-11-01", classification: not-serious, status: open }\n  - { id: X-1, detected: "2026-11-02", classification: not-serious, status: closed }'),
    expected: [{ file: LOG, at: 'detected: "2026-11-02"', message: 'sys/monitoring/incidents.yaml: incident X-1 is logged twice; each incident is one entry, its later events recorded in it' }],
  },
  {
    rule: 'incidents/reported-in-time',
    name: 'an incident that is not serious, dated detected in the future',
    log: EMPTY.replace('incidents: []', 'incidents:\n  - { id: N-1, detected: "2031-05-02", classification: not-serious, status: open }'),
    expected: [{ file: LOG, at: 'id: N-1', message: 'incident N-1 (not-serious, aware 2031-05-02) is dated detected on 2031-05-02, after the run\'s day (2026-11-22); a date in the future is not when the provider became aware' }],
  },
  {
    rule: 'incidents/reported-in-time',
    name: 'an incident that is not serious, dated reported in the future',
    log: EMPTY.replace('incidents: []', 'incidents:\n  - id: N-3\n    detected: "2026-10-01"\n    classification: not-serious\n    reported: { date: "2030-01-01", authority: BaFin }\n    status: closed'),
    expected: [{ file: LOG, at: 'reported: { date: "2030-01-01"', message: 'incident N-3 (not-serious, aware 2026-10-01) is dated reported on 2030-01-01, after the run\'s day (2026-11-22); a report in the future is not evidence that it was reported' }],
  },
  {
    rule: 'incidents/reported-late',
    name: 'an incident that is not serious, reported before it was detected',
    log: EMPTY.replace('incidents: []', 'incidents:\n  - id: N-2\n    detected: "2026-10-01"\n    classification: not-serious\n    reported: { date: "2026-09-01", authority: BaFin }\n    status: closed'),
    expected: [{ file: LOG, at: 'reported: { date: "2026-09-01"', message: 'incident N-2 (not-serious, aware 2026-10-01) is dated reported on 2026-09-01, before it was detected; check the dates' }],
  },
  {
    rule: 'incidents/log-readable',
    name: 'malformed YAML',
    log: 'schema: modelgate/incident-log@1\nincidents: [\n',
    expected: [{ file: LOG, at: 'incidents: [', message: expect.stringMatching(/^sys\/monitoring\/incidents\.yaml: invalid YAML: /) as unknown as string }],
  },
  {
    rule: 'incidents/reported-in-time',
    name: 'a death not reported 20 days after awareness',
    log: one(LOGGED, 'INC-3'),
    expected: [{ file: LOG, at: 'id: INC-3', message: 'incident INC-3 (death, aware 2026-11-02) is not reported: the 10-day deadline of Art. 73(4) passed on 2026-11-12, 10 days ago' }],
  },
  {
    rule: 'incidents/reported-in-time',
    name: 'a serious harm not reported after 16 days',
    log: one(LOGGED, 'INC-3').replace('"2026-11-02"', '"2026-11-06"').replace('death', 'serious-harm'),
    expected: [{ file: LOG, at: 'id: INC-3', message: 'incident INC-3 (serious-harm, aware 2026-11-06) is not reported: the 15-day deadline of Art. 73(2) passed on 2026-11-21, 1 day ago' }],
  },
  // Red team: a report "to n/a" cleared the unreported serious incident.
  {
    rule: 'incidents/reported-in-time',
    name: 'a serious harm "reported" to n/a',
    log: one(LOGGED, 'INC-1').replace('authority: BaFin, reference: MSA-2026-1187', 'authority: "n/a"'),
    expected: [{ file: LOG, at: 'date: "2026-10-09"', message: 'incident INC-1 (serious-harm, aware 2026-10-02) is not reported (its report is to "n/a", which names no authority): the 15-day deadline of Art. 73(2) passed on 2026-10-17, 36 days ago' }],
  },
  {
    rule: 'incidents/reported-late',
    name: 'a widespread infringement reported after four days',
    log: one(LOGGED, 'INC-2'),
    expected: [{ file: LOG, at: 'date: "2026-11-05"', message: 'incident INC-2 (widespread-infringement, aware 2026-11-01) was reported on 2026-11-05, 2 days after the 2-day deadline of Art. 73(3) (2026-11-03)' }],
  },
  {
    rule: 'incidents/reported-late',
    name: 'reported before it was detected',
    log: one(LOGGED, 'INC-1').replace('date: "2026-10-09"', 'date: "2026-09-30"'),
    expected: [{ file: LOG, at: 'date: "2026-09-30"', message: 'incident INC-1 (serious-harm, aware 2026-10-02) is dated reported on 2026-09-30, before it was detected; check the dates' }],
  },
  {
    rule: 'incidents/reported-in-time',
    name: 'reported on a day after the run\'s day: not yet a report',
    log: one(LOGGED, 'INC-1').replace('date: "2026-10-09"', 'date: "2026-12-01"'),
    expected: [
      {
        file: LOG,
        at: 'date: "2026-12-01"',
        message: "incident INC-1 (serious-harm, aware 2026-10-02) is dated reported on 2026-12-01, after the run's day (2026-11-22); a report in the future is not evidence that it was reported (the 15-day deadline of Art. 73(2) is 2026-10-17)",
      },
    ],
  },
  {
    rule: 'incidents/reported-in-time',
    name: 'detected on a day after the run\'s day, so no deadline has begun',
    log: one(LOGGED, 'INC-3').replace('"2026-11-02"', '"2027-01-10"'),
    expected: [
      {
        file: LOG,
        at: 'detected: "2027-01-10"',
        message: "incident INC-3 (death, aware 2027-01-10) is dated detected on 2027-01-10, after the run's day (2026-11-22); a date in the future is not when the provider became aware",
      },
    ],
  },
];

describe('serious-incident log rules', () => {
  it('incidents/log-readable passes on a log that says it has no incidents', () => {
    expect(resultsOf(check(withLog(EMPTY), { now: AS_OF }), 'incidents/log-readable')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  // Auditor: `incidents: []` passed both deadline rules, and Art. 73(2) counted evidenced by nothing judged.
  it.each([
    ['incidents/reported-in-time', 'the log records no serious incident with a reporting deadline (Art. 73): there is none to judge'],
    ['incidents/reported-late', 'the log records no serious incident with a reporting deadline (Art. 73): there is none to judge'],
  ])('%s is not applicable to a log that says it has no incidents', (rule, reason) => {
    expect(resultsOf(check(withLog(EMPTY), { now: AS_OF }), rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: reason })]);
  });

  it.each<[string, string, string]>([
    ['only incidents that are not serious', 'incidents/reported-in-time', 'the log records no serious incident with a reporting deadline (Art. 73): there is none to judge'],
    ['only incidents that are not serious', 'incidents/reported-late', 'the log records no serious incident with a reporting deadline (Art. 73): there is none to judge'],
    ['a serious incident, within its deadline and not reported yet', 'incidents/reported-late', 'no serious incident in the log was reported yet: there is no report to judge'],
  ])('with %s, %s is not applicable', (name, rule, reason) => {
    const incident = name.startsWith('only') ? '{ id: N-1, detected: "2026-11-01", classification: not-serious, status: closed }' : '{ id: S-1, detected: "2026-11-20", classification: serious-harm, status: open }';
    expect(resultsOf(check(withLog(EMPTY.replace('incidents: []', `incidents:\n  - ${incident}`)), { now: AS_OF }), rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: reason })]);
  });

  // Red team: `incidents: ""` passed both deadline rules, and Art. 73(2) counted evidenced by a log never read.
  it.each<[string, (m: any) => void, string]>([
    ['a blank citation', (m) => (m.monitoring.incidents = ''), 'no incident log is cited (monitoring.incidents is blank)'],
    ['a log that does not exist', (m) => (m.monitoring.incidents = 'evidence/no-such-log.yaml'), 'the incident log cannot be read (incidents/log-readable says why)'],
  ])('with %s, the deadline rules are not applicable, not passed', (_name, mutate, reason) => {
    const report = check(withManifest(mutate), { now: AS_OF });
    for (const rule of ['incidents/reported-in-time', 'incidents/reported-late']) expect(resultsOf(report, rule)).toEqual([expect.objectContaining({ status: 'not-applicable', message: reason })]);
  });

  it('with a serious incident within its deadline and not reported yet, incidents/reported-in-time passes', () => {
    const log = EMPTY.replace('incidents: []', 'incidents:\n  - { id: S-1, detected: "2026-11-20", classification: serious-harm, status: open }');
    expect(resultsOf(check(withLog(log), { now: AS_OF }), 'incidents/reported-in-time')).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it.each(['incidents/log-readable', 'incidents/reported-in-time', 'incidents/reported-late'])('%s does not apply when no log is cited', (rule) => {
    expect(resultsOf(check(withManifest(() => {}), { now: AS_OF }), rule)).toEqual([expect.objectContaining({ status: 'not-applicable' })]);
  });

  it.each(cases)('$rule fails: $name', ({ rule, log, expected }) => {
    const files = withLog(log);
    expect(failuresOf(check(files, { now: AS_OF }), rule)).toEqual(
      expected.map(({ file, at, message }) => ({ file, line: at === '' ? 1 : lineOf(files[file] as string, at), message })),
    );
  });

  it('reports nothing for incidents still within their deadline, reported in time, or not serious', () => {
    const report = check(withLog(one(LOGGED, 'INC-1') + one(LOGGED, 'INC-4').replace(/^[\s\S]*?(?=  - id:)/, '') + one(LOGGED, 'INC-5').replace(/^[\s\S]*?(?=  - id:)/, '')), { now: AS_OF });
    expect(failuresOf(report, 'incidents/reported-in-time')).toEqual([]);
    expect(failuresOf(report, 'incidents/reported-late')).toEqual([]);
    // Two days later, the critical-infrastructure incident (2-day deadline, aware 2026-11-20) is overdue.
    const later = check(withLog(one(LOGGED, 'INC-5')), { now: new Date('2026-11-24T08:00:00Z') });
    expect(failuresOf(later, 'incidents/reported-in-time').map((f) => f.message)).toEqual([
      'incident INC-5 (critical-infrastructure, aware 2026-11-20) is not reported: the 2-day deadline of Art. 73(3) passed on 2026-11-22, 2 days ago',
    ]);
  });

  describe('incidents/log-cited (eu-ai-act-high-risk)', () => {
    it('fails for a high-risk system in deployment without a log', () => {
      const files = withManifest(() => {});
      expect(failuresOf(check(files, { policy: 'eu-ai-act-high-risk', now: AS_OF }), 'incidents/log-cited')).toEqual([
        { file: MANIFEST, line: lineOf(files[MANIFEST] as string, 'monitoring:'), message: 'monitoring.incidents is missing' },
      ]);
    });
    it('passes with a log that says it is empty', () => {
      expect(resultsOf(check(withLog(EMPTY), { policy: 'eu-ai-act-high-risk', now: AS_OF }), 'incidents/log-cited')).toEqual([expect.objectContaining({ status: 'pass' })]);
    });
    it.each([
      ['before deployment', (m: Record<string, any>) => (m.lifecycle = 'verification')],
      ['for a minimal-risk system', (m: Record<string, any>) => (m.risk.euAiAct = { tier: 'minimal' })],
    ])('does not apply %s', (_name, mutate) => {
      expect(resultsOf(check(withManifest(mutate), { policy: 'eu-ai-act-high-risk', now: AS_OF }), 'incidents/log-cited')).toEqual([
        expect.objectContaining({ status: 'not-applicable' }),
      ]);
    });
    it('does not apply before Art. 73 does (2026-08-02 for Annex III systems)', () => {
      expect(resultsOf(check(withManifest(() => {}), { policy: 'eu-ai-act-high-risk', now: new Date('2026-07-01T00:00:00Z') }), 'incidents/log-cited')).toEqual([
        expect.objectContaining({ status: 'not-applicable' }),
      ]);
    });
  });
});
