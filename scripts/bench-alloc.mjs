#!/usr/bin/env node
// Where a run's garbage comes from (`npm run bench -- alloc`, or `node scripts/bench-alloc.mjs
// DIR [--top N]` on any repository): runs the CLI bundle on DIR in this process, on one thread
// (--jobs 1), under V8's sampling heap profiler with the objects that died kept in the count,
// then prints the megabytes allocated in all and the functions that allocated most. A figure
// the CPU profile does not show: garbage costs in collections (a tenth of a thread's time) and
// in the writes that made it. Sampled every 16 KB, so small figures are rough.
import * as fs from 'node:fs';
import inspector from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 15;
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? '.');
if (!fs.existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');

const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });

// The CLI reads its arguments from process.argv and sets the exit code; it runs here, in this isolate.
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-bench-alloc-')), 'report.txt');
process.argv = [process.argv[0], CLI, 'check', dir, '--jobs', '1', '--fail-on', 'never', '--output', report];
process.chdir(dir);
process.on('exit', () => {
  // Synchronous here: the inspector answers a post made in an exit handler before it returns.
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (error) throw error;
    const bytes = new Map();
    let total = 0;
    const walk = (node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : '(native)'}`;
      bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
      total += node.selfSize;
      for (const child of node.children) walk(child);
    };
    walk(result.profile.head);
    fs.rmSync(path.dirname(report), { recursive: true, force: true });
    const mb = (n) => (n / 1e6).toFixed(1).padStart(8);
    process.stdout.write(`\n${mb(total)} MB allocated in all (sampled every 16 KB, objects that died included)\n`);
    for (const [key, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${mb(size)} MB  ${key}\n`);
  });
});
await import(CLI);
