/**
 * `modelgate` on the command line. Parses argv, calls the engine, prints, and returns the exit
 * code: 0 pass, 1 policy failure, 2 usage, configuration or internal error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { packageVersion } from './assets.js';
import { runGate } from './engine.js';
import { parseSize } from './fs/repo-fs.js';
import { formatStylish } from './report/stylish.js';
import { FAIL_ON, UsageError, type FailOn } from './types.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (for colour). */
  isTTY: boolean;
}

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

const FORMATS = ['stylish', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `modelgate: a policy gate for repositories that hold AI models

Usage:
  modelgate check [path] [options]   check every ai-system.yaml under path (default: .)
  modelgate --help | --version

Options for check:
  --policy <pack|file>     policy pack: a bundled name (baseline) or a .yaml file  [baseline]
  --format <format>        stylish or json                                          [stylish]
  --output <file>          write the report to a file instead of standard output
  --fail-on <severity>     error, warning, notice or never                            [error]
  --root <dir>             repository root; nothing outside it is read   [the git top level]
  --include <glob>         only manifests matching this glob (repeatable)
  --exclude <glob>         leave out files and folders matching this glob (repeatable)
  --max-file-size <size>   largest file read, e.g. 5MB or 500KB                         [5MB]
  --verbose                also list the checks that passed
  --no-color               plain output even on a terminal

Exit codes: 0 pass, 1 a failing finding at or above --fail-on, 2 usage or configuration error.
Docs: https://github.com/modelgate/modelgate#readme
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`modelgate: ${error.message}\n`);
      return EXIT.usage;
    }
    const detail = io.env.MODELGATE_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    io.stderr(`modelgate: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    return EXIT.usage;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? EXIT.usage : EXIT.pass;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.pass;
  }
  if (command === 'check') return check(rest, io);
  throw new UsageError(`unknown command "${command}"; run modelgate --help`);
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCheckArgs(args);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.pass;
  }
  if (positionals.length > 1) throw new UsageError(`check takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = oneOf<Format>('--format', values.format ?? 'stylish', FORMATS);
  const failOn = oneOf<FailOn>('--fail-on', values['fail-on'] ?? 'error', FAIL_ON);
  const target = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(target)) throw new UsageError(`${positionals[0] ?? '.'} does not exist`);
  const root = values.root ? path.resolve(io.cwd, values.root) : repositoryRoot(target);
  const scanPath = path.relative(root, target).split(path.sep).join('/');
  if (scanPath === '..' || scanPath.startsWith('../') || path.isAbsolute(scanPath)) {
    throw new UsageError(`${positionals[0]} is outside the repository root ${values.root}`);
  }

  const report = runGate({
    root,
    scanPath,
    policy: values.policy ?? 'baseline',
    policyBaseDir: io.cwd,
    failOn,
    ...(values['max-file-size'] ? { maxFileBytes: parseSize(values['max-file-size']) } : {}),
    ...(values.include ? { include: values.include } : {}),
    ...(values.exclude ? { exclude: values.exclude } : {}),
  });

  const color = !values['no-color'] && !values.output && !io.env.NO_COLOR && (io.isTTY || Boolean(io.env.FORCE_COLOR));
  const text =
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatStylish(report, { color, verbose: Boolean(values.verbose) });
  if (values.output) {
    const output = path.resolve(io.cwd, values.output);
    try {
      fs.writeFileSync(output, text);
    } catch (error) {
      throw new UsageError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    io.stderr(`modelgate: ${report.verdict === 'pass' ? 'pass' : 'FAIL'}; report written to ${values.output}\n`);
  } else {
    io.stdout(text);
  }
  return report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
}

function parseCheckArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        root: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        verbose: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util's messages are clear ("Unknown option '--polcy'"); drop its hint about "--".
    throw new UsageError(`${(error as Error).message.split('. To specify')[0]}; run modelgate --help`);
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** The nearest directory at or above `target` that holds `.git`; else the target's directory. */
export function repositoryRoot(target: string): string {
  const start = fs.statSync(target).isDirectory() ? target : path.dirname(target);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}
