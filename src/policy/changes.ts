/**
 * What a pull request would change in the policy and waivers once merged, in words a reviewer
 * can act on. Weakening changes (a rule turned off, a severity lowered, an applicability
 * narrowed, a waiver added or extended, a longer waiver horizon) come first.
 */
import { severityRank } from '../types.js';
import type { Policy } from './types.js';

export function policyChanges(base: Policy, head: Policy): string[] {
  const weaker: string[] = [];
  const stronger: string[] = [];
  for (const rule of base.rules) {
    const next = head.byId.get(rule.id);
    if (!next) weaker.push(`turns off ${rule.id} (now ${rule.severity})`);
    else if (severityRank(next.severity) < severityRank(rule.severity)) weaker.push(`lowers ${rule.id} from ${rule.severity} to ${next.severity}`);
    else if (severityRank(next.severity) > severityRank(rule.severity)) stronger.push(`raises ${rule.id} from ${rule.severity} to ${next.severity}`);
    if (next && JSON.stringify(next.when ?? {}) !== JSON.stringify(rule.when ?? {})) {
      weaker.push(`changes when ${rule.id} applies (${describeWhen(rule.when)} → ${describeWhen(next.when)})`);
    }
    if (next && next.waivable !== false && rule.waivable === false) weaker.push(`lets ${rule.id} be waived`);
    if (next && JSON.stringify(next.then ?? []) !== JSON.stringify(rule.then ?? [])) weaker.push(`changes what ${rule.id} checks`);
  }
  for (const rule of head.rules) if (!base.byId.has(rule.id)) stronger.push(`turns on ${rule.id} (${rule.severity})`);
  if (head.waivers.maxDays > base.waivers.maxDays) weaker.push(`allows waivers of up to ${head.waivers.maxDays} days (was ${base.waivers.maxDays})`);
  if (head.waivers.minJustification < base.waivers.minJustification) {
    weaker.push(`accepts waiver justifications of ${head.waivers.minJustification} characters (was ${base.waivers.minJustification})`);
  }
  return [...weaker, ...stronger];
}

type Entry = Record<string, unknown>;

const keyOf = (w: Entry) => `${String(w.rule)}\u0000${String(w.system)}\u0000${String(w.path ?? '')}`;
const what = (w: Entry) => `${String(w.rule)} on ${String(w.system)}${w.path ? ` at ${String(w.path)}` : ''}`;

export function waiverChanges(base: readonly Entry[], head: readonly Entry[]): string[] {
  const before = new Map(base.map((w) => [keyOf(w), w]));
  const after = new Map(head.map((w) => [keyOf(w), w]));
  const changes: string[] = [];
  for (const [key, waiver] of after) {
    const was = before.get(key);
    if (!was) changes.push(`adds a waiver for ${what(waiver)} until ${String(waiver.expires)}, approved by ${String(waiver.approver)}`);
    else if (String(was.expires) !== String(waiver.expires)) changes.push(`changes the waiver for ${what(waiver)} to end on ${String(waiver.expires)} (was ${String(was.expires)})`);
  }
  for (const [key, waiver] of before) if (!after.has(key)) changes.push(`removes the waiver for ${what(waiver)}`);
  return changes;
}

function describeWhen(when: Policy['rules'][number]['when']): string {
  if (!when || Object.keys(when).length === 0) return 'always';
  return Object.entries(when)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('; ');
}
