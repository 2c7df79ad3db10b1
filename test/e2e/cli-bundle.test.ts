/** The committed CLI bundle, as a new user runs it from a fresh clone. */
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';
import { compliantFiles } from '../helpers/system.js';
import { CLI, ROOT, runCliBundle } from './bundle.js';

describe('dist/cli/index.js', () => {
  it('passes the compliant example with exit 0', () => {
    const { code, stdout } = runCliBundle(['check', 'examples/credit-scoring', '--as-of', '2026-11-22']);
    expect(stdout).toMatch(/^✔ credit-risk-scorer 2\.3\.0 {2}examples\/credit-scoring\/ai-system\.yaml$/m);
    expect(code).toBe(0);
  });

  it('fails the examples folder with exit 1, naming rule, file and line in JSON', () => {
    const { code, stdout } = runCliBundle(['check', 'examples', '--format', 'json', '--as-of', '2026-11-22']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.verdict).toBe('fail');
    const failures = report.findings.filter((f: { status: string }) => f.status === 'fail');
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.ruleId).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(failure.file).toMatch(/^examples\//);
      expect(failure.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('prints its version and exits 2 on a bad flag', () => {
    expect(runCliBundle(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(runCliBundle(['check', '--nope'])).toMatchObject({ code: 2, stderr: "modelgate: Unknown option '--nope'; run modelgate --help\n" });
  });

  it('is not made a system worker by the argument the pool starts workers with', () => {
    expect(runCliBundle(['check', 'examples/credit-scoring', '--modelgate-system-worker'])).toMatchObject({ code: 2, stderr: "modelgate: Unknown option '--modelgate-system-worker'; run modelgate --help\n" });
    expect(runCliBundle(['--modelgate-system-worker'])).toMatchObject({ code: 2, stderr: 'modelgate: unknown command "--modelgate-system-worker"; run modelgate --help\n' });
  });

  it('keeps its exit code, without a crash, when the reader of its output stops early (| head)', async () => {
    const { spawn } = await import('node:child_process');
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        // Like `head -c 10`: read the first chunk, then close the pipe.
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('close', (code) => resolve({ code, stderr }));
      });
    expect(await run(['rules', '--all', '--format', 'markdown'])).toEqual({ code: 0, stderr: '' });
    expect(await run(['check', 'examples', '--format', 'json', '--as-of', '2026-11-22'])).toEqual({ code: 1, stderr: '' });
  });

  it('writes every format for a repository with nothing to check (the parsers are not loaded there)', () => {
    const root = makeRepo({ '.git/HEAD': 'x' });
    for (const format of ['stylish', 'json', 'markdown', 'sarif', 'cyclonedx', 'soa', 'soa-csv']) {
      const { code, stderr } = runCliBundle(['check', root, '--format', format]);
      expect({ format, code, stderr }).toEqual({ format, code: 0, stderr: `modelgate: warning: no ai-system.yaml under ${root}; nothing was checked (modelgate init <model-folder> writes one)\n` });
    }
  });

  it('checks a repository outside its own package', () => {
    const root = makeRepo({ '.git/HEAD': 'x', ...compliantFiles() });
    expect(runCliBundle(['check', root])).toMatchObject({ code: 0 });
  });
});
