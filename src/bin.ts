#!/usr/bin/env node
// The `modelgate` command (bundled to dist/cli/index.js). All logic is in cli.ts. The same file
// runs as the worker threads that check systems in parallel (engine/pool.ts, engine/worker.ts).
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import { limitHeapGrowth } from './engine/heap.js';
import { isSystemWorker, runSystemWorker } from './engine/worker.js';
import { loadLibraries } from './load/lazy.js';

limitHeapGrowth();
if (isSystemWorker()) {
  await loadLibraries(); // a worker is started to read systems
  runSystemWorker();
} else {
  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    workerScript: fileURLToPath(import.meta.url),
  });
  process.exitCode = code;
}
