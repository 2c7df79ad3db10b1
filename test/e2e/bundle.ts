/** Runs the committed bundles (dist/) as subprocesses, the way users and the runner do. */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../helpers/repo.js';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
export const ACTION = path.join(ROOT, 'dist', 'index.js');
/** A bundle still running after this long has hung: a guard, not a speed check (a run of 400 systems takes seconds, and several times that on a loaded machine). */
const HANG_MS = 240_000;

export function runCliBundle(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: HANG_MS, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** The runner's environment for a run: INPUT_*, GITHUB_* files, an event payload if given. */
export function actionEnv(workspace: string, inputs: Record<string, string>, event?: { name: string; payload: unknown }, extra: Record<string, string> = {}) {
  const temp = tempDir('modelgate-runner-');
  const summaryFile = path.join(temp, 'summary.md');
  const outputFile = path.join(temp, 'output');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: temp,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  if (event) {
    const eventPath = path.join(temp, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify(event.payload));
    env.GITHUB_EVENT_NAME = event.name;
    env.GITHUB_EVENT_PATH = eventPath;
  }
  Object.assign(env, extra);
  const collect = (code: number | null, stdout: string, stderr: string): ActionRun => ({
    code,
    stdout,
    stderr,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
  });
  return { env, collect };
}

/** Runs dist/index.js with INPUT_* and the GITHUB_* files the runner provides (and an event, if given). */
export function runActionBundle(workspace: string, inputs: Record<string, string>, event?: { name: string; payload: unknown }): ActionRun {
  const { env, collect } = actionEnv(workspace, inputs, event);
  const result = spawnSync(process.execPath, [ACTION], { cwd: workspace, encoding: 'utf8', env, timeout: HANG_MS });
  return collect(result.status, result.stdout, result.stderr);
}

/** The same, without blocking the event loop (for tests that serve GitHub's API from this process). */
export function runActionBundleAsync(
  workspace: string,
  inputs: Record<string, string>,
  event?: { name: string; payload: unknown },
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const { env, collect } = actionEnv(workspace, inputs, event, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill(), HANG_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(collect(code, stdout, stderr));
    });
  });
}

/** GITHUB_OUTPUT's `name<<delimiter\nvalue\ndelimiter` records. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

/** Annotation workflow commands printed to stdout, parsed. */
export function annotations(stdout: string) {
  return stdout
    .split('\n')
    .map((line) => line.match(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => {
      const properties = Object.fromEntries(
        (m[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((p) => p.split('=') as [string, string]),
      );
      // Unescape as the runner does (@actions/core escapes %, CR and LF in data).
      const message = (m[3] as string).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      return { level: m[1] as string, properties, message };
    });
}
