/**
 * The contract between rules (data) and check functions (code). A rule's `given` selects
 * targets, its `field` narrows each to a value, and the function says what is wrong with it.
 * Functions are small, pure apart from reading evidence through the store, and declare their
 * options as a JSON Schema so a policy with bad options is refused before anything runs.
 *
 * It lives in evidence/, below policy/ and evaluate/, because each evidence kind
 * (src/evidence/<kind>/) carries its own check functions, and a stage imports only downward;
 * evaluate/function.ts re-exports it for every other function.
 */
import type { EvidenceStore } from './store.js';
import type { EvidenceProblem } from './types.js';
import type { Card } from '../load/model-card.js';
import type { Manifest } from '../load/manifest.js';
import type { Location, PathSegment } from '../types.js';

export interface SystemContext {
  id: string;
  manifest: Manifest;
  /** The model card, when the manifest cites one that could be read. */
  card?: Card;
  evidence: EvidenceStore;
  now: Date;
  /** The same system at the pull request's base commit, for regression rules. */
  base?: BaseSystem;
  /** Why there is no base to compare with (no --base given, new system, …). */
  noBase?: string;
  /** A pull request adds this system (there is a base commit, and it has no system with this id). */
  newInPullRequest?: true;
  /** The manifest of the system whose folder holds a repository path (the deepest), when the run knows the other systems. */
  systemAt?: (rel: string) => string | undefined;
  /**
   * Notes a report about the model this system cites (its real path, where the manifest cites
   * it, and a digest of its text when it has content), for the engine to compare across systems;
   * for a report about the model files, the files the system ships (`ships`: shippedFiles) and
   * why it may not share one (`unlisted`: a folder of its own holds a model file it does not list).
   */
  reportCited?: (rel: string, path: readonly PathSegment[], digest?: string, files?: { ships: string[]; unlisted?: string }) => void;
  /**
   * The model files discovery found in this system's folder or below it (one for each folder
   * that holds any, sorted), when the run looked; undefined when it did not.
   */
  modelFilesInFolder?: readonly string[];
  /**
   * The model files another system ships (EvidenceStore.artifactFiles of the system whose
   * manifest is `manifest`), each where it really is; undefined when its manifest cannot be read.
   */
  shippedBy?: (manifest: string) => Array<string | undefined> | undefined;
  /** The model files discovery found in a repository folder or below it, whoever's folder it is, when the run looked. */
  modelFilesUnder?: (folder: string) => string[];
}

export interface BaseSystem {
  /** Short commit id, for messages. */
  commit: string;
  manifest: Manifest;
  card?: Card;
  evidence: EvidenceStore;
}

export interface CheckInput<Options> {
  /** The value under test (the target, or its `field`). */
  value: unknown;
  /** Where `value` is, from the system document root (`['manifest', 'data', …]`). */
  path: PathSegment[];
  /** The target before `field` was applied. */
  target: unknown;
  targetPath: PathSegment[];
  options: Options;
  system: SystemContext;
}

export interface Failure {
  message: string;
  /** Where in the system document (default: the input's path). */
  path?: PathSegment[];
  /** An exact place in any file (evidence), overriding `path`. */
  at?: Location;
  /** This failure's own fix, where the rule's would mislead: its cause is another rule's finding. */
  remediation?: string;
}

/** The check does not apply to this input, and says why (no base commit to compare with, say). */
export interface Skip {
  skip: string;
}

export interface CheckFunction<Options = Record<string, never>> {
  name: string;
  /** One sentence for `modelgate rules` and the docs. */
  description: string;
  /** JSON Schema (draft 2020-12) for `then.options`. */
  optionsSchema: object;
  check(input: CheckInput<Options>): Failure[] | Skip;
}

/** Declares a check function with its options type inferred from usage. */
export function defineFunction<Options>(fn: CheckFunction<Options>): CheckFunction<Options> {
  return fn;
}

/** The skip of a rule that compares with the base commit, when there is none (and why). */
export function withoutBase(system: SystemContext): Skip {
  return { skip: system.noBase ?? 'no base commit to compare with' };
}

/** The document rules' `given` paths start from: `{ manifest, card }`. */
export function systemDocument(system: SystemContext): { manifest: unknown; card?: unknown } {
  return system.card ? { manifest: system.manifest.data, card: system.card } : { manifest: system.manifest.data };
}

/**
 * The failure for cited evidence that cannot be used: at the problem's place in the file when it
 * has one, else on the citation (`cited`, the manifest path of the cited file's path), or on the
 * `format:` beside it when the declared format is what is wrong.
 */
export function unusableEvidence(problem: EvidenceProblem, cited: readonly PathSegment[]): Failure {
  const path = problem.atFormat ? [...cited.slice(0, -1), 'format'] : [...cited];
  return problem.at ? { message: problem.message, path, at: problem.at } : { message: problem.message, path };
}
