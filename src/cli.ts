/**
 * `modelgate` on the command line. Parses argv, calls the engine, prints, and returns the exit
 * code: 0 pass, 1 policy failure, 2 usage, configuration or internal error.
 */
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { packageVersion } from './fs/assets.js';
import { dirEntries, exists, inGitFolder, isDirectory, isWithin, isFile, readText, linkedFolderOnTheWay, realPath, replaceWithText, repositoryRoot, trackedFileCount, writeTextInChunks, writeTextMakingFolders } from './fs/local.js';
import { DEFAULT_POLICY_FILE, evaluateGateListingAhead, GateHandOff, parseAsOf, type GateOptions, type GateResult } from './engine/gate.js';
import { baselineMayHold, DEFAULT_BASELINE_DAYS, DEFAULT_BASELINE_FILE, loadBaseline, makeBaseline } from './policy/baseline.js';
import type { Policy } from './evaluate/policy.js';
import type { Report } from './report/report.js';
import type { ReportPolicy } from './engine/gate-thread.js';
import { parseSize, RepoFs } from './fs/repo-fs.js';
import { LibrariesNotLoaded } from './load/lazy.js';
import { loadEngine } from './engine/load.js';
import { closest } from './text/closest.js';
import { MANIFEST_NAMES } from './load/manifest.js';
import { changedFilesSince } from './discover/scope.js';
import { loadPolicy } from './evaluate/policy.js';
import { bundledPackNames } from './policy/sources.js';
import { remotePacksFromClones } from './policy/remote.js';
import { terminalText } from './report/escape.js';
import { formatStylish } from './report/stylish.js';
import { FAIL_ON, failsAt, UsageError, type FailOn } from './types.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (for colour). */
  isTTY: boolean;
  /** The running bundle, to start as worker threads on large repositories (see engine/pool.ts). */
  workerScript?: string;
}

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

const FORMATS = ['stylish', 'json', 'markdown', 'sarif', 'cyclonedx', 'soa', 'soa-csv'] as const;
type Format = (typeof FORMATS)[number];
/** The audit exports: they list every check, passed ones too, with the files' digests. */
const AUDIT_FORMATS: readonly Format[] = ['cyclonedx', 'soa', 'soa-csv'];
/** Formats that show provenance, and so each file's SHA-256. */
const PROVENANCE_FORMATS: readonly Format[] = ['json', 'markdown', ...AUDIT_FORMATS];

const HELP = `modelgate: a policy gate for repositories that hold AI models

Usage:
  modelgate check [path] [options]   check every ai-system.yaml under path (default: ., or
                                     the system whose folder you are in)
  modelgate init [path] [--model <dir>] [--dry-run] [--force]
                                     write ai-system.yaml (filled from the model card, dataset
                                     cards and evidence in path), .modelgate/policy.yaml and
                                     .github/workflows/modelgate.yml
  modelgate baseline [path] [--days <n>] [--file <file>] [check options]
                                     record today's failing findings, so only new ones fail
                                     [.modelgate/baseline.json, expiring in 180 days]
  modelgate bom [path] [--output <file> | --output-dir <dir>] [--as-of <date>]
                                     write a CycloneDX 1.6 ML-BOM of each system under path, from
                                     its manifest, model card and evidence         [standard output]
  modelgate rules [--policy <pack|file>] [--all] [--format text|markdown|json]
                                     list the rules a policy runs (--all: every known rule)
  modelgate explain <rule-id> [--policy <pack|file>]
                                     what a rule checks, why, its controls and how to fix it
  modelgate policy validate <file>   check a policy pack (schema, rule ids, functions, options)
                                     [--policy-checkout owner/repo=<dir>] for pinned remote packs
  modelgate policy test <dir>        run fixture cases (folders with expect.yaml) against a policy
  modelgate --help | --version

Options for check:
  --policy <pack|file>     policy pack: a bundled name (baseline) or a .yaml file
                           [.modelgate/policy.yaml in the repository root if there, else baseline]
  --format <format>        stylish, json, markdown (with coverage tables), sarif
                           (SARIF 2.1.0 for GitHub code scanning), cyclonedx (a CycloneDX
                           1.6 attestation: claims, evidence and conformance per framework),
                           soa or soa-csv (the ISO/IEC 42001 Statement of Applicability)
                                                                                    [stylish]
  --output <file>          write the report to a file instead of standard output
  --fail-on <severity>     error, warning, notice or never                            [error]
  --root <dir>             repository root; nothing outside it is read   [the git top level]
  --include <glob>         only manifests (and model cards) matching this glob (repeatable)
  --exclude <glob>         leave out files and folders matching this glob (repeatable)
  --max-file-size <size>   largest file read, e.g. 5MB or 500KB                         [5MB]
  --as-of <date>           judge evidence age as of this date (YYYY-MM-DD)            [today]
  --commit <sha|none>      the commit the report's provenance names       [git HEAD of the root]
  --base <git ref>         compare with this commit for regression rules (e.g. origin/main)
  --waivers <file>         waivers file, repository-relative          [.modelgate/waivers.yaml]
  --policy-checkout <owner/repo=dir>
                           a local clone to read pinned remote packs from (repeatable)
  --policy-from <where>    base: read policy and waivers from the --base commit, as the Action
                           does on a pull request; head: from the files as they are     [head]
  --scope <scope>          changed: report only the systems the changes since --base touch,
                           as the Action does on a pull request; all: every system       [all]
  --jobs <n>               threads checking systems (1: this thread only)    [one per core, up to 4]
  --verbose                also list the checks that passed
  --timing                 then print the rules that took longest (checks on one thread)
  --no-color               plain output even on a terminal

Environment: NO_COLOR, FORCE_COLOR; MODELGATE_GATE_THREAD=on|off runs the gate on a thread of its
own (default: on Node 22 and later, for a large repository, to hold its memory down).

Exit codes: 0 pass, 1 a failing finding at or above --fail-on, 2 usage or configuration error.
Docs: https://github.com/modelgate/modelgate#readme
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`modelgate: ${terminalText(error.message, 10_000)}\n`);
      return EXIT.usage;
    }
    const detail = io.env.MODELGATE_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    io.stderr(`modelgate: internal error: ${terminalText(error instanceof Error ? error.message : String(error), 10_000)}${detail}\n`);
    return EXIT.usage;
  }
}

const COMMANDS = ['check', 'baseline', 'init', 'bom', 'rules', 'explain', 'policy'];

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
  // Every command answers --help (before `--`, which ends the options): init and bom with
  // their own, check and baseline with this one, and so the commands whose options it lists.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (command !== 'init' && command !== 'bom' && (options.includes('--help') || options.includes('-h'))) {
    io.stdout(HELP);
    return EXIT.pass;
  }
  if (!COMMANDS.includes(command)) {
    const guess = closest(command, COMMANDS);
    throw new UsageError(`unknown command "${terminalText(command)}"${guess ? ` (did you mean "${guess}"?)` : ''}; run modelgate --help`);
  }
  // `check` loads the parsers itself, when the repository has something to read.
  if (command === 'check') return check(rest, io);
  await loadEngine();
  if (command === 'baseline') return check(rest, io, 'baseline');
  if (command === 'init') return init(rest, io);
  if (command === 'bom') return bom(rest, io);
  if (command === 'rules') return rules(rest, io);
  if (command === 'explain') return explain(rest, io);
  return policyCommand(rest, io); // the last of COMMANDS
}

/**
 * `check`, or `baseline`: the same run, ignoring the baseline in force, whose failing findings
 * are written to the baseline file instead of reported.
 */
async function check(args: readonly string[], io: CliIo, mode: 'check' | 'baseline' = 'check'): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    policy: { type: 'string' },
    days: { type: 'string' },
    file: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    root: { type: 'string' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'max-file-size': { type: 'string' },
    'as-of': { type: 'string' },
    commit: { type: 'string' },
    base: { type: 'string' },
    waivers: { type: 'string' },
    'policy-from': { type: 'string' },
    scope: { type: 'string' },
    'policy-checkout': { type: 'string', multiple: true },
    verbose: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    jobs: { type: 'string' },
    timing: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.pass;
  }
  if (positionals.length > 1) throw new UsageError(`${mode} takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
  if (mode === 'check' && (values.days !== undefined || values.file !== undefined)) throw new UsageError('--days and --file are options of modelgate baseline');
  const format = oneOf<Format>('--format', values.format ?? 'stylish', FORMATS);
  const failOn = oneOf<FailOn>('--fail-on', values['fail-on'] ?? 'error', FAIL_ON);
  const given = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!exists(given)) throw new UsageError(`${positionals[0] ?? '.'} does not exist`);
  const root = values.root ? path.resolve(io.cwd, values.root) : repositoryRoot(given);
  // Run from inside a system's folder (its docs/, say), or on one, the system is the one checked:
  // the folder alone holds no manifest, and "0 systems" would read as a pass (new user: `check
  // eval` passed, having checked nothing). A folder that holds manifests of its own is checked
  // as asked.
  const above = systemFolderAbove(given, root);
  const target = above !== undefined && (positionals[0] === undefined || !manifestBelow(given)) ? above : given;
  if (target !== given) io.stderr(`modelgate: checking the system in ${path.relative(io.cwd, target) || '.'} (its ai-system.yaml is above this folder)\n`);
  const scanPath = path.relative(root, target).split(path.sep).join('/');
  if (scanPath === '..' || scanPath.startsWith('../') || path.isAbsolute(scanPath)) {
    throw new UsageError(`${positionals[0]} is outside the repository root ${values.root}`);
  }
  // The default waivers file may be absent; one asked for by name must exist, or no waiver would
  // apply without a word (the findings would fail, and the user would not know why).
  if (values.waivers && values['policy-from'] !== 'base' && !exists(path.resolve(root, values.waivers))) {
    throw new UsageError(`--waivers ${values.waivers} does not exist (it is read relative to the repository root ${root})`);
  }

  // Loaded only when asked for, like the report formats.
  const timing = values.timing ? new (await import('./evaluate/timing.js')).RunTiming() : undefined;
  const clones = checkouts(values['policy-checkout'] ?? [], io.cwd);
  const remote = remotePacksFromClones(clones);
  const readsDocuments = mayReadDocuments(root, target, values, format);
  if (readsDocuments) await loadEngine();
  const gateOptions: GateOptions = {
    root,
    scanPath,
    // Unnamed: the repository's .modelgate/policy.yaml, else baseline, as in the Action.
    ...(values.policy ? { policy: values.policy } : {}),
    // Only the JSON report, the audit exports and --verbose show passed checks; the rest need not hold them.
    keepPasses: format === 'json' || AUDIT_FORMATS.includes(format) || Boolean(values.verbose),
    // Provenance costs a digest per file read and a few git calls: only for outputs that show it.
    hashFiles: PROVENANCE_FORMATS.includes(format),
    ...(PROVENANCE_FORMATS.includes(format) ? {} : { noPolicyDigest: `not computed: --format ${format} does not show provenance` }),
    ...(values.commit !== undefined
      ? { commit: parseCommit(values.commit), ...(values.commit === 'none' ? {} : { commitSource: '--commit' }) }
      : PROVENANCE_FORMATS.includes(format)
        ? {}
        : { commit: null, commitSource: `not read: --format ${format} does not show provenance` }),
    ...(io.workerScript ? { workerScript: io.workerScript } : {}),
    ...(values.jobs !== undefined ? { jobs: parseJobs(values.jobs) } : {}),
    ...(timing ? { timing } : {}),
    policyBaseDir: root, // as the Action reads it from the workspace
    failOn,
    ...(values['max-file-size'] ? { maxFileBytes: parseSize(values['max-file-size']) } : {}),
    ...(values['as-of'] ? { now: parseAsOf(values['as-of']) } : {}),
    ...(values.base ? { base: { ref: values.base, required: true } } : {}),
    ...(changedScope(values.scope, values.base, root)),
    ...(values.waivers ? { waivers: values.waivers } : {}),
    policyFrom: oneOf<'base' | 'head'>('--policy-from', values['policy-from'] ?? 'head', ['base', 'head']),
    remote,
    ...(values.include ? { include: values.include } : {}),
    ...(values.exclude ? { exclude: values.exclude } : {}),
    ...(mode === 'baseline' ? { baseline: false as const } : values.file ? { baseline: values.file } : {}),
  };
  if (mode === 'baseline') {
    const { report, policy } = await evaluateLoadingLibraries(gateOptions);
    return writeBaseline(report, policy, root, values, io);
  }
  // On Node 22 and later a large repository is checked with the gate on a thread of its own,
  // whose young generation this thread can size (engine/gate-thread.ts says why). A small one
  // stays here: starting that thread costs about a tenth of a second. --timing measures here.
  const handOffAbove = readsDocuments && !timing && io.workerScript !== undefined ? gateThreadAbove(io.env) : undefined;
  const offThreadWith = async (options: GateOptions) => (await import('./engine/gate-thread.js')).evaluateOffThread(options, { clones }, io.workerScript as string);
  // A repository git says is large goes there at once: listing it here would grow this
  // thread's young generation before the hand-off (10,000 systems: 315 MB against 279 MB), as
  // would walking a folder git does not index, whose size nothing tells beforehand. A git
  // repository of fewer files is listed here first, and handed off if it holds many systems.
  const tracked = handOffAbove === undefined ? undefined : trackedFileCount(root);
  let offThread = handOffAbove !== undefined && (tracked === undefined || tracked > handOffAbove * FILES_PER_SYSTEM);
  let result: { report: Report; policy: ReportPolicy; threads: number };
  if (offThread) result = await offThreadWith(gateOptions);
  else {
    try {
      result = await evaluateLoadingLibraries({ ...gateOptions, ...(handOffAbove !== undefined ? { handOffAbove } : {}) });
    } catch (error) {
      if (!(error instanceof GateHandOff)) throw error;
      offThread = true;
      // What discovery found goes with it: a large tree is not walked twice.
      result = await offThreadWith({ ...gateOptions, discovered: error.discovery });
    }
  }
  const { report, policy: policyUsed, threads } = result;

  const color = !values['no-color'] && !values.output && !io.env.NO_COLOR && (io.isTTY || Boolean(io.env.FORCE_COLOR));
  const produce = await reportWriter(format, report, policyUsed, { color, verbose: Boolean(values.verbose) });
  // A gate pointed at the wrong folder must not look like a pass that checked something.
  // Not when the changed-files scope left every system out: the run says so itself (sixth red team).
  if (report.summary.systems === 0 && report.summary.unregistered === 0 && !report.scope) io.stderr(`modelgate: warning: no ai-system.yaml under ${positionals[0] ?? '.'}; nothing was checked (modelgate init <model-folder> writes one)\n`);
  if (values.verbose) io.stderr(`modelgate: ${report.summary.systems} system${report.summary.systems === 1 ? '' : 's'} checked on ${threads} thread${threads === 1 ? '' : 's'}${offThread ? ', the gate on a thread of its own' : ''}\n`);
  if (values.output) {
    const output = path.resolve(io.cwd, values.output);
    try {
      writeTextInChunks(output, produce);
    } catch (error) {
      throw new UsageError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    io.stderr(`modelgate: ${report.verdict === 'pass' ? 'pass' : 'FAIL'}; report written to ${values.output}\n`);
  } else {
    let pending = '';
    produce((chunk) => {
      pending += chunk;
      if (pending.length >= 65_536) {
        io.stdout(pending);
        pending = '';
      }
    });
    if (pending) io.stdout(pending);
  }
  if (timing) io.stderr((await import('./report/timing.js')).formatTiming(timing));
  return report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
}

/**
 * What writes the report in `format`. The JSON report and the audit exports of a large
 * repository are larger than one string may be: they are written in pieces. Each format's module
 * is imported when asked for (together they are a tenth of the CLI's code); stylish is the default.
 */
async function reportWriter(format: Format, report: Report, policy: ReportPolicy, stylish: { color: boolean; verbose: boolean }): Promise<(write: (chunk: string) => void) => void> {
  const exclusions = policy.resolved.exclusions;
  switch (format) {
    case 'json': {
      const { writeJson } = await import('./report/json.js');
      return (write) => writeJson(report, write);
    }
    case 'cyclonedx': {
      const { writeCycloneDx } = await import('./report/cyclonedx.js');
      return (write) => writeCycloneDx(report, { exclusions }, write);
    }
    case 'markdown': {
      const { formatMarkdown } = await import('./report/markdown.js');
      return (write) => write(formatMarkdown(report));
    }
    case 'sarif': {
      const { formatSarif } = await import('./report/sarif.js');
      return (write) => write(formatSarif(report, { rules: policy.known }));
    }
    case 'soa': {
      const { writeSoaMarkdown } = await import('./report/soa.js');
      return (write) => writeSoaMarkdown(report, { exclusions }, write);
    }
    case 'soa-csv': {
      const { writeSoaCsv } = await import('./report/soa.js');
      return (write) => writeSoaCsv(report, { exclusions }, write);
    }
    case 'stylish':
      return (write) => write(formatStylish(report, stylish));
  }
}

/**
 * Whether a check of `target` may read a document (YAML, JSON, CSV, a card's front matter), so
 * the parsers must be loaded first (load/lazy.ts). Only a folder holding nothing but `.git`, with
 * no `.modelgate/` settings at the root and no option naming a policy, waivers or base commit, is
 * sure to read none; there the parsers, most of the bundle, are not loaded. Any doubt says yes.
 * The audit formats read the bundled frameworks (YAML) to write even an empty report.
 */
function mayReadDocuments(root: string, target: string, values: { policy?: string; waivers?: string; base?: string; 'policy-checkout'?: string[] }, format: Format): boolean {
  if (AUDIT_FORMATS.includes(format)) return true;
  if (values.policy !== undefined || values.waivers !== undefined || values.base !== undefined || values['policy-checkout'] !== undefined) return true;
  if (exists(path.join(root, '.modelgate')) || !isDirectory(target)) return true;
  try {
    return dirEntries(target).some((entry) => entry.name !== '.git');
  } catch {
    return true;
  }
}

/** Systems above which `check` runs the gate on a thread of its own, on Node 22 and later. */
const GATE_THREAD_ABOVE = 200;
/** Tracked files that make a repository large at once, per system above: a system with its evidence is some 25 files, a repository has other files too. */
const FILES_PER_SYSTEM = 100;

/**
 * Above how many systems `check` runs the gate on a thread of its own, if ever: on Node 22 and
 * later, GATE_THREAD_ABOVE; MODELGATE_GATE_THREAD=on makes it every repository with a system
 * (on any version), `off` never.
 */
function gateThreadAbove(env: CliIo['env']): number | undefined {
  const asked = env.MODELGATE_GATE_THREAD;
  if (asked === 'on') return 0;
  if (asked === 'off') return undefined;
  return Number(process.versions.node.split('.')[0]) >= 22 ? GATE_THREAD_ABOVE : undefined;
}

/** The gate; should it need the parsers after all (mayReadDocuments said no), they are loaded and it runs again. */
async function evaluateLoadingLibraries(options: GateOptions): Promise<GateResult> {
  try {
    return await evaluateGateListingAhead(options);
  } catch (error) {
    if (!(error instanceof LibrariesNotLoaded)) throw error;
    await loadEngine();
    return evaluateGateListingAhead(options);
  }
}

/** `modelgate init`: a manifest filled from the folder, the repository's policy and workflow. */
async function init(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, root: { type: 'string' }, model: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(
      'modelgate init [path] [--model <dir>] [--dry-run] [--force] [--root <dir>]\n\n' +
        'Writes <path>/ai-system.yaml (filled from the model card, dataset cards and evidence in path; TODO\n' +
        'markers for the rest), .modelgate/policy.yaml and .github/workflows/modelgate.yml at the repository\n' +
        'root. Paths are relative to where you run it. Existing files are kept (--force replaces them);\n' +
        '--dry-run prints what would be written. --model names the folder of the model the system ships,\n' +
        'when it is kept elsewhere (a service in services/api serving models/scorer): its card and model\n' +
        'files are cited from there.\n',
    );
    return EXIT.pass;
  }
  if (positionals.length > 1) throw new UsageError(`init takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const target = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!isDirectory(target)) throw new UsageError(`${positionals[0] ?? '.'} is not a folder`);
  const root = values.root ? path.resolve(io.cwd, values.root) : repositoryRoot(target);
  if (path.relative(root, target).startsWith('..')) throw new UsageError(`${positionals[0]} is outside the repository root ${root}`);
  const model = values.model === undefined ? undefined : path.resolve(io.cwd, values.model);
  if (model !== undefined) {
    if (!isDirectory(model)) throw new UsageError(`--model ${values.model} is not a folder`);
    // The manifest cites the model's files by paths the gate resolves inside the repository.
    if (!isWithin(root, model) || !isWithin(realPath(root), realPath(model))) throw new UsageError(`--model ${values.model} is outside the repository root ${root}`);
    if (inGitFolder(root, model)) throw new UsageError(`--model ${values.model} is in git's own data (.git), not a folder of the repository`);
  }
  // A folder in a submodule of the repository init runs in: what init wrote there would be the
  // submodule's, and this one could not commit it (new user). A submodule's checkout has a .git
  // file, not a folder; a clone inside an unrelated repository (a home folder kept in git) is the
  // target's own repository, and init writes there (review).
  const here = repositoryRoot(io.cwd);
  if (!values.root && here !== root && !path.relative(here, root).startsWith('..') && isSubmoduleCheckout(root)) {
    const shown = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || '.';
    throw new UsageError(
      `${shown(root)} is a submodule, another repository inside this one, so init writes nothing there: its files would be that repository's. ` +
        `Run init in that repository to register the model there; or, to register it here, make a folder of this repository for the system and write its ai-system.yaml by hand, citing the model's card (${shown(target)}/README.md, written as a path from that folder) and its files in artifacts; --root ${shown(root)} writes into the submodule`,
    );
  }
  // Git's own data is not the repository's (fs/repo-fs.ts refuses every citation into it): init
  // neither reads a card there nor writes a manifest there, named or reached through a link.
  if (inGitFolder(root, target)) {
    throw new UsageError(`${positionals[0] ?? '.'} is in git's own data (.git), not a folder of the repository; init reads and writes nothing there`);
  }
  // Imported here: init writes YAML with the yaml package's stringify, which (with the other
  // parsers, load/lazy.ts) stays out of the start-up of every other command.
  const { existingFiles, planInit, writeInit } = await import('./init.js');
  const plan = planInit(root, target, model === undefined ? {} : { model });
  const found = plan.found.length > 0 ? plan.found.map((f) => `  ${terminalText(f)}\n`).join('') : '  nothing modelgate reads yet (no model card with front matter, dataset card or evidence file)\n';
  const existing = existingFiles(root, plan);
  const keep = values.force ? [] : existing;
  const kept = keep.length > 0 ? `kept (already there; --force replaces ${keep.length === 1 ? 'it' : 'them'})\n${keep.map((f) => `  ${terminalText(f)}\n`).join('')}` : '';
  if (values['dry-run']) {
    io.stdout(`modelgate init (dry run): found\n${found}${kept}\n`);
    // What init would write holds a card's text: shown line by line as terminal text, like every other sink.
    const shown = (text: string) => text.split('\n').map((line) => terminalText(line, line.length + 1)).join('\n');
    for (const { file, text } of plan.files) if (!keep.includes(file)) io.stdout(`--- ${terminalText(file)}\n${shown(text)}\n`);
    return EXIT.pass;
  }
  const written = writeInit(root, plan, keep);
  // Run again over files that are all there, init wrote nothing: its next steps are the check's.
  // A manifest kept holds the team's own words, not init's TODOs (second new user: told to fill
  // in TODOs that were not there).
  const wroteManifest = written.some((file) => /(?:^|\/)ai-system\.yaml$/.test(file));
  const next =
    written.length > 0
      ? `${wroteManifest ? 'Next: fill in each TODO in the manifest (modelgate check lists them, modelgate explain <rule> says what each wants)' : 'Next: modelgate check says what is left to do in the manifest kept'}, then commit the files.\n` +
        'The workflow uses modelgate/modelgate@v1, which resolves once v1 is released; until then, pin a commit SHA.\n'
      : 'Nothing written. modelgate check says what is left to do in them.\n';
  io.stdout(`modelgate init: found\n${found}${written.length > 0 ? `wrote\n${written.map((f) => `  ${terminalText(f)}\n`).join('')}` : ''}${kept}${next}`);
  return EXIT.pass;
}

/** Whether `root` is a submodule's checkout: its `.git` a file naming a git directory under a `modules` folder (not a linked worktree's, under `worktrees`). */
function isSubmoduleCheckout(root: string): boolean {
  const dotGit = path.join(root, '.git');
  if (!isFile(dotGit)) return false;
  try {
    return /^gitdir: .*[/\\]modules[/\\]/m.test(readText(dotGit));
  } catch {
    return false;
  }
}

const BOM_HELP =
  'modelgate bom [path] [--output <file> | --output-dir <dir>] [--as-of <date>] [--root <dir>] [--max-file-size <size>]\n\n' +
  'Writes a CycloneDX 1.6 ML-BOM of the system whose ai-system.yaml is in path (default: .): the model\n' +
  'with its licence, shipped files and their sha256, a modelCard (task, datasets, the card\'s\n' +
  'model-index metrics, intended use, limitations, fairness from the bias reports, CO2), and each\n' +
  'declared dataset. To standard output, or --output <file>; when path holds several systems,\n' +
  '--output-dir <dir> writes <dir>/<system id>.cdx.json for each. The timestamp is the --as-of day\n' +
  '(else SOURCE_DATE_EPOCH, else today) and the serial number comes from the content, so the same\n' +
  'inputs give the same bytes. Cite the file as supplyChain.bom in the manifest to have it checked.\n';

/** `modelgate bom`: each system's ML-BOM, from its manifest, card and evidence. */
async function bom(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    output: { type: 'string', short: 'o' },
    'output-dir': { type: 'string' },
    'as-of': { type: 'string' },
    root: { type: 'string' },
    'max-file-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(BOM_HELP);
    return EXIT.pass;
  }
  if (positionals.length > 1) throw new UsageError(`bom takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.output !== undefined && values['output-dir'] !== undefined) throw new UsageError('give --output (one system) or --output-dir (several), not both');
  const given = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!exists(given)) throw new UsageError(`${positionals[0] ?? '.'} does not exist`);
  const root = values.root ? path.resolve(io.cwd, values.root) : repositoryRoot(given);
  // Run with no path from inside a system's folder (its docs/, say), the system is the one
  // checked: the folder alone holds no manifest, and "0 systems" would read as a pass.
  const target = positionals[0] === undefined ? (systemFolderAbove(given, root) ?? given) : given;
  if (target !== given) io.stderr(`modelgate: checking the system in ${path.relative(io.cwd, target) || '.'} (its ai-system.yaml is above this folder)\n`);
  const scanPath = path.relative(root, target).split(path.sep).join('/');
  if (scanPath === '..' || scanPath.startsWith('../') || path.isAbsolute(scanPath)) throw new UsageError(`${positionals[0]} is outside the repository root ${root}`);
  const { buildMlBoms } = await import('./engine/bom.js');
  const boms = buildMlBoms({
    root,
    scanPath,
    asOf: bomDay(values['as-of'], io.env.SOURCE_DATE_EPOCH),
    toolVersion: packageVersion(),
    ...(values['max-file-size'] ? { maxFileBytes: parseSize(values['max-file-size']) } : {}),
  });
  if (boms.length === 0) throw new UsageError(`no ai-system.yaml under ${positionals[0] ?? '.'}; nothing to write a BOM of`);
  const failed = boms.filter((b) => !b.ok);
  for (const b of failed) if (!b.ok) io.stderr(`modelgate: no BOM for ${terminalText(b.manifest)}: ${terminalText(b.problem)}\n`);
  const written = boms.flatMap((b) => (b.ok ? [b] : []));
  const write = (rel: string, text: string) => {
    try {
      writeTextMakingFolders(path.resolve(io.cwd, rel), text);
    } catch (error) {
      throw new UsageError(`cannot write ${rel}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  };
  if (values['output-dir'] !== undefined) {
    const dir = values['output-dir'];
    for (const b of written) {
      const file = path.join(dir, `${b.id.replace(/[^\w.-]+/g, '_')}.cdx.json`);
      write(file, b.text);
      io.stderr(`modelgate: ML-BOM of ${terminalText(b.id)} written to ${terminalText(file)}\n`);
    }
  } else if (boms.length > 1) {
    throw new UsageError(`${positionals[0] ?? '.'} holds ${boms.length} systems; write one BOM each with --output-dir <dir>, or name one system's folder`);
  } else if (written[0] && values.output !== undefined) {
    write(values.output, written[0].text);
    io.stderr(`modelgate: ML-BOM of ${terminalText(written[0].id)} written to ${terminalText(values.output)}\n`);
  } else if (written[0]) {
    io.stdout(written[0].text);
  }
  return failed.length > 0 ? EXIT.usage : EXIT.pass;
}

/** The BOM's day: --as-of, else SOURCE_DATE_EPOCH (reproducible builds' convention), else today. */
function bomDay(asOf: string | undefined, epoch: string | undefined): string {
  if (asOf !== undefined) return parseAsOf(asOf).toISOString().slice(0, 10);
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return new Date().toISOString().slice(0, 10);
}

/** `modelgate baseline`: today's failing findings, recorded so that only new ones fail. */
function writeBaseline(report: Report, policy: Policy, root: string, values: { days?: string; file?: string; 'as-of'?: string }, io: CliIo): number {
  const days = values.days === undefined ? DEFAULT_BASELINE_DAYS : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError(`--days must be a whole number of days from 1 to 3650, not "${values.days}"`);
  const rel = values.file ?? DEFAULT_BASELINE_FILE;
  const file = path.resolve(root, rel);
  if (path.relative(root, file).startsWith('..')) throw new UsageError(`--file ${rel} is outside the repository root ${root}`);
  // Nor through a link (a repository's .modelgate may link out of it): a link as the file is
  // replaced, a linked folder on the way stops the write.
  const linked = linkedFolderOnTheWay(root, path.relative(root, file).split(path.sep).join('/'));
  if (linked !== undefined) throw new UsageError(`${linked} is a symbolic link: modelgate baseline writes ${rel} only inside the repository, not through a link; replace the link with a folder`);
  const created = values['as-of'] ? parseAsOf(values['as-of']) : new Date();
  const baseline = makeBaseline(report.findings, policy, created, days);
  // Rewritten smaller (as baseline/fixed asks), a baseline keeps its dates: a later expiry is a
  // governance decision (governance/baseline-grown on a pull request), taken with --days.
  const existing = values.days === undefined ? loadBaseline(new RepoFs(root), path.relative(root, file).split(path.sep).join('/')).baseline : undefined;
  if (existing && existing.expires >= baseline.created) Object.assign(baseline, { created: existing.created, expires: existing.expires });
  try {
    replaceWithText(file, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${rel}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const held = baseline.findings.reduce((n, e) => n + e.count, 0);
  // What stays reported, by whether it fails the gate at this --fail-on.
  const left = report.findings.filter((f) => f.status === 'fail' && !baselineMayHold(policy, f.ruleId));
  const leftFailing = left.filter((f) => failsAt(f.severity, report.failOn)).length;
  const leftBelow = left.length - leftFailing;
  const below = `below --fail-on ${report.failOn}`;
  const systems = new Set(baseline.findings.map((e) => e.system)).size;
  // A TODO marker is a value someone left for later (init writes them), not legacy debt: say how
  // many the baseline now hides, so a fresh manifest is not quietly turned green for 180 days.
  const markerRules = new Set(baseline.findings.filter((e) => policy.byId.get(e.rule)?.then?.some((t) => t.function === 'no-placeholders')).map((e) => e.rule));
  const markers = baseline.findings.filter((e) => markerRules.has(e.rule)).reduce((n, e) => n + e.count, 0);
  io.stdout(
    `modelgate: recorded ${held} failing finding${held === 1 ? '' : 's'} of ${systems} system${systems === 1 ? '' : 's'} in ${rel}; it expires on ${baseline.expires}.\n` +
      (leftFailing > 0 ? `${leftFailing} finding${leftFailing === 1 ? '' : 's'} of locked or unwaivable rules, about governance, or of a regression against the base commit, cannot be baselined and still fail${leftBelow > 0 ? `, and ${leftBelow} more ${below} ${leftBelow === 1 ? 'is' : 'are'} still reported` : ''}.\n` : '') +
      (leftFailing === 0 && leftBelow > 0 ? `${leftBelow} finding${leftBelow === 1 ? '' : 's'} of rules no baseline may hold ${leftBelow === 1 ? 'is' : 'are'} still reported; ${below}, ${leftBelow === 1 ? 'it fails' : 'they fail'} nothing.\n` : '') +
      (markers > 0 ? `${markers} of them ${markers === 1 ? 'is a TODO marker' : 'are TODO markers'} (${[...markerRules].join(', ')}): fill ${markers === 1 ? 'it' : 'them'} in rather than baseline ${markers === 1 ? 'it' : 'them'} where you can.\n` : '') +
      'New findings fail from now on; commit the file, and run modelgate baseline again as findings are fixed.\n',
  );
  // --as-of dates the baseline as well as judging evidence (new user: one recorded "as of" May
  // expired before it was committed, and the next check failed on it).
  const today = new Date().toISOString().slice(0, 10);
  if (baseline.expires < today) io.stderr(`modelgate: warning: --as-of ${values['as-of']} dates the baseline too, so it has already expired (${baseline.expires}, before today, ${today}): the next check without --as-of fails on it; run modelgate baseline without --as-of\n`);
  return EXIT.pass;
}

async function rules(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    policy: { type: 'string' },
    all: { type: 'boolean' },
    format: { type: 'string', short: 'f' },
  });
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments, got ${positionals.join(' ')}`);
  const format = oneOf<'text' | 'markdown' | 'json'>('--format', values.format ?? 'text', ['text', 'markdown', 'json']);
  const policy = loadPolicy(values.policy ?? defaultPolicy(io.cwd), { baseDir: io.cwd });
  const listed = values.all ? [...policy.known.values()] : policy.rules;
  const sorted = [...listed].sort((a, b) => a.id.localeCompare(b.id));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(sorted.map(({ definedIn: _definedIn, ...rule }) => rule), null, 2)}\n`);
  } else if (format === 'markdown') {
    const packs = Object.fromEntries(
      bundledPackNames().map((name) => [name, new Map(loadPolicy(name, { baseDir: io.cwd }).rules.map((r) => [r.id, r.severity]))]),
    );
    io.stdout((await import('./report/rules-doc.js')).formatRulesMarkdown(sorted, packs));
  } else {
    io.stdout((await import('./report/rules-doc.js')).formatRulesText(sorted));
  }
  return EXIT.pass;
}

async function explain(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { policy: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('explain takes one rule id, e.g. modelgate explain bias/report-model-version');
  const id = positionals[0] as string;
  const policy = loadPolicy(values.policy ?? defaultPolicy(io.cwd), { baseDir: io.cwd });
  const rule = policy.byId.get(id) ?? policy.known.get(id);
  if (!rule) {
    // A rule named without its family (`own-system`) is the one rule of that name, if one.
    const named = id.includes('/') ? [] : [...policy.known.keys()].filter((known) => known.slice(known.indexOf('/') + 1) === id);
    const guess = named.length === 1 ? named[0] : closest(id, [...policy.known.keys()]);
    throw new UsageError(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; modelgate rules --all lists them`);
  }
  io.stdout((await import('./report/rules-doc.js')).formatRuleExplanation(rule));
  if (!policy.byId.has(id)) io.stdout(`\n(${id} is not selected by the policy ${policy.packs[0]})\n`);
  return EXIT.pass;
}

async function policyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseOptions(args, { 'policy-checkout': { type: 'string', multiple: true } });
  const [sub, target, ...extra] = positionals;
  if (extra.length > 0 || !target || (sub !== 'validate' && sub !== 'test')) {
    throw new UsageError('usage: modelgate policy validate <file> | modelgate policy test <dir> [--policy-checkout owner/repo=<dir>]');
  }
  // A pack may extend a pinned pack of another repository, read from a local clone.
  const remote = remotePacksFromClones(checkouts(values['policy-checkout'] ?? [], io.cwd));
  if (sub === 'validate') {
    const policy = loadPolicy(target, { baseDir: io.cwd, remote });
    io.stdout(`${target}: valid; ${policy.rules.length} rules active from ${policy.packs.join(' → ')}\n`);
    return EXIT.pass;
  }
  // Imported here: the fixture runner reads expect.yaml with the yaml package (see init above).
  const { runPolicyTests } = await import('./policy-tests.js');
  const results = runPolicyTests(path.resolve(io.cwd, target), remote);
  for (const result of results) {
    io.stdout(`${result.ok ? 'ok  ' : 'FAIL'}  ${terminalText(result.name)}\n`);
    for (const problem of result.problems) io.stdout(`        ${terminalText(problem, 10_000)}\n`);
  }
  const failed = results.filter((r) => !r.ok).length;
  io.stdout(`\n${results.length - failed} of ${results.length} cases passed\n`);
  return failed === 0 ? EXIT.pass : EXIT.fail;
}

/** The most folders manifestBelow reads before it takes the folder to hold one (and leaves the path as given). */
const MANIFEST_SEARCH_FOLDERS = 2000;

/**
 * Whether a manifest lies in `folder` or below it, reading at most MANIFEST_SEARCH_FOLDERS
 * folders (past that, it answers yes: the path is then checked as given). Links are not
 * followed, and .git and node_modules not read, as discovery does not.
 */
function manifestBelow(folder: string): boolean {
  const waiting = [folder];
  for (let read = 0; waiting.length > 0; read++) {
    if (read >= MANIFEST_SEARCH_FOLDERS) return true;
    const dir = waiting.pop() as string;
    let entries: ReturnType<typeof dirEntries>;
    try {
      entries = dirEntries(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() && (MANIFEST_NAMES as readonly string[]).includes(entry.name)) return true;
      if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') waiting.push(path.join(dir, entry.name));
    }
  }
  return false;
}

/** The nearest folder above `folder`, up to `root`, that holds a manifest; undefined when `folder` holds one or none is above it. */
function systemFolderAbove(folder: string, root: string): string | undefined {
  const holdsManifest = (dir: string) => MANIFEST_NAMES.some((name) => exists(path.join(dir, name)));
  if (holdsManifest(folder)) return undefined;
  for (let dir = folder; dir !== root && path.dirname(dir) !== dir; ) {
    dir = path.dirname(dir);
    if (path.relative(root, dir).startsWith('..')) return undefined;
    if (holdsManifest(dir)) return dir;
  }
  return undefined;
}

function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    // node:util's messages are clear ("Unknown option '--polcy'"); drop its hint about "--".
    // --no-color is accepted by every command (a script passes it to all of them); those that print no colour ignore it.
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { 'no-color': { type: 'boolean' }, ...options } });
  } catch (error) {
    const message = (error as Error).message.split('. To specify')[0] as string;
    // "Unknown option '--formt'": say which option was meant, as unknown rule ids do.
    const unknown = /^Unknown option '--([^']+)'/.exec(message)?.[1];
    // A typo keeps its first letter: '--nope' is no '--scope'.
    const guess = unknown === undefined ? undefined : closest(unknown, Object.keys(options));
    const meant = guess !== undefined && guess[0] === unknown?.[0] ? guess : undefined;
    throw new UsageError(`${message}${meant ? `; did you mean --${meant}?` : ''}; run modelgate --help`);
  }
}

/** `owner/repo=dir` values of --policy-checkout. */
function checkouts(values: readonly string[], cwd: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values) {
    const match = value.match(/^([\w.-]+\/[\w.-]+)=(.+)$/);
    if (!match) throw new UsageError(`--policy-checkout must be owner/repo=<dir>, not "${value}"`);
    map.set(match[1] as string, path.resolve(cwd, match[2] as string));
  }
  return map;
}

/** --commit: a full commit id, or `none` (output that cannot name the commit holding it). */
function parseCommit(text: string): string | null {
  if (text === 'none') return null;
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(text)) throw new UsageError(`--commit must be a full commit id (40 or 64 hex digits) or none, not "${text}"`);
  return text;
}

/** `--scope changed`: the files the branch changes since --base, which the gate scopes the report to. */
function changedScope(scope: string | undefined, base: string | undefined, root: string): Pick<GateOptions, 'changedFiles'> {
  if (oneOf<'changed' | 'all'>('--scope', scope ?? 'all', ['changed', 'all']) === 'all') return {};
  if (!base) throw new UsageError('--scope changed reports the systems a change touches, and needs --base <git ref> to know the change');
  return { changedFiles: changedFilesSince(root, base) };
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${text}"`);
  return jobs;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly string[]): T {
  if (!allowed.includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** The policy `rules` and `explain` show when none is named: the repository's, else baseline. */
function defaultPolicy(cwd: string): string {
  const file = path.join(repositoryRoot(cwd), DEFAULT_POLICY_FILE);
  return exists(file) ? file : 'baseline';
}
