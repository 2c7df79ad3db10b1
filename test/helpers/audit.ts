/** The credit-scoring example's audit export, as `npm run docs` generates it (pinned inputs). */
import * as path from 'node:path';
import { runCli } from '../../src/cli.js';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const AUDIT = 'examples/credit-scoring/audit';

export const AUDIT_OUTPUTS = [
  { file: 'statement-of-applicability.md', format: 'soa' },
  { file: 'statement-of-applicability.csv', format: 'soa-csv' },
  { file: 'attestation.cdx.json', format: 'cyclonedx' },
] as const;

/** As of 2026-11-22, `--commit none` (a file cannot name the commit that holds it), the policy beside the output. */
export async function auditExport(format: string): Promise<{ code: number; text: string }> {
  let text = '';
  const args = ['check', 'examples/credit-scoring', '--policy', `${AUDIT}/policy.yaml`, '--as-of', '2026-11-22', '--commit', 'none', '--jobs', '1', '--format', format];
  const code = await runCli(args, { stdout: (t) => (text += t), stderr: () => {}, cwd: ROOT, env: {}, isTTY: false });
  return { code, text };
}
