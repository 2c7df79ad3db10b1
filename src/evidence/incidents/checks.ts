/**
 * The serious-incident log against Art. 73's reporting deadlines, counted in days from when the
 * provider became aware, as of the run's day (`--as-of`).
 */
import { namesNoOne } from '../../text/no-one.js';
import { quoted } from '../../load/source-doc.js';
import { defineFunction, type Failure, withoutBase } from '../check.js';
import { parseDate } from '../dates.js';
import { incidentLogs } from './formats.js';
import type { IncidentClass } from './types.js';

/** Art. 73: how many days after becoming aware a serious incident must be reported, and where it says so. */
export const REPORTING_DEADLINES: Readonly<Record<IncidentClass, { days: number; provision: string } | undefined>> = {
  death: { days: 10, provision: 'Art. 73(4)' },
  'widespread-infringement': { days: 2, provision: 'Art. 73(3)' },
  'critical-infrastructure': { days: 2, provision: 'Art. 73(3)' },
  'serious-harm': { days: 15, provision: 'Art. 73(2)' },
  'not-serious': undefined,
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** The day an incident of `classification` detected on `detected` must be reported by; none for one that need not be. */
const dueDate = (classification: IncidentClass, detected: Date): Date | undefined => {
  const deadline = REPORTING_DEADLINES[classification];
  return deadline ? new Date(detected.getTime() + deadline.days * DAY_MS) : undefined;
};
/** Whole calendar days (UTC) from one day to another. */
const daysBetween = (from: Date, to: Date) => Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
const day = (date: Date) => date.toISOString().slice(0, 10);
const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export const incidentLogReadable = defineFunction<Record<string, never>>({
  name: 'incident-log-readable',
  description: 'A cited serious-incident log exists and is in our documented format (an empty log says `incidents: []`).',
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, system }) {
    if (typeof value !== 'string' || value.trim() === '') return [];
    const log = system.evidence.evidence(incidentLogs, value);
    if (!log.ok) return [{ message: log.problem.message, ...(log.problem.at ? { at: log.problem.at } : {}) }];
    // A log that names another system is that system's record, however empty.
    const named = log.value.system;
    if (named && named.value.trim() !== system.id) return [{ message: `${log.value.file} is the incident log of ${quoted(named.value.trim())}, not of ${system.id}`, at: named.at }];
    // Each incident is one entry: a second under one id is compared in its place (incident-log-kept).
    const seen = new Set<string>();
    const failures: Failure[] = [];
    for (const incident of log.value.incidents) {
      if (seen.has(incident.id)) failures.push({ message: `${log.value.file}: incident ${incident.id} is logged twice; each incident is one entry, its later events recorded in it`, at: incident.at });
      seen.add(incident.id);
    }
    return failures;
  },
});

/**
 * `find: unreported`: a serious incident not reported, whose deadline has passed as of the run's
 * day. `find: late`: one reported after its deadline (or dated before it was detected).
 */
export const incidentDeadlines = defineFunction<{ find: 'unreported' | 'late' }>({
  name: 'incident-deadlines',
  description: "Serious incidents in the cited log are reported within Art. 73's deadlines from awareness (15 days; 10 for a death; 2 for a widespread infringement or critical infrastructure): `find: unreported` finds those overdue as of the run's day, `find: late` those reported late.",
  optionsSchema: {
    type: 'object',
    required: ['find'],
    additionalProperties: false,
    properties: { find: { enum: ['unreported', 'late'] } },
  },
  check({ value, options, system }) {
    // Nothing read is nothing judged, not a pass (red team: `incidents: ""` passed both rules and
    // counted Art. 73(2) evidenced); the schema and log-readable say what is wrong.
    if (typeof value !== 'string' || value.trim() === '') return { skip: 'no incident log is cited (monitoring.incidents is blank)' };
    const log = system.evidence.evidence(incidentLogs, value);
    if (!log.ok) return { skip: 'the incident log cannot be read (incidents/log-readable says why)' };
    const failures: Failure[] = [];
    for (const incident of log.value.incidents) {
      const deadline = REPORTING_DEADLINES[incident.classification];
      const detected = parseDate(incident.detected.value);
      if (!detected) continue;
      const what = `incident ${incident.id} (${incident.classification}, aware ${day(detected)})`;
      // A report to "n/a" or "none" was made to no one (red team): the incident is not reported.
      const toNoOne = incident.reported !== undefined && namesNoOne(incident.reported.authority);
      const reported = incident.reported && !toNoOne ? parseDate(incident.reported.date.value) : undefined;
      // Whatever its class, an incident's dates must be ones that can have happened. A date after
      // the run's day records nothing that has happened: it is not evidence that the provider
      // became aware then, nor that a report was made. find: unreported (the error) says so;
      // find: late leaves such an incident alone.
      const today = day(system.now);
      const due = dueDate(incident.classification, detected);
      if (daysBetween(system.now, detected) > 0) {
        if (options.find === 'unreported') {
          failures.push({ message: `${what} is dated detected on ${day(detected)}, after the run's day (${today}); a date in the future is not when the provider became aware`, at: incident.detected.at });
        }
        continue;
      }
      const reportedInFuture = reported !== undefined && daysBetween(system.now, reported) > 0;
      if (options.find === 'unreported') {
        if (reportedInFuture && incident.reported) {
          const owed = deadline && due ? ` (the ${deadline.days}-day deadline of ${deadline.provision} is ${day(due)})` : '';
          failures.push({ message: `${what} is dated reported on ${day(reported)}, after the run's day (${today}); a report in the future is not evidence that it was reported${owed}`, at: incident.reported.date.at });
          continue;
        }
        if ((incident.reported && !toNoOne) || !deadline || !due) continue;
        const overdue = daysBetween(due, system.now);
        if (overdue > 0) {
          const noOne = toNoOne ? ` (its report is to ${JSON.stringify(incident.reported?.authority)}, which names no authority)` : '';
          failures.push({
            message: `${what} is not reported${noOne}: the ${deadline.days}-day deadline of ${deadline.provision} passed on ${day(due)}, ${plural(overdue)} ago`,
            at: toNoOne ? incident.reported?.date.at : incident.at,
          });
        }
      } else if (reported && incident.reported && !reportedInFuture) {
        if (daysBetween(detected, reported) < 0) {
          failures.push({ message: `${what} is dated reported on ${day(reported)}, before it was detected; check the dates`, at: incident.reported.date.at });
        } else if (deadline && due && daysBetween(due, reported) > 0) {
          failures.push({
            message: `${what} was reported on ${day(reported)}, ${plural(daysBetween(due, reported))} after the ${deadline.days}-day deadline of ${deadline.provision} (${day(due)})`,
            at: incident.reported.date.at,
          });
        }
      }
    }
    // Nothing judged is not a pass (auditor: `incidents: []` passed both rules, and Art. 73(2)
    // counted evidenced): a log with no serious incident that has a deadline, or none reported.
    const serious = log.value.incidents.filter((incident) => REPORTING_DEADLINES[incident.classification] !== undefined);
    if (failures.length === 0 && serious.length === 0) return { skip: 'the log records no serious incident with a reporting deadline (Art. 73): there is none to judge' };
    if (failures.length === 0 && options.find === 'late' && !serious.some((incident) => incident.reported && !namesNoOne(incident.reported.authority))) return { skip: 'no serious incident in the log was reported yet: there is no report to judge' };
    return failures;
  },
});

/** How many days an incident's class allows before it must be reported; none for one that need not be. */
const daysAllowed = (classification: IncidentClass) => REPORTING_DEADLINES[classification]?.days ?? Number.POSITIVE_INFINITY;

/**
 * The log is a record (Art. 73): a pull request adds incidents and closes them, it does not take
 * one out, class it as less serious (a longer deadline, or none), move when the provider became
 * aware of it later, or rewrite or remove when and to whom it was reported. Each would clear an
 * overdue report (incidents/reported-in-time) or a late one. Incidents are matched by id, in the
 * logs the base's manifest and this one cite, whatever their files are called.
 */
export const incidentLogKept = defineFunction<Record<string, never>>({
  name: 'incident-log-kept',
  description: "No incident in the base commit's serious-incident log is removed, classed as less serious, dated as detected later, or has its report's date or authority changed or removed.",
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ value, system }) {
    if (!system.base) return withoutBase(system);
    const cited = (system.base.manifest.data as { monitoring?: { incidents?: unknown } }).monitoring?.incidents;
    if (typeof cited !== 'string' || cited.trim() === '') return [];
    const before = system.base.evidence.evidence(incidentLogs, cited);
    if (typeof value !== 'string' || value.trim() === '') return []; // citations-kept's finding
    const now = system.evidence.evidence(incidentLogs, value);
    if (!now.ok) return { skip: 'the incident log cannot be read (incidents/log-readable says why)' };
    if (!before.ok) return { skip: `the base commit's incident log cannot be read: there is nothing to compare with` };
    const since = `at the base commit ${system.base.commit}`;
    const current = new Map(now.value.incidents.map((incident) => [incident.id, incident]));
    const failures: Failure[] = [];
    for (const was of before.value.incidents) {
      const incident = current.get(was.id);
      const what = `incident ${was.id} (${was.classification}, aware ${was.detected.value})`;
      if (!incident) {
        failures.push({ message: `${what}, in ${before.value.file} ${since}, is no longer in ${now.value.file}: an incident is closed in the log (status), never taken out of it`, at: { file: now.value.file, line: 1, column: 1 } });
        continue;
      }
      if (daysAllowed(incident.classification) > daysAllowed(was.classification)) {
        const deadline = REPORTING_DEADLINES[incident.classification];
        failures.push({
          message: `${what} is now classed "${incident.classification}", "${was.classification}" ${since}: ${deadline ? `its reporting deadline moves from ${daysAllowed(was.classification)} to ${deadline.days} days` : 'it need not be reported any more'}; a reclassification needs review`,
          at: incident.at,
        });
      }
      const detectedThen = parseDate(was.detected.value);
      const detectedNow = parseDate(incident.detected.value);
      if (detectedThen && (!detectedNow || daysBetween(detectedThen, detectedNow) > 0)) {
        failures.push({ message: `${what} is now dated detected "${incident.detected.value}", "${was.detected.value}" ${since}: the deadline runs from when the provider became aware, which a later date moves`, at: incident.detected.at });
      }
      // What happened is part of the record (red team: a serious harm rewritten as "dashboard latency").
      const words = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();
      if (words(was.summary?.value) !== undefined && words(incident.summary?.value) !== words(was.summary?.value)) {
        failures.push({ message: `${what} now says what happened differently from ${since}: an incident's summary is a record; add what was learned in a new field or incident, or have the policy owners review the correction`, at: incident.summary?.at ?? incident.at });
      }
      if (!was.reported && incident.reported) {
        // A report that appears once the base showed the incident overdue, dated within the
        // deadline (red team: a backdated report cleared incidents/reported-in-time).
        const detected = parseDate(incident.detected.value);
        const reported = parseDate(incident.reported.date.value);
        const due = detected && dueDate(incident.classification, detected);
        if (due && reported && daysBetween(due, system.now) > 0 && daysBetween(reported, due) >= 0) {
          failures.push({ message: `${what} is now recorded as reported on ${incident.reported.date.value}, within its deadline (${day(due)}), though the log showed it unreported ${since} with that deadline passed: a report recorded after the fact needs the policy owners' review`, at: incident.reported.date.at });
        }
      }
      if (was.reported) {
        if (!incident.reported) {
          failures.push({ message: `${what} no longer records its report (${was.reported.date.value}, to ${was.reported.authority}) as it did ${since}: the log no longer shows that it was reported, or when`, at: incident.at });
        } else if (
          incident.reported.date.value.trim() !== was.reported.date.value.trim() ||
          incident.reported.authority.trim().toLowerCase() !== was.reported.authority.trim().toLowerCase() ||
          (was.reported.reference !== undefined && incident.reported.reference?.trim() !== was.reported.reference.trim())
        ) {
          failures.push({
            message: `${what} now records its report as ${incident.reported.date.value}, to ${incident.reported.authority}${incident.reported.reference ? ` (${incident.reported.reference})` : ''}; ${since}, ${was.reported.date.value}, to ${was.reported.authority}${was.reported.reference ? ` (${was.reported.reference})` : ''}: when and to whom an incident was reported is a record, not revised`,
            at: incident.reported.date.at,
          });
        }
      }
    }
    return failures;
  },
});
