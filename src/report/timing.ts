/**
 * The `--timing` table, written to the terminal after the report: the rules that took longest,
 * then the steps before the rules, each with its share of the checking time. Rule ids come from
 * packs a repository may hold, so they are shown as terminal text.
 */
import { markdownTable } from 'markdown-table';
import type { RunTiming } from '../evaluate/timing.js';
import { terminalText } from './escape.js';

/** Rules listed by default; the rest are summed on one line. */
export const TIMING_RULES_SHOWN = 15;

export function formatTiming(timing: RunTiming, shown = TIMING_RULES_SHOWN): string {
  const rules = [...timing.rules].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const steps = [...timing.steps];
  const total = [...rules, ...steps].reduce((sum, [, ms]) => sum + ms, 0);
  const row = (label: string, ms: number) => [label, ms.toFixed(1), total > 0 ? `${((100 * ms) / total).toFixed(1)}%` : '0.0%'];
  const rest = rules.slice(shown);
  const rows = [
    ...rules.slice(0, shown).map(([id, ms]) => row(terminalText(id, 200), ms)),
    ...(rest.length > 0 ? [row(`(${rest.length} other rule${rest.length === 1 ? '' : 's'})`, rest.reduce((sum, [, ms]) => sum + ms, 0))] : []),
    ...steps.map(([step, ms]) => row(`(${step})`, ms)),
  ];
  const systems = `${timing.systems.toLocaleString('en-US')} system${timing.systems === 1 ? '' : 's'}`;
  return (
    `modelgate: timing of ${systems} on one thread (${Math.round(total).toLocaleString('en-US')} ms); a rule's time includes reading the evidence it is the first to ask for\n` +
    `${markdownTable([['Rule', 'Time (ms)', 'Relative'], ...rows], { align: ['l', 'r', 'r'] })}\n`
  );
}
