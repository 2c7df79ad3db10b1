/** Rules and resolved policies. A rule is data; `CompiledRule` is that data checked and ready to run. */
import type { CheckFunction } from '../evaluate/function.js';
import type { FrameworkKey } from './frameworks.js';
import type { LifecycleStage, RiskTier } from '../load/manifest.js';
import type { Controls, Location, PathSegment, Severity } from '../types.js';
import type { Step } from './path.js';

export type SeveritySetting = Severity | 'off';

export interface Applicability {
  tiers?: RiskTier[];
  stages?: LifecycleStage[];
  labels?: string[];
  /** YYYY-MM-DD: the rule applies from this date (an obligation's application date). */
  from?: string;
}

export interface ThenClause {
  field?: string;
  function: string;
  options?: Record<string, unknown>;
}

/** A rule as written in a pack or the catalogue. */
export interface RuleDefinition {
  id: string;
  title: string;
  description?: string;
  severity: SeveritySetting;
  when?: Applicability;
  given?: string[];
  then?: ThenClause[];
  /** Template; `{{error}}` is the check function's own sentence. */
  message?: string;
  remediation: string;
  docs: string;
  controls: Controls;
  /** Produced by the engine while loading documents, not by given/then. */
  core?: boolean;
  /** Cannot be turned off or lowered. */
  locked?: boolean;
  /** false: no waiver may excuse a failure of this rule. */
  waivable?: boolean;
  /** Where the definition was written (for policy errors). */
  definedIn: Location;
}

export interface CompiledCheck {
  field?: PathSegment[];
  fn: CheckFunction<unknown>;
  options: unknown;
}

export interface CompiledRule extends RuleDefinition {
  severity: Severity;
  givenSteps: Step[][];
  checks: CompiledCheck[];
}

export interface WaiverSettings {
  /** Longest a waiver may run, in days from today. */
  maxDays: number;
  /** Fewest characters a justification may have. */
  minJustification: number;
  /** Days before expiry to flag a waiver. */
  warnDays: number;
}

/** Severities for the systems whose manifest path matches `files` (globs, repository-relative). */
export interface PathOverride {
  files: string[];
  rules: Record<string, SeveritySetting>;
  definedIn: Location;
}

export interface Policy {
  /** The packs that were read, outermost first (`./org.yaml`, `baseline`). */
  packs: string[];
  /** In order: parents' first, the including pack's last (later wins). */
  overrides: PathOverride[];
  waivers: WaiverSettings;
  /** Frameworks to report coverage for (merged along extends). */
  coverage: CoverageScope;
  /** Globs (repository-relative) of files and folders discovery leaves out (added up along extends). */
  exclude: string[];
  /** Active rules (severity not `off`), sorted by id. */
  rules: CompiledRule[];
  byId: ReadonlyMap<string, CompiledRule>;
  /** Every rule the catalogue and packs know, active or not (for `modelgate rules`). */
  known: ReadonlyMap<string, RuleDefinition>;
  /** Where a pack's `rules:` last set each rule (the outermost pack wins), off ones included. */
  setAt: ReadonlyMap<string, Location>;
}

/** The frameworks whose coverage a policy reports: all controls, or the ones listed (merged along extends). */
export type CoverageScope = Map<FrameworkKey, 'all' | string[]>;
