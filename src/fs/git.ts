/** git run in a repository: read-only, never prompting, never running hooks or pagers. */
import { spawn, spawnSync } from 'node:child_process';

/** git in `root`, reading objects only: no prompt, hook or pager. */
export function git(root: string, args: string[], maxBuffer = 256 * 1024 * 1024, env: Record<string, string> = {}) {
  return spawnSync('git', args, { cwd: root, maxBuffer, env: { ...GIT_ENV(), ...env }, windowsHide: true });
}

// Never prompt, never run hooks or pagers; read objects only.
const GIT_ENV = () => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' });

/**
 * As git, in another process while this one goes on; settles when git exits, never rejects.
 * Output past `maxBuffer` kills git and counts as a failure (status null), as spawnSync does.
 */
export function gitAsync(root: string, args: string[], maxBuffer: number): Promise<{ status: number | null; stdout: Buffer | null }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', args, { cwd: root, env: GIT_ENV(), windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      resolve({ status: null, stdout: null });
      return;
    }
    child.stdout?.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBuffer) child.kill();
      else chunks.push(chunk);
    });
    child.on('error', () => resolve({ status: null, stdout: null })); // git not installed
    child.on('close', (status) => resolve({ status: bytes > maxBuffer ? null : status, stdout: Buffer.concat(chunks) }));
  });
}
