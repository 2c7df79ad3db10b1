/**
 * The Action's inputs (action.yml), read once and checked once. A bad value is a usage error
 * naming the input, so the step exits 2 before anything runs. Checks that need the checkout
 * (the path exists, lies inside the workspace) are the run's: the inputs know no workspace.
 */
import * as core from '@actions/core';
import { parseAsOf } from '../engine/gate.js';
import { parseSize } from '../fs/repo-fs.js';
import { FAIL_ON, UsageError, type FailOn } from '../types.js';
import { isGitRef } from '../fs/git-tree.js';

/** Every input action.yml declares (a test holds the two to the same list). */
export const INPUT_NAMES = [
  'path',
  'policy',
  'fail-on',
  'max-file-size',
  'waivers',
  'token',
  'scope',
  'check-run',
  'comment',
  'comment-author',
  'sarif-file',
  'policy-from',
  'base',
  'as-of',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** An input's raw value, '' when unset (what `core.getInput` gives). */
export type InputSource = (name: InputName) => string;

/** The inputs as the runner passes them to this process. */
export const coreInputs: InputSource = (name) => core.getInput(name);

/** The inputs from an environment map (`INPUT_FAIL-ON`), read the way `core.getInput` reads them. */
export function envInputs(env: Readonly<Record<string, string | undefined>>): InputSource {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export interface ActionInputs {
  /** Directory or manifest to check, as written (relative to the workspace). */
  path: string;
  /** Policy pack; undefined: the repository's .modelgate/policy.yaml, else baseline. */
  policy?: string;
  /** undefined: base on a pull request, head otherwise. */
  policyFrom?: 'base' | 'head';
  failOn: FailOn;
  /** undefined: changed on a pull request, all otherwise. */
  scope?: 'changed' | 'all';
  /** undefined: the engine's default. */
  maxFileBytes?: number;
  asOf?: Date;
  /** Git ref for regression rules; undefined: the pull request's base. */
  base?: string;
  /** Waivers file; undefined: the engine's default. */
  waivers?: string;
  /** '' when none was given (the run then tries GITHUB_TOKEN). */
  token: string;
  checkRun: boolean;
  comment: boolean;
  /** Logins whose marked comment is ours to edit. */
  commentAuthors: string[];
  sarifFile?: string;
}

/** Reads and checks every input; throws a UsageError naming the first bad one. */
export function readInputs(source: InputSource = coreInputs): ActionInputs {
  const text = (name: InputName) => source(name) || undefined;
  const failOn = oneOf('fail-on', text('fail-on') ?? 'error', FAIL_ON, `one of ${FAIL_ON.join(', ')}`);
  const scope = optional(text('scope'), (value) => oneOf('scope', value, ['changed', 'all'] as const, 'changed or all'));
  const policyFrom = optional(text('policy-from'), (value) => oneOf('policy-from', value, ['base', 'head'] as const, 'base or head'));
  const maxFileBytes = optional(text('max-file-size'), (value) => named('max-file-size', () => parseSize(value)));
  const asOf = optional(text('as-of'), (value) => named('as-of', () => parseAsOf(value)));
  const commentAuthors = (text('comment-author') ?? 'github-actions[bot]')
    .split(',')
    .map((login) => login.trim())
    .filter(Boolean);
  if (commentAuthors.length === 0) throw new UsageError(`input comment-author must name at least one login, not "${source('comment-author')}"`);
  const policy = text('policy');
  const base = optional(text('base'), (value) => {
    if (!isGitRef(value)) throw new UsageError(`input base must be a commit SHA or a branch or tag name, not "${value}"`);
    return value;
  });
  const waivers = text('waivers');
  const sarifFile = text('sarif-file');
  return {
    path: text('path') ?? '.',
    ...(policy ? { policy } : {}),
    ...(policyFrom ? { policyFrom } : {}),
    failOn,
    ...(scope ? { scope } : {}),
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
    ...(asOf ? { asOf } : {}),
    ...(base ? { base } : {}),
    ...(waivers ? { waivers } : {}),
    token: source('token'),
    checkRun: boolean('check-run', text('check-run')),
    comment: boolean('comment', text('comment')),
    commentAuthors,
    ...(sarifFile ? { sarifFile } : {}),
  };
}

function optional<T>(value: string | undefined, parse: (value: string) => T): T | undefined {
  return value === undefined ? undefined : parse(value);
}

function oneOf<T extends string>(name: InputName, value: string, allowed: readonly T[], described: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`input ${name} must be ${described}, not "${value}"`);
  return value as T;
}

/** The shared parsers say "max-file-size must …"; the Action says which input. */
function named<T>(name: InputName, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError && error.message.startsWith(name)) throw new UsageError(`input ${error.message}`);
    throw error;
  }
}

/**
 * YAML 1.2's core booleans, as `core.getBooleanInput` takes them. Anything else used to count as
 * true (only "false" turned a switch off, so `comment: no` posted a comment); now it is an error.
 */
function boolean(name: InputName, value: string | undefined): boolean {
  if (value === undefined) return true; // both switches default to on (action.yml)
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false, not "${value}"`);
}
