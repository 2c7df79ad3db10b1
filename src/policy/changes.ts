/**
 * What a pull request would change in the policy and waivers once merged, in words a reviewer
 * can act on. Weakening changes (a rule turned off, a severity lowered, an applicability
 * narrowed, a rule no longer required, a waiver added or extended, a longer waiver horizon) come first.
 */
import { clip } from '../fs/repo-fs.js';
import { asText } from '../load/source-doc.js';
import { severityRank, type Controls, type Location } from '../types.js';
import type { ResolvedPolicy, SeveritySetting } from './types.js';

/** A change the head policy makes, with the rule it is about when it is about one, else the pack's key that makes it. */
export interface PolicyChange {
  change: string;
  rule?: string;
  key?: 'frameworks' | 'exclude' | 'euAiAct' | 'exclusions' | 'waivers';
  /** The item of `key` the change is about (a glob, a framework, a control), when the head still writes it. */
  item?: string;
  /** Where the head writes what makes the change, when no rule or key locates it (a per-path override). */
  at?: Location;
}

export function policyChanges(base: ResolvedPolicy, head: ResolvedPolicy): PolicyChange[] {
  const weaker: PolicyChange[] = [];
  const stronger: PolicyChange[] = [];
  for (const rule of base.rules) {
    const about = (change: string) => ({ change, rule: rule.id });
    const next = head.byId.get(rule.id);
    if (!next) weaker.push(about(`turns off ${rule.id} (now ${rule.severity})`));
    else if (severityRank(next.severity) < severityRank(rule.severity)) weaker.push(about(`lowers ${rule.id} from ${rule.severity} to ${next.severity}`));
    else if (severityRank(next.severity) > severityRank(rule.severity)) stronger.push(about(`raises ${rule.id} from ${rule.severity} to ${next.severity}`));
    if (next && JSON.stringify(next.when ?? {}) !== JSON.stringify(rule.when ?? {})) {
      weaker.push(about(`changes when ${rule.id} applies (${describeWhen(rule.when)} → ${describeWhen(next.when)})`));
    }
    if (next && next.waivable !== false && rule.waivable === false) weaker.push(about(`lets ${rule.id} be waived`));
    // Without `required`, a system with nothing for the rule to check is not applicable instead of failing.
    if (next && rule.required && !next.required) weaker.push(about(`stops requiring ${rule.id} (a system with nothing for it to check would no longer fail it)`));
    if (next && !rule.required && next.required) stronger.push(about(`requires ${rule.id} (a system with nothing for it to check fails it)`));
    if (next && JSON.stringify(next.then ?? []) !== JSON.stringify(rule.then ?? [])) weaker.push(about(`changes what ${rule.id} checks`));
    // Where a rule looks decides what it judges: a `given` no manifest has leaves it nothing to
    // check, not applicable everywhere (fourth red team: oversight/stop redefined so).
    if (next && JSON.stringify(next.given ?? []) !== JSON.stringify(rule.given ?? [])) weaker.push(about(`changes where ${rule.id} looks (given: ${describeGiven(rule.given)} → ${describeGiven(next.given)})`));
    if (next && rule.locked && !next.locked) weaker.push(about(`unlocks ${rule.id} (a pack or a per-path override could then turn it off)`));
    if (next && !rule.locked && next.locked) stronger.push(about(`locks ${rule.id}`));
  }
  const [weakerOverrides, strongerOverrides] = overrideChanges(base, head);
  weaker.push(...weakerOverrides);
  stronger.push(...strongerOverrides);
  for (const rule of head.rules) if (!base.byId.has(rule.id)) stronger.push({ change: `turns on ${rule.id} (${rule.severity})`, rule: rule.id });
  // Coverage counts a control as evidenced only from `evidences`: a pack that adds references
  // there (to a new rule, or to one that only supported them) makes the table claim more.
  for (const rule of head.rules) {
    const added = newEvidence(base.byId.get(rule.id)?.evidences ?? {}, rule.evidences);
    if (added) weaker.push({ change: `counts ${rule.id} as evidence of ${added} (coverage shows what it maps to as evidenced)`, rule: rule.id });
    // Supported is a claim too: the coverage table counts a control so (fifth red team).
    const supported = newEvidence(base.byId.get(rule.id)?.supports ?? {}, rule.supports);
    if (supported) weaker.push({ change: `counts ${rule.id} as support of ${supported} (coverage shows what it maps to as supported)`, rule: rule.id });
  }
  for (const [framework, scope] of base.coverage) {
    const now = head.coverage.get(framework);
    if (!now) weaker.push({ change: `stops reporting coverage of ${framework}`, key: 'frameworks' });
    else if (now !== 'all' && (scope === 'all' || scope.some((id) => !now.includes(id)))) weaker.push({ change: `reports fewer ${framework} controls in coverage`, key: 'frameworks', item: framework });
  }
  for (const glob of head.exclude) if (!base.exclude.includes(glob)) weaker.push({ change: `excludes ${glob} from discovery (no system there would be checked)`, key: 'exclude', item: glob });
  for (const glob of base.exclude) if (!head.exclude.includes(glob)) stronger.push({ change: `stops excluding ${glob} from discovery`, key: 'exclude' });
  if (head.timeline !== base.timeline) {
    // Every milestone of the Digital Omnibus is on or after the Regulation's: moving to it delays obligations.
    const later = head.timeline === 'digital-omnibus';
    (later ? weaker : stronger).push({ change: `reads the EU AI Act by the ${head.timeline} timeline (was ${base.timeline})${later ? ': high-risk obligations apply later' : ''}`, key: 'euAiAct' });
  }
  // A control excluded from the Statement of Applicability is one nobody has to show any more.
  const baseExcluded = base.exclusions.iso42001 ?? {};
  const headExcluded = head.exclusions.iso42001 ?? {};
  for (const [control, { justification }] of Object.entries(headExcluded)) {
    const was = baseExcluded[control];
    if (!was) weaker.push({ change: `excludes ISO/IEC 42001 ${control} from the Statement of Applicability ("${clip(justification)}")`, key: 'exclusions', item: control });
    else if (was.justification !== justification) weaker.push({ change: `changes the justification for excluding ISO/IEC 42001 ${control} ("${clip(justification)}")`, key: 'exclusions', item: control });
  }
  for (const control of Object.keys(baseExcluded)) if (!(control in headExcluded)) stronger.push({ change: `stops excluding ISO/IEC 42001 ${control} from the Statement of Applicability`, key: 'exclusions' });
  if (head.waivers.maxDays > base.waivers.maxDays) weaker.push({ change: `allows waivers of up to ${head.waivers.maxDays} days (was ${base.waivers.maxDays})`, key: 'waivers' });
  if (head.waivers.warnDays < base.waivers.warnDays) weaker.push({ change: `flags a waiver ${head.waivers.warnDays} days before it ends (was ${base.waivers.warnDays})`, key: 'waivers' });
  if (head.waivers.minJustification < base.waivers.minJustification) {
    weaker.push({ change: `accepts waiver justifications of ${head.waivers.minJustification} characters (was ${base.waivers.minJustification})`, key: 'waivers' });
  }
  return [...weaker, ...stronger];
}

/**
 * What the head's per-path overrides change, rule by rule: the overrides that set a rule, in
 * order (the last one that matches a system sets it), against the base's. Any difference is
 * listed, with both lists, at the first head override that sets the rule: an override added,
 * widened, dropped or moved changes where a rule applies and how strictly (fourth red team:
 * `files: ["**"]` turning rules off went unreported; review and fifth red team: the same entries
 * swapped, or one appended at the rule's own severity after one that raised it, undid `prod/**`'s
 * error). A weakening when a head override sets the rule below the strictest the base gave it.
 */
function overrideChanges(base: ResolvedPolicy, head: ResolvedPolicy): [PolicyChange[], PolicyChange[]] {
  const weaker: PolicyChange[] = [];
  const stronger: PolicyChange[] = [];
  const byRule = (policy: ResolvedPolicy) => {
    const found = new Map<string, Array<{ files: string[]; setting: SeveritySetting; at: Location }>>();
    for (const override of policy.overrides) {
      for (const [rule, setting] of Object.entries(override.rules)) {
        const entry = { files: [...override.files].sort(), setting, at: override.definedIn };
        const list = found.get(rule);
        if (list) list.push(entry);
        else found.set(rule, [entry]);
      }
    }
    return found;
  };
  const rank = (setting: SeveritySetting) => (setting === 'off' ? -1 : severityRank(setting));
  const shown = (list: ReadonlyArray<{ files: string[]; setting: SeveritySetting }>) => (list.length === 0 ? 'none' : list.map(({ files, setting }) => `${setting} for ${files.join(', ')}`).join(', '));
  const key = (list: ReadonlyArray<{ files: string[]; setting: SeveritySetting }>) => JSON.stringify(list.map(({ files, setting }) => [files, setting]));
  const before = byRule(base);
  const after = byRule(head);
  for (const rule of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(rule) ?? [];
    const now = after.get(rule) ?? [];
    if (key(was) === key(now)) continue;
    const strictest = Math.max(rank(base.byId.get(rule)?.severity ?? 'off'), ...was.map(({ setting }) => rank(setting)));
    const change: PolicyChange = { rule, change: `changes the per-path overrides that set ${rule}, the last that matches a system winning (was: ${shown(was)}; now: ${shown(now)})`, ...(now[0] ? { at: now[0].at } : {}) };
    (now.some(({ setting }) => rank(setting) < strictest) || was.some(({ setting }) => rank(setting) > rank(head.byId.get(rule)?.severity ?? 'off')) ? weaker : stronger).push(change);
  }
  return [weaker, stronger];
}

/** A rule's `given`, as a reviewer reads it. */
function describeGiven(given: readonly string[] | undefined): string {
  return given && given.length > 0 ? given.join(', ') : 'the manifest';
}

/** The references `after` evidences and `before` did not, as text ("euAiAct Art.14(4)(a)"), or ''. */
function newEvidence(before: Controls, after: Controls): string {
  const added: string[] = [];
  for (const [framework, ids] of Object.entries(after) as Array<[keyof Controls, string[]]>) {
    for (const id of ids) if (!(before[framework] ?? []).includes(id)) added.push(`${framework} ${id}`);
  }
  return added.join(', ');
}

/** A waiver entry as written, with the line it starts on. */
export type WaiverEntry = { value: Record<string, unknown>; line: number };

// Entries come from the pull request: never String() a value (a mapping with a `toString` key throws).
const keyOf = (w: WaiverEntry) => `${asText(w.value.rule)}\u0000${asText(w.value.system)}\u0000${asText(w.value.path ?? '')}`;
const what = (w: WaiverEntry) => `${asText(w.value.rule)} on ${asText(w.value.system)}${w.value.path ? ` at ${asText(w.value.path)}` : ''}`;

/** A waiver change; `widens` when it excuses more once merged (a new waiver, a later end). */
export interface WaiverChange {
  change: string;
  line?: number;
  widens: boolean;
}

/**
 * Each waiver the head adds, extends, shortens or removes, with the head's line where there is one.
 * Entries for the same rule, system and path are compared as a list, not one by one (fourth red
 * team: a copy with a later end, put before the approved entry, replaced it in a map keyed so,
 * and the extension went unreported, while both entries excuse once merged).
 */
export function waiverChanges(base: readonly WaiverEntry[], head: readonly WaiverEntry[]): WaiverChange[] {
  const grouped = (entries: readonly WaiverEntry[]) => {
    const groups = new Map<string, WaiverEntry[]>();
    for (const entry of entries) {
      const group = groups.get(keyOf(entry));
      if (group) group.push(entry);
      else groups.set(keyOf(entry), [entry]);
    }
    return groups;
  };
  const before = grouped(base);
  const after = grouped(head);
  const changes: WaiverChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    // Entries with the same end on both sides are unchanged; the rest pair up in order (a new
    // end), and what is left over was added or removed.
    const added = [...(after.get(key) ?? [])];
    const removed: WaiverEntry[] = [];
    for (const was of before.get(key) ?? []) {
      const same = added.findIndex((waiver) => asText(waiver.value.expires) === asText(was.value.expires));
      if (same >= 0) added.splice(same, 1);
      else removed.push(was);
    }
    added.forEach((waiver, i) => {
      const expires = asText(waiver.value.expires);
      const was = removed[i];
      if (!was) {
        changes.push({ change: `adds a waiver for ${what(waiver)} until ${expires}, approved by ${asText(waiver.value.approver)}`, line: waiver.line, widens: true });
        return;
      }
      // Dates as written (YYYY-MM-DD) compare as text; anything else counts as a widening, to be safe.
      const earlier = /^\d{4}-\d{2}-\d{2}$/.test(expires) && expires < asText(was.value.expires);
      changes.push({ change: `changes the waiver for ${what(waiver)} to end on ${expires} (was ${asText(was.value.expires)})`, line: waiver.line, widens: !earlier });
    });
    for (const was of removed.slice(added.length)) changes.push({ change: `removes the waiver for ${what(was)}`, widens: false });
  }
  return changes;
}

function describeWhen(when: ResolvedPolicy['rules'][number]['when']): string {
  if (!when || Object.keys(when).length === 0) return 'always';
  return Object.entries(when)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}
