/**
 * The frameworks rules map to (policies/frameworks/*.yaml): their control ids and short titles,
 * and how a cited sub-provision rolls up to a control ("Art.14(4)(e)" → "Art.14",
 * "Annex IV 2(d)" → "Art.11").
 */
import { parse } from 'yaml';
import { assetNames, readAssetText } from '../fs/assets.js';
import type { Controls } from '../types.js';

export type FrameworkKey = keyof Controls;

export interface Framework {
  key: FrameworkKey;
  name: string;
  /** Control id → short title, in the framework's order. */
  controls: Map<string, string>;
  /** Prefix of a cited reference → the control it belongs to. */
  parents: Map<string, string>;
}

let frameworks: Map<FrameworkKey, Framework> | undefined;

export function loadFrameworks(): Map<FrameworkKey, Framework> {
  if (frameworks) return frameworks;
  frameworks = new Map();
  const dir = ['policies', 'frameworks'];
  for (const file of assetNames(dir, '.yaml')) {
    const raw = parse(readAssetText(...dir, file)) as { key: FrameworkKey; name: string; controls: Record<string, string>; parents?: Record<string, string> };
    frameworks.set(raw.key, {
      key: raw.key,
      name: raw.name,
      controls: new Map(Object.entries(raw.controls).map(([id, title]) => [String(id), String(title)])),
      parents: new Map(Object.entries(raw.parents ?? {})),
    });
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
