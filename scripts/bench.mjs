#!/usr/bin/env node
// The benchmark (`npm run bench`): prints figures, asserts nothing. It generates repositories of
// 100, 1,000 and 10,000 systems (copies of examples/credit-scoring, 26 files each: manifest,
// card, dataset cards, bias report, monitoring config and run, oversight plan, runbook, docs),
// then times the CLI bundle on each against two floors, plain scripts that read and parse the
// same files and do nothing else (scripts/bench-floor.mjs): the parsers modelgate used before it
// read values first (yaml's document API), and the fastest (js-yaml's load). Then the six
// manifest rules of scripts/bench-six-rules.yaml against Spectral with the same six
// (scripts/bench-spectral.yaml) on 1,000 systems, with modelgate also run on a git checkout of
// the same files (the generated repositories have an empty .git folder, so modelgate walks their
// folders; in a checkout git lists the files). Each figure is the median of alternated runs
// (CLI, floor, fast floor, CLI, ...), so drift on a shared machine hits all alike. Peak RSS and
// CPU time (user + system, every thread) are the child's own.
//
//   npm run bench                 all sizes, then Spectral, the Action row and the adversarial cards
//   npm run bench -- 100 1000     chosen sizes
//   npm run bench -- spectral     only the comparison with Spectral
//   npm run bench -- action       only the Action row (5,000 systems, against a local API server)
//   npm run bench -- adversarial  only the adversarial cards
//   npm run bench -- alloc        where the garbage of a 1,000-system run comes from (bench-alloc.mjs)
//   npm run bench -- against DIR  this build against another checkout's (a release, the commit
//                                 before a change: `git worktree add DIR <commit>`), alternated,
//                                 on 1,000 copies of DIR's example, which both builds can read;
//                                 add --policy FILE to run both with that policy (say, with the
//                                 rules off that judge the example's evidence differently)
// The generated repositories are kept in $TMPDIR/modelgate-bench (about 1 GB with 10,000
// systems) so later runs skip generating them; delete that folder when done.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const ACTION = path.join(ROOT, 'dist', 'index.js');
const FLOOR = path.join(ROOT, 'scripts', 'bench-floor.mjs');
const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const RSS = path.join(ROOT, 'scripts', 'bench-rss.mjs');
const TEMPLATE = path.join(ROOT, 'examples', 'credit-scoring');
const WORK = path.join(os.tmpdir(), 'modelgate-bench');
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
// `npm run bench -- adversarial` runs only the adversarial-card row.
const ONLY_ADVERSARIAL = process.argv.includes('adversarial');
// `npm run bench -- action` runs only the Action row.
const ONLY_ACTION = process.argv.includes('action');
const ONLY_SPECTRAL = process.argv.includes('spectral');
// `npm run bench -- against DIR` runs only the comparison with the build checked out in DIR.
const AGAINST = process.argv.includes('against') ? path.resolve(process.argv[process.argv.indexOf('against') + 1] ?? '') : undefined;
const AGAINST_POLICY = process.argv.includes('--policy') ? path.resolve(process.argv[process.argv.indexOf('--policy') + 1] ?? '') : undefined;
const sizes = SIZES.length > 0 || ONLY_ADVERSARIAL || ONLY_ACTION || ONLY_SPECTRAL ? SIZES : [100, 1000, 10000];
const RUNS = { 100: 7, 1000: 5, 10000: 3 };

/** A repository of `count` systems, generated once per version of the example and kept under the temp directory. */

/** How copies of the example are made: version of copyOf, part of a generated repository's version. */
const GENERATOR = 5;

/** A time of day, HH:MM:SS, that differs for each copy (up to 86,400 of them). */
const timeOfDay = (i) => [Math.floor(i / 3600) % 24, Math.floor(i / 60) % 60, i % 60].map((n) => String(n).padStart(2, '0')).join(':');

/**
 * File `rel` of copy `i`: the system's id, and the incident log that names it, are the copy's
 * own; so are its reports about the model, as in a real repository (evidence/own-system fails a
 * copy of another system's report): the bias report and ML-BOM name the copy, the scan,
 * energy and monitoring results carry a time or run id of its own, and the Giskard scan's
 * finding a figure of its own.
 */
function copyOf(rel, text, i) {
  const id = `credit-risk-scorer-${i}`;
  switch (rel) {
    case 'ai-system.yaml':
      return replaced(rel, text, /^id: credit-risk-scorer$/m, `id: ${id}`);
    case 'monitoring/incidents.yaml':
      return replaced(rel, text, /^system: credit-risk-scorer$/m, `system: ${id}`);
    case 'evidence/bias/fairness-2.3.0.json':
    case 'bom/ml-bom.cdx.json':
      return replaced(rel, text, /credit-risk-scorer/g, id);
    case 'evidence/security/modelscan-2.3.0.json':
      return replaced(rel, text, '"timestamp": "2026-10-28T16:41:09.204117"', `"timestamp": "2026-10-28T${timeOfDay(i)}.204117"`);
    case 'monitoring/runs/2026-11-20.json':
      return replaced(rel, text, '"timestamp": "2026-11-20T06:04:11Z"', `"timestamp": "2026-11-20T${timeOfDay(i)}Z"`);
    case 'evidence/robustness/giskard-scan-2.3.0.json':
      return replaced(rel, text, 'the Recall is 4.12% lower', `the Recall is ${(4.12 + i / 1e6).toFixed(6)}% lower`);
    case 'evidence/energy/emissions.csv':
      return replaced(rel, text, /6f1c2e3a-9b7d-4c52-8e0a-2d4b1f7c9a11/g, `6f1c2e3a-9b7d-4c52-8e0a-${i.toString(16).padStart(12, '0')}`);
    default:
      return text;
  }
}

/** `text` with `from` replaced; stops the benchmark when the example no longer holds it (every copy would then share the report). */
function replaced(rel, text, from, to) {
  const result = text.replace(from, to);
  if (result === text) throw new Error(`scripts/bench.mjs: examples/credit-scoring/${rel} no longer holds ${from}; update copyOf`);
  return result;
}

function generate(count, template = TEMPLATE, name = `systems-${count}`) {
  const dir = path.join(WORK, name);
  const done = path.join(dir, '.generated');
  const files = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory() && full === path.join(template, 'audit')) continue; // the example's generated audit export, not a system's file
      if (entry.isDirectory()) walk(full);
      else files.push([path.relative(template, full), fs.readFileSync(full, 'utf8')]);
    }
  };
  walk(template);
  // The files and how copies are made (GENERATOR changes when copying does): either changed, the repository is made again.
  const version = createHash('sha256').update(JSON.stringify([GENERATOR, files])).digest('hex');
  if (fs.existsSync(done) && fs.readFileSync(done, 'utf8') === version) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const system = path.join(dir, 'models', `team-${i % 50}`, `scorer-${i}`);
    for (const [rel, text] of files) {
      const target = path.join(system, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, copyOf(rel, text, i));
    }
  }
  fs.mkdirSync(path.join(dir, '.git'), { recursive: true }); // the repository root
  fs.writeFileSync(done, version);
  return dir;
}

/** Runs a node script; resolves with wall time, time to first output, peak RSS, CPU time and exit code. */
function measure(args, cwd, env = process.env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let firstOutput;
    let rss = '';
    const child = spawn(process.execPath, ['--import', RSS, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const mark = () => (firstOutput ??= Number(process.hrtime.bigint() - started) / 1e6);
    child.stdout.on('data', mark);
    child.stderr.on('data', mark);
    child.stdio[3].on('data', (d) => (rss += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      const [maxRss, user, system] = rss.split(' ').map(Number);
      resolve({ wall, first: firstOutput ?? wall, rssMb: maxRss / 1024, cpu: (user + system) / 1000, code });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function countFiles(dir) {
  let n = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(path.join(d, entry.name));
      else n++;
    }
  };
  walk(dir);
  return n;
}

/** The verdict line a console report written under WORK ends with. */
/** The console report's summary line (PASS or FAIL …), else its last line. */
const verdictOf = (file) => {
  const lines = fs.readFileSync(path.join(WORK, file), 'utf8').trim().split('\n');
  return lines.findLast((line) => /^(?:PASS|FAIL)\b/.test(line.trim()))?.trim() ?? lines.at(-1);
};

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  console.log(`modelgate benchmark: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${fmt(os.totalmem() / 2 ** 30, 1)} GB`);

  // Start-up: modelgate on an empty repository against Node itself (a script that prints one
  // line), alternated. Both run without NODE_EXTRA_CA_CERTS: where it is set (this sandbox sets
  // it), every Node process reads and parses that certificate bundle before any of its own code
  // runs, about 45 ms here, which is the machine's cost, not modelgate's.
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-bench-empty-'));
  fs.mkdirSync(path.join(empty, '.git'));
  const hello = path.join(empty, '.git', 'hello.mjs'); // inside .git, so the repository stays empty
  fs.writeFileSync(hello, "process.stderr.write('hello\\n');\n");
  const { NODE_EXTRA_CA_CERTS: _certificates, ...plainEnv } = process.env;
  const starts = [];
  const nodeStarts = [];
  for (let i = 0; i < 11; i++) {
    starts.push(await measure([CLI, 'check', '.'], empty, plainEnv));
    nodeStarts.push(await measure([hello], empty, plainEnv));
  }
  fs.rmSync(empty, { recursive: true, force: true });
  console.log(
    `start-up on an empty repository: first output after ${fmt(median(starts.map((s) => s.first)))} ms, exit after ${fmt(median(starts.map((s) => s.wall)))} ms; ` +
      `Node alone (a script printing one line): ${fmt(median(nodeStarts.map((s) => s.first)))} ms, exit after ${fmt(median(nodeStarts.map((s) => s.wall)))} ms ` +
      `(median of 11 alternated, without NODE_EXTRA_CA_CERTS; target: first output < 150 ms)\n`,
  );

  const rows = [];
  for (const size of sizes) {
    process.stdout.write(`generating ${fmt(size)} systems... `);
    const dir = generate(size);
    const files = countFiles(dir);
    console.log(`${fmt(files)} files`);
    const cli = [];
    const floor = [];
    const fast = [];
    const runs = RUNS[size] ?? 3;
    for (let i = 0; i < runs; i++) {
      // The default console report, written to a file: what an engineer runs locally.
      const run = await measure([CLI, 'check', '.', '--output', path.join(WORK, 'report.txt'), '--as-of', '2026-11-22', '--fail-on', 'never'], dir);
      if (run.code !== 0) throw new Error(`the CLI exited ${run.code} on ${size} systems`);
      // Copies of a passing example must pass: a failing system costs locating its findings, and
      // the figure would measure that instead (copyOf must keep each copy's reports its own).
      const verdict = verdictOf('report.txt');
      if (!verdict.startsWith('PASS  no problems')) throw new Error(`the ${size} systems do not pass (${verdict}; see ${path.join(WORK, 'report.txt')}): update copyOf`);
      cli.push(run);
      floor.push(await measure([FLOOR, dir], dir));
      fast.push(await measure([FLOOR, dir, '--fast'], dir));
    }
    const verdict = verdictOf('report.txt');
    const row = {
      size,
      files,
      wall: median(cli.map((r) => r.wall)),
      rss: median(cli.map((r) => r.rssMb)),
      cpu: median(cli.map((r) => r.cpu)),
      floor: median(floor.map((r) => r.wall)),
      fast: median(fast.map((r) => r.wall)),
      floorRss: median(floor.map((r) => r.rssMb)),
      verdict,
      runs,
    };
    rows.push(row);
  }
  for (const r of rows) console.log(`${fmt(r.size)} systems: ${r.verdict}`);

  if (rows.length > 0) {
    console.log('\n| Systems | Files | CLI wall (ms) | CLI CPU (ms) | Files/s | Peak RSS (MB) | Floor (yaml) wall (ms) | Fast floor (js-yaml) wall (ms) | CLI ÷ floor | CLI ÷ fast floor | Runs |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  }
  for (const r of rows) {
    console.log(
      `| ${fmt(r.size)} | ${fmt(r.files)} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${fmt(r.files / (r.wall / 1000))} | ${fmt(r.rss)} | ${fmt(r.floor)} | ${fmt(r.fast)} | ${fmt(r.wall / r.floor, 2)}× | ${fmt(r.wall / r.fast, 2)}× | ${r.runs} |`,
    );
  }
  const spectral = ONLY_SPECTRAL || (SIZES.length === 0 && !ONLY_ADVERSARIAL && !ONLY_ACTION) ? await spectralRow() : undefined;
  const at = (n) => rows.find((r) => r.size === n);
  const [k1, k10] = [at(1000), at(10000)];
  console.log('\nTargets:');
  if (k1) console.log(`  1,000 systems within 2× the fast floor: ${fmt(k1.wall / k1.fast, 2)}× ${k1.wall / k1.fast <= 2 ? 'met' : 'NOT met'}`);
  if (spectral) {
    const faster = spectral.spectral.wall / spectral.modelgate.wall;
    console.log(`  six manifest rules on 1,000 systems at least 3× faster than Spectral: ${fmt(faster, 2)}× ${faster >= 3 ? 'met' : 'NOT met'}`);
    console.log(`  ... and less CPU: ${fmt(spectral.modelgate.cpu)} ms against ${fmt(spectral.spectral.cpu)} ms ${spectral.modelgate.cpu < spectral.spectral.cpu ? 'met' : 'NOT met'}`);
  }
  if (k1 && k10) console.log(`  10,000 systems at most 11× the 1,000 figure: ${fmt(k10.wall / k1.wall, 2)}× ${k10.wall / k1.wall <= 11 ? 'met' : 'NOT met'}`);
  if (k10) console.log(`  10,000 systems under 300 MB peak RSS: ${fmt(k10.rss)} MB ${k10.rss < 300 ? 'met' : 'NOT met'}`);
  const first = median(starts.map((s) => s.first));
  console.log(`  start to first output under 150 ms: ${fmt(first)} ms ${first < 150 ? 'met' : 'NOT met'}`);
}

// Spectral, on the same six manifest rules over the same 1,000 systems: Spectral's CLI lints every
// ai-system.yaml with scripts/bench-spectral.yaml; modelgate checks them with
// scripts/bench-six-rules.yaml (and, being a gate, still discovers the systems and reads each
// model card it cites). Both must find nothing on these copies of a passing example.
async function spectralRow() {
  if (!fs.existsSync(SPECTRAL)) throw new Error('@stoplight/spectral-cli is missing: run npm ci');
  const dir = generate(1000);
  const checkout = gitCheckout(dir);
  const runs = 5;
  const ours = [];
  const oursInGit = [];
  const theirs = [];
  const report = path.join(WORK, 'spectral-report.json');
  const sixRules = async (cwd) => {
    const run = await measure([CLI, 'check', '.', '--policy', path.join(ROOT, 'scripts', 'bench-six-rules.yaml'), '--output', path.join(WORK, 'six-rules.txt'), '--as-of', '2026-11-22'], cwd);
    if (run.code !== 0) throw new Error(`modelgate exited ${run.code} with the six rules in ${cwd} (see ${path.join(WORK, 'six-rules.txt')})`);
    return run;
  };
  for (let i = 0; i < runs; i++) {
    ours.push(await sixRules(dir));
    if (checkout) oursInGit.push(await sixRules(checkout));
    const lint = await measure([SPECTRAL, 'lint', 'models/**/ai-system.yaml', '--ruleset', path.join(ROOT, 'scripts', 'bench-spectral.yaml'), '--format', 'json', '--output', report, '--quiet'], dir);
    if (lint.code !== 0) throw new Error(`spectral exited ${lint.code} (see ${report})`);
    theirs.push(lint);
  }
  const problems = JSON.parse(fs.readFileSync(report, 'utf8')).length;
  const row = (runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rssMb)) });
  const result = { modelgate: row(ours), spectral: row(theirs), ...(checkout ? { modelgateInGit: row(oursInGit) } : {}) };
  console.log(`\nSix manifest rules on 1,000 systems (${runs} alternated runs; Spectral found ${problems} problems, modelgate ${verdictOf('six-rules.txt')}):`);
  console.log('\n| Tool | Wall (ms) | CPU (ms) | Peak RSS (MB) |');
  console.log('|---|---:|---:|---:|');
  console.log(`| modelgate | ${fmt(result.modelgate.wall)} | ${fmt(result.modelgate.cpu)} | ${fmt(result.modelgate.rss)} |`);
  const inGit = result.modelgateInGit;
  if (inGit) console.log(`| modelgate, the same files in a git checkout | ${fmt(inGit.wall)} | ${fmt(inGit.cpu)} | ${fmt(inGit.rss)} |`);
  console.log(`| Spectral ${spectralVersion()} | ${fmt(result.spectral.wall)} | ${fmt(result.spectral.cpu)} | ${fmt(result.spectral.rss)} |`);
  console.log(`\nmodelgate is ${fmt(result.spectral.wall / result.modelgate.wall, 2)}× faster in wall time and uses ${fmt(result.modelgate.cpu / result.spectral.cpu, 2)}× Spectral's CPU.`);
  // The target is judged on the first row: there .git is an empty folder, so modelgate walks all
  // 14,000 folders itself; in a git checkout it takes the file list from git instead.
  if (inGit) console.log(`In a git checkout of the same files: ${fmt(result.spectral.wall / inGit.wall, 2)}× faster, ${fmt(inGit.cpu / result.spectral.cpu, 2)}× the CPU.`);
  return result;
}

/**
 * A copy of the generated repository `dir` as a git checkout (its files added to git's index, so
 * modelgate lists them with git ls-files rather than walking the folders), made once per version
 * of `dir`; undefined when git cannot make one.
 */
function gitCheckout(dir) {
  const copy = `${dir}-git`;
  const done = path.join(copy, '.git', 'modelgate-bench-version');
  const version = fs.readFileSync(path.join(dir, '.generated'), 'utf8');
  if (fs.existsSync(done) && fs.readFileSync(done, 'utf8') === version) return copy;
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(dir, copy, { recursive: true, filter: (source) => path.basename(source) !== '.git' });
  const git = (...args) => spawnSync('git', args, { cwd: copy, stdio: 'ignore' }).status === 0;
  if (!git('init', '-q') || !git('add', '-A')) {
    console.log('(git could not make a checkout of the 1,000 systems: that row is left out)');
    return undefined;
  }
  fs.writeFileSync(done, version);
  return copy;
}

function spectralVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'package.json'), 'utf8')).version;
}

// Adversarial cards: a pull request controls every byte of a model card, so no shape of text may
// cost much more to check than ordinary prose of the same size. One system (examples/credit-scoring)
// whose README.md is replaced by a 300 KB card: its Direct Use section is either prose (the
// reference) or a pathological shape; the ratio of the two CLI runs is printed (target ≤ 2×).
const ADVERSARIAL_BYTES = 300_000;
const ADVERSARIAL_SHAPES = {
  prose: (n) => 'The model scores consumer loan applications for default risk. '.repeat(n / 64),
  'blank lines': (n) => '\n'.repeat(n),
  '[': (n) => '['.repeat(n),
  '[ as a heading': (n) => `## ${'['.repeat(n)}`,
  '{{': (n) => '{{'.repeat(n / 2),
  '<!--': (n) => '<!--'.repeat(n / 4),
  '*': (n) => '*'.repeat(n),
  backticks: (n) => '`'.repeat(n),
  'nested lists': (n) => Array.from({ length: n / 23 }, (_, i) => `${'  '.repeat(i % 16)}- item\n`).join(''),
};

async function adversarialRow() {
  const card = fs.readFileSync(path.join(TEMPLATE, 'README.md'), 'utf8');
  const dirs = {};
  for (const [index, [shape, make]] of Object.entries(ADVERSARIAL_SHAPES).entries()) {
    const dir = path.join(WORK, 'adversarial', `card-${index}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(TEMPLATE, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    const body = make(ADVERSARIAL_BYTES);
    // The shape goes first in the Direct Use section, which the card rules read closely.
    fs.writeFileSync(path.join(dir, 'README.md'), card.replace(/^### Direct Use\n/m, (heading) => `${heading}\n${body}\n\n`));
    dirs[shape] = dir;
  }
  const runs = 3;
  const times = Object.fromEntries(Object.keys(dirs).map((shape) => [shape, []]));
  for (let i = 0; i < runs; i++) {
    for (const [shape, dir] of Object.entries(dirs)) {
      const run = await measure([CLI, 'check', '.', '--output', path.join(dir, 'report.txt'), '--as-of', '2026-11-22', '--fail-on', 'never'], dir);
      if (run.code !== 0) throw new Error(`the CLI exited ${run.code} on the adversarial card "${shape}"`);
      times[shape].push(run.wall);
    }
  }
  const prose = median(times.prose);
  console.log(`\nAdversarial cards (${fmt(ADVERSARIAL_BYTES / 1000)} KB each, one system, median of ${runs}; target ≤ 2× the prose card):`);
  console.log('| Card | CLI wall (ms) | ÷ prose |');
  console.log('|---|---:|---:|');
  for (const shape of Object.keys(dirs)) {
    const wall = median(times[shape]);
    console.log(`| ${shape} | ${fmt(wall)} | ${fmt(wall / prose, 2)}×${wall / prose <= 2 ? '' : ' NOT met'} |`);
  }
}

// The Action against the CLI on the same repository: dist/index.js as the runner starts it (a
// push event, a token, every output, the job summary, the JSON report, a check run) against a
// local server that answers GitHub's check-run endpoints, and the CLI's console report. Targets:
// the Action within 1.3× the CLI's wall time and 2× its peak RSS. Every system passes, so the
// check run is one request: the row measures the Action's own work, not GitHub's pacing of writes
// (at most one a second, which plugin-throttling keeps: 50 annotations per write).
const ACTION_SYSTEMS = 5000;

function startCheckRunServer() {
  const requests = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      const run = { id: 1, html_url: 'https://github.com/acme/models/runs/1', external_id: null, output: { annotations_count: 0 } };
      const status = req.method === 'POST' ? 201 : 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.method === 'GET' ? { total_count: 0, check_runs: [] } : run));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, requests, url: `http://127.0.0.1:${server.address().port}` })));
}

function actionEnv(workspace, apiUrl) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-bench-runner-'));
  const eventPath = path.join(temp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', after: 'e'.repeat(40) }));
  for (const file of ['summary.md', 'output']) fs.writeFileSync(path.join(temp, file), '');
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    GITHUB_OUTPUT: path.join(temp, 'output'),
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'e'.repeat(40),
    INPUT_TOKEN: 'ghs_bench',
    INPUT_PATH: '.',
    INPUT_SCOPE: 'all',
    INPUT_COMMENT: 'false',
    'INPUT_AS-OF': '2026-11-22',
    'INPUT_FAIL-ON': 'never',
  };
}

async function actionRow() {
  if (!fs.existsSync(ACTION)) throw new Error('dist/index.js is missing: run npm run build');
  const dir = generate(ACTION_SYSTEMS);
  const api = await startCheckRunServer();
  const runs = 3;
  const action = [];
  const cli = [];
  try {
    for (let i = 0; i < runs; i++) {
      const env = actionEnv(dir, api.url);
      const run = await measure([ACTION], dir, env);
      if (run.code !== 0) throw new Error(`the Action exited ${run.code} on ${ACTION_SYSTEMS} systems`);
      action.push(run);
      fs.rmSync(env.RUNNER_TEMP, { recursive: true, force: true });
      cli.push(await measure([CLI, 'check', '.', '--output', path.join(WORK, 'report.txt'), '--as-of', '2026-11-22', '--fail-on', 'never'], dir));
    }
  } finally {
    api.server.close();
  }
  const [aWall, cWall] = [median(action.map((r) => r.wall)), median(cli.map((r) => r.wall))];
  const [aRss, cRss] = [median(action.map((r) => r.rssMb)), median(cli.map((r) => r.rssMb))];
  const posts = api.requests.filter((r) => !r.startsWith('GET')).length / runs;
  console.log(`\nThe Action against the CLI on ${fmt(ACTION_SYSTEMS)} systems (median of ${runs} alternated runs; ${fmt(posts)} API writes per Action run):`);
  console.log('| | Wall (ms) | Peak RSS (MB) |');
  console.log('|---|---:|---:|');
  console.log(`| CLI | ${fmt(cWall)} | ${fmt(cRss)} |`);
  console.log(`| Action | ${fmt(aWall)} | ${fmt(aRss)} |`);
  console.log(`| Action ÷ CLI | ${fmt(aWall / cWall, 2)}× ${aWall / cWall <= 1.3 ? '(target ≤ 1.3×: met)' : '(target ≤ 1.3×: NOT met)'} | ${fmt(aRss / cRss, 2)}× ${aRss / cRss <= 2 ? '(target ≤ 2×: met)' : '(target ≤ 2×: NOT met)'} |`);
}

// This build against another's, on the other's example: the same files, the same rules where the
// two builds share them (a newer build may evaluate more, which it pays for). Ratios are taken
// pair by pair, so drift on a shared machine hits both alike.
async function againstRow(other) {
  const otherCli = path.join(other, 'dist', 'cli', 'index.js');
  const template = path.join(other, 'examples', 'credit-scoring');
  if (!fs.existsSync(otherCli) || !fs.existsSync(template)) throw new Error(`${other} has no dist/cli/index.js or examples/credit-scoring: give a checkout of modelgate`);
  const dir = generate(1000, template, 'against-1000');
  const runs = 7;
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const args = (cli, out) => [cli, 'check', '.', '--output', path.join(WORK, out), '--as-of', '2026-11-22', '--fail-on', 'never', ...(AGAINST_POLICY ? ['--policy', AGAINST_POLICY] : [])];
    const ours = await measure(args(CLI, 'against-this.txt'), dir);
    const theirs = await measure(args(otherCli, 'against-other.txt'), dir);
    if (ours.code !== 0 || theirs.code !== 0) throw new Error(`exit codes ${ours.code} (this build) and ${theirs.code} (${other})`);
    pairs.push({ ours, theirs });
  }
  console.log(`\nThis build against ${other} on 1,000 copies of its example (${fmt(countFiles(dir))} files; median of ${runs} alternated runs):`);
  const verdicts = [verdictOf('against-this.txt'), verdictOf('against-other.txt')];
  console.log(`  this build:  ${verdicts[0]}`);
  console.log(`  other build: ${verdicts[1]}`);
  // A build that fails the copies spends its time locating findings: the ratio would measure that.
  if (!verdicts.every((verdict) => verdict.startsWith('PASS'))) {
    console.log(`  NOT comparable: a build does not pass the copies (${path.join(WORK, 'against-this.txt')}, against-other.txt say why); give both a policy with those rules off: --policy FILE`);
  }
  console.log('| | Wall (ms) | CPU (ms) | Peak RSS (MB) |');
  console.log('|---|---:|---:|---:|');
  const row = (name, pick) => `| ${name} | ${fmt(median(pairs.map((p) => pick(p).wall)))} | ${fmt(median(pairs.map((p) => pick(p).cpu)))} | ${fmt(median(pairs.map((p) => pick(p).rssMb)))} |`;
  console.log(row('this build', (p) => p.ours));
  console.log(row('other build', (p) => p.theirs));
  const ratio = (key) => fmt(median(pairs.map((p) => p.ours[key] / p.theirs[key])), 2);
  console.log(`| this ÷ other | ${ratio('wall')}× | ${ratio('cpu')}× | ${ratio('rssMb')}× |`);
}

/** `npm run bench -- alloc`: the megabytes a 1,000-system run allocates, and where (bench-alloc.mjs). */
function allocRow() {
  const dir = generate(1000);
  console.log(`Allocation on 1,000 systems (${dir}), one thread:`);
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-alloc.mjs'), dir, '--top', '15'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

(process.argv.includes('alloc') ? Promise.resolve(allocRow()) : AGAINST ? againstRow(AGAINST).then(() => process.exit(0)) : ONLY_ADVERSARIAL || ONLY_ACTION ? Promise.resolve() : main())
  .then(() => (ONLY_ADVERSARIAL || ONLY_SPECTRAL ? undefined : actionRow()))
  .then(() => (ONLY_ACTION || ONLY_SPECTRAL ? undefined : adversarialRow()))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
