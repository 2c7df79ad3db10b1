/**
 * The frameworks rules map to (policies/frameworks/*.yaml): their control ids and short titles,
 * how a cited sub-provision rolls up to a control ("Art.14(4)(e)" → "Art.14", "Annex IV 2(d)" →
 * "Art.11"), and, for the EU AI Act, which systems each obligation applies to.
 */
import { parse } from 'yaml';
import { assetNames, readAssetText } from '../fs/assets.js';
import type { Controls } from '../types.js';

export type FrameworkKey = keyof Controls;

/** Who an obligation applies to, and from when (eu-ai-act.yaml; see obligations.ts). */
export interface Obligation {
  /** Risk tiers, or 'all'. */
  tiers: 'all' | string[];
  roles: string[];
  /** A milestone of eu-ai-act-timeline.yaml, or 'high-risk' (Annex I or III, by the basis). */
  from: string;
  /** Provisions that must each be evidenced for the control to be. */
  parts: string[];
}

export interface Framework {
  key: FrameworkKey;
  name: string;
  /** Control id → short title, in the framework's order. */
  controls: Map<string, string>;
  /** Prefix of a cited reference → the control it belongs to. */
  parents: Map<string, string>;
  /** Control id → whom it applies to; controls not listed apply to every system. */
  obligations: Map<string, Obligation>;
}

type RawControl = string | { title: string; tiers?: 'all' | string[]; roles?: string[]; from?: string; parts?: string[] };

let frameworks: Map<FrameworkKey, Framework> | undefined;

export function loadFrameworks(): Map<FrameworkKey, Framework> {
  if (frameworks) return frameworks;
  frameworks = new Map();
  const dir = ['policies', 'frameworks'];
  for (const file of assetNames(dir, '.yaml')) {
    const raw = parse(readAssetText(...dir, file)) as { key?: FrameworkKey; name: string; controls?: Record<string, RawControl>; parents?: Record<string, string> };
    // Other data (the AI Act's timeline) lives beside the frameworks, without a key.
    if (!raw.key || !raw.controls) continue;
    const framework: Framework = { key: raw.key, name: raw.name, controls: new Map(), parents: new Map(Object.entries(raw.parents ?? {})), obligations: new Map() };
    for (const [id, control] of Object.entries(raw.controls)) {
      if (typeof control === 'string') {
        framework.controls.set(String(id), control);
        continue;
      }
      framework.controls.set(String(id), control.title);
      if (control.from) framework.obligations.set(String(id), { tiers: control.tiers ?? 'all', roles: control.roles ?? ['provider', 'deployer'], from: control.from, parts: control.parts ?? [] });
    }
    frameworks.set(raw.key, framework);
  }
  return frameworks;
}

/** The control a cited reference counts toward, or undefined when the framework does not list it. */
export function controlOf(framework: Framework, reference: string): string | undefined {
  if (framework.controls.has(reference)) return reference;
  for (const [prefix, parent] of framework.parents) if (reference === prefix || reference.startsWith(`${prefix} `)) return parent;
  // "Art.14(4)(e)" → "Art.14"
  const article = reference.match(/^(Art\.\d+)/)?.[1];
  if (article && framework.controls.has(article)) return article;
  return undefined;
}

/** Whether a cited reference is, or lies within, a provision: "Art.14(4)(e)" is within "Art.14(4)". */
export function within(reference: string, provision: string): boolean {
  return reference === provision || reference.startsWith(`${provision}(`);
}
