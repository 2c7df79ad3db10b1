/**
 * Which EU AI Act obligations apply to a system, and from when: its tier and roles (from the
 * manifest), the policy's timeline, and the as-of date. The data is policies/frameworks/
 * eu-ai-act.yaml (who each article applies to) and eu-ai-act-timeline.yaml (the dates, by
 * timeline); coverage and a rule's `when: { obligation }` both read it here.
 */
import { parse } from 'yaml';
import { readAssetText } from '../fs/assets.js';
import { RISK_TIERS } from '../load/manifest.js';
import { loadFrameworks } from './frameworks.js';

export const TIMELINES = ['regulation', 'digital-omnibus'] as const;
export type Timeline = (typeof TIMELINES)[number];
export const DEFAULT_TIMELINE: Timeline = 'regulation';

export const ROLES = ['provider', 'deployer'] as const;

/** What the manifest says about the system under the AI Act. */
export interface AiActProfile {
  tier?: string;
  basis?: string;
  roles?: string[];
}

interface TimelineData {
  title: string;
  milestones: Record<string, string>;
}

let timelines: Record<Timeline, TimelineData> | undefined;

export function loadTimelines(): Record<Timeline, TimelineData> {
  timelines ??= (parse(readAssetText('policies', 'frameworks', 'eu-ai-act-timeline.yaml')) as { timelines: Record<Timeline, TimelineData> }).timelines;
  return timelines;
}

/**
 * A basis cites a provision when it starts with it ("Annex III 5(b): creditworthiness"); prose
 * that mentions one ("Not an Annex III use: …") does not. Annex I (a regulated product, Art. 6(1))
 * applies later than Annex III (Art. 6(2)).
 */
const ANNEX_I = /^\s*(?:Annex\s+I(?![IVX])|Art\.?\s*6\s*\(1\))/i;
const ANNEX_III = /^\s*(?:Annex\s+III\b|Art\.?\s*6\s*\(2\))/i;

export function citesAnnexI(basis: string | undefined): boolean {
  return typeof basis === 'string' && ANNEX_I.test(basis);
}

export function citesAnnexIII(basis: string | undefined): boolean {
  return typeof basis === 'string' && ANNEX_III.test(basis);
}

/**
 * The tier and roles obligations are decided by. An undeclared or misspelt tier counts as high
 * (a gate must not relieve a system of obligations because it left its tier out), and undeclared
 * roles as both.
 */
export function effectiveProfile(profile: AiActProfile): { tier: string; roles: string[]; milestone: 'annex-i' | 'annex-iii' } {
  const tier = (RISK_TIERS as readonly string[]).includes(profile.tier ?? '') ? (profile.tier as string) : 'high';
  const roles = Array.isArray(profile.roles) && profile.roles.some((r) => (ROLES as readonly string[]).includes(r)) ? profile.roles.filter((r) => (ROLES as readonly string[]).includes(r)) : [...ROLES];
  return { tier, roles, milestone: citesAnnexI(profile.basis) ? 'annex-i' : 'annex-iii' };
}

/** The date (YYYY-MM-DD) a milestone falls on under a timeline. */
export function milestoneDate(milestone: string, timeline: Timeline): string | undefined {
  return loadTimelines()[timeline]?.milestones[milestone];
}

/**
 * Why an EU AI Act article does not apply to this system on `asOf`, or undefined when it does
 * (or is not an obligation the data lists: then it is not for us to exclude).
 */
export function obligationExemption(article: string, profile: AiActProfile, asOf: Date, timeline: Timeline): string | undefined {
  const obligation = loadFrameworks().get('euAiAct')?.obligations.get(article);
  if (!obligation) return undefined;
  const { tier, roles, milestone } = effectiveProfile(profile);
  if (tier === 'prohibited' && article !== 'Art.5' && article !== 'Art.4') {
    return 'the system is declared prohibited (Art. 5): no other obligation can make it lawful';
  }
  if (obligation.tiers !== 'all' && !obligation.tiers.includes(tier)) {
    return `applies to ${obligation.tiers.join(', ')} systems; this one is ${tier}`;
  }
  if (!obligation.roles.some((role) => roles.includes(role))) {
    return `an obligation of the ${obligation.roles.join(' or ')}; this system's roles are ${roles.join(', ')}`;
  }
  const from = obligation.from === 'high-risk' ? milestone : obligation.from;
  const date = milestoneDate(from, timeline);
  if (date && asOf.getTime() < Date.parse(`${date}T00:00:00Z`)) {
    return `applies from ${date} (${loadTimelines()[timeline].title})`;
  }
  return undefined;
}

/** The AI Act profile a manifest declares (`risk.euAiAct`), whatever shape it is in. */
export function aiActProfile(data: { risk?: unknown }): AiActProfile {
  const risk = data.risk;
  const euAiAct = risk && typeof risk === 'object' ? (risk as { euAiAct?: unknown }).euAiAct : undefined;
  if (!euAiAct || typeof euAiAct !== 'object') return {};
  const { tier, basis, roles } = euAiAct as Record<string, unknown>;
  return {
    ...(typeof tier === 'string' ? { tier } : {}),
    ...(typeof basis === 'string' ? { basis } : {}),
    ...(Array.isArray(roles) ? { roles: roles.filter((r): r is string => typeof r === 'string') } : {}),
  };
}
