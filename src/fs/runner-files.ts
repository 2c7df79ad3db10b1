/**
 * The files the runner hands a step (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP), written
 * at the paths the caller names, never read from this process's environment: two runs in one
 * process (tests) each write their own.
 */
import { writeChunks } from './local.js';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Appends to a file the runner made; a missing file is an error (as @actions/core has it), not a new file. */
export function appendToRunnerFile(file: string, text: string): void {
  if (!fs.existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  fs.appendFileSync(file, text, { encoding: 'utf8' });
}

/** A new, empty folder of its own under `parent` (so a second step in the job keeps its files). */
export function freshFolder(parent: string, prefix: string): string {
  return fs.mkdtempSync(path.join(parent, prefix));
}

/** A new file (`wx`: never through a file or link already there), written 64 KB at a time as `produce` gives it. */
export function writeNewFile(file: string, produce: (write: (chunk: string) => void) => void): void {
  writeChunks(file, 'wx', produce);
}
