/**
 * Everything one run of the Action shows or sets: log lines and annotations (through a sink,
 * @actions/core's workflow commands on stdout by default), outputs and the job summary (into the
 * files the run's own environment names). It also keeps what it did, for the run's result, and
 * counts the warnings shown: GitHub caps warning annotations per step, the Action's own
 * included, so the findings' annotations get the slots that are left. One per run: two runs in
 * one process share nothing.
 */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import { appendToRunnerFile } from '../fs/runner-files.js';
import type { CommandProperties } from '../report/workflow-commands.js';

export type Level = 'error' | 'warning' | 'notice';

/** Where log lines go. */
export interface LogSink {
  info(message: string): void;
  annotation(level: Level, message: string, properties: CommandProperties): void;
  /** Text as it is (the console report). */
  write(text: string): void;
}

/** The runner's log: this process's stdout, workflow commands written by @actions/core. */
export const runnerLog: LogSink = {
  info: (message) => core.info(message),
  annotation: (level, message, properties) => core[level](message, properties),
  write: (text) => void process.stdout.write(text),
};

/** Shows nothing (tests read the run's result instead). */
export const silentLog: LogSink = { info: () => undefined, annotation: () => undefined, write: () => undefined };

export interface ShownAnnotation {
  level: Level;
  message: string;
  properties: CommandProperties;
}

/** The runner's files for one step, from the environment given to the run. */
export interface RunnerFiles {
  GITHUB_OUTPUT?: string | undefined;
  GITHUB_STEP_SUMMARY?: string | undefined;
}

export class ActionIo {
  readonly log: string[] = [];
  readonly annotations: ShownAnnotation[] = [];
  readonly outputs: Record<string, string> = {};
  summary = '';

  constructor(
    private readonly files: RunnerFiles,
    private readonly sink: LogSink = runnerLog,
  ) {}

  info = (message: string): void => {
    this.log.push(message);
    this.sink.info(message);
  };

  annotate = (level: Level, message: string, properties: CommandProperties = {}): void => {
    this.annotations.push({ level, message, properties });
    this.sink.annotation(level, message, properties);
  };

  warning = (message: string): void => this.annotate('warning', message);
  error = (message: string): void => this.annotate('error', message);

  write(text: string): void {
    this.sink.write(text);
  }

  /** Warnings this step has shown so far. */
  get warningsShown(): number {
    return this.annotations.filter((a) => a.level === 'warning').length;
  }

  /** An output, in GITHUB_OUTPUT's `name<<delimiter` form (as @actions/core writes it). */
  setOutput(name: string, value: string | number): void {
    const text = String(value);
    this.outputs[name] = text;
    const file = this.files.GITHUB_OUTPUT;
    if (!file) {
      // Not on a runner that gives a file: the old command, as @actions/core falls back to.
      this.sink.write(`${EOL}::set-output name=${escapeProperty(name)}::${escapeData(text)}${EOL}`);
      return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendToRunnerFile(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`);
  }

  get hasSummaryFile(): boolean {
    return Boolean(this.files.GITHUB_STEP_SUMMARY);
  }

  /** Appends to the job summary; throws when the runner gave none or it cannot be written. */
  appendSummary(markdown: string): void {
    const file = this.files.GITHUB_STEP_SUMMARY;
    if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set');
    appendToRunnerFile(file, markdown);
    this.summary += markdown;
  }
}

// @actions/core's encoding of a workflow command's data and properties.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
