/**
 * A digest of the resolved policy, for provenance: SHA-256 of a canonical JSON form (keys
 * sorted, maps as sorted objects, nothing undefined) of what decides a verdict: the packs read,
 * the active rules, per-path overrides, waiver settings, coverage scope, discovery exclusions and
 * control exclusions. Where each rule or override was written (`definedIn`, `setAt`) and the
 * catalogue of inactive rules (`known`) are left out: they decide nothing, and locations are
 * the only part that could differ between machines. So the same policy gives the same digest on
 * every machine and thread.
 */
import { createHash } from 'node:crypto';
import type { ResolvedPolicy } from './types.js';

export function policyDigest(policy: ResolvedPolicy): string {
  const decisive = {
    packs: policy.packs,
    rules: policy.rules.map(({ definedIn: _definedIn, ...rule }) => rule),
    overrides: policy.overrides.map(({ definedIn: _definedIn, ...override }) => override),
    waivers: policy.waivers,
    coverage: policy.coverage,
    exclude: policy.exclude,
    exclusions: policy.exclusions,
  };
  return `sha256:${createHash('sha256').update(canonicalJson(decisive)).digest('hex')}`;
}

/** JSON with object keys (and Map keys) sorted and undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Map) return canonicalJson(Object.fromEntries(value));
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
