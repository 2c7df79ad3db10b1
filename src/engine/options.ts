/** What a run of the gate is asked to do: the engine's options, the same from the CLI and the Action. */
import type { Discovery } from '../discover/discover.js';
import type { RemotePacks } from '../policy/sources.js';
import type { RunTiming } from '../evaluate/timing.js';
import { UsageError, type FailOn } from '../types.js';

export interface GateOptions {
  /** Repository root: nothing outside it is read, and reported paths are relative to it. */
  root: string;
  /** Repository-relative directory (or manifest) to scan; '' for all. */
  scanPath?: string;
  /** Policy pack: a bundled name or a path. */
  policy?: string;
  /** Directory a relative policy path is read from. */
  policyBaseDir?: string;
  failOn?: FailOn;
  maxFileBytes?: number;
  include?: string[];
  exclude?: string[];
  now?: Date;
  /** Waivers file, repository-relative (default .modelgate/waivers.yaml). */
  waivers?: string;
  /** Baseline file, repository-relative (default .modelgate/baseline.json); false: none (to record a new one). */
  baseline?: string | false;
  /**
   * A git ref (a pull request's base) to compare each system with, for regression rules.
   * `required`: a ref that is not a commit here is a usage error (CLI --base); otherwise the
   * regression rules say why they could not run (a shallow clone in CI, say).
   */
  base?: { ref: string; required: boolean };
  /**
   * Where the policy and waivers in force come from. `base` (a pull request): the base commit,
   * so a pull request cannot weaken the gate that judges it; its own changes are listed as
   * notices and apply once merged. Needs `base`. `head` (default): the files as they are.
   */
  policyFrom?: 'base' | 'head';
  /**
   * Where pinned remote packs (`owner/repo/path@sha`) are read from: local clones (CLI), or the
   * packs the Action fetched before the run (fetchPolicyPacks).
   */
  remote?: RemotePacks;
  /**
   * Repository-relative files a pull request changes: only the systems they touch are checked
   * (see discover/scope.ts). Absent: every system is checked.
   */
  changedFiles?: readonly string[];
  /**
   * Repository-relative path of the workflow that runs this gate (GITHUB_WORKFLOW_REF). It comes
   * from the pull request's head, inputs and all, so a change to it is reported against `base`.
   */
  workflowFile?: string;
  /**
   * Keep passed and not-applicable findings in the report (default true). Outputs that show only
   * failures set it false, so a run over thousands of systems does not hold every passed check.
   */
  keepPasses?: boolean;
  /**
   * This program's own bundle, to run as worker threads that check systems in parallel; absent
   * (as under the tests, which run the sources), systems are checked on this thread.
   */
  workerScript?: string;
  /**
   * When discovery finds more systems than this, stop before checking any and throw
   * GateHandOff: the caller runs the gate again on a thread of its own (the CLI on Node 22 and
   * later, engine/gate-thread.ts says why). Absent: never.
   */
  handOffAbove?: number;
  /** What discovery found on the thread that handed off (GateHandOff): the gate does not look again. */
  discovered?: Discovery;
  /** Worker threads to use; default one per core (at most 4), none for small runs. */
  jobs?: number;
  /**
   * Measure where the checking time goes (`--timing`): every system is then checked on this
   * thread, whatever `jobs` says, so the figures add up to the run's time.
   */
  timing?: RunTiming;
  /**
   * The commit the report's provenance names: a commit id (the Action's GITHUB_SHA), or null for
   * none (generated files that cannot name the commit holding them). Absent: git HEAD of the root.
   */
  commit?: string | null;
  /** Where a given `commit` came from, as the provenance says (`GITHUB_SHA`, `--commit`). */
  commitSource?: string;
  /** Note the SHA-256 of every file each system's check reads, for provenance (default true). */
  hashFiles?: boolean;
  /**
   * Why the provenance leaves out the policy's digest, for outputs that do not show it: digesting
   * the resolved policy's canonical JSON was about a twentieth of the CLI's start-up.
   */
  noPolicyDigest?: string;
}

/** A Date as the YYYY-MM-DD day (UTC) it falls on. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2026-11-22" → the end of that day (UTC), so evidence dated that day counts as fresh. */
export function parseAsOf(text: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T23:59:59Z`) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new UsageError(`as-of must be a date written YYYY-MM-DD, not "${text}"`);
  // Date rolls "2026-02-30" over to 2 March; a day that is not on the calendar is refused.
  if (dayOf(date) !== text) throw new UsageError(`as-of must be a real date: "${text}" is not one`);
  return date;
}
