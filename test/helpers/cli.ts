/** The CLI in-process: argv in, exit code and output out (no terminal, no colour). */
import { runCli } from '../../src/cli.js';

export async function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env, isTTY: false });
  return { code, stdout, stderr };
}
