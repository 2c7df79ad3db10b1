/**
 * The Action's own warnings. GitHub shows at most 10 warning annotations per step, and every
 * `::warning::` counts, the Action's too; so they are counted here, and the findings' warning
 * annotations get the slots that are left: a warning of ours never takes a finding's place.
 */
import * as core from '@actions/core';

let emitted = 0;

export function actionWarning(message: string): void {
  emitted++;
  core.warning(message);
}

/** How many warnings the Action has shown so far in this step. */
export function actionWarnings(): number {
  return emitted;
}
