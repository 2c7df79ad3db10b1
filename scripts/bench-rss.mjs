// Preloaded into each benchmarked process (node --import): on exit, write the process's own peak
// resident set size (KB) and the CPU time it used, user and system (µs, every thread), to file
// descriptor 3, where the benchmark reads them. The preload runs in worker threads too; only
// the main thread reports (both figures are the whole process's).
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      writeSync(3, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}`);
    } catch {
      // not run by the benchmark: no descriptor 3
    }
  });
}
