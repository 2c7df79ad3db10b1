/**
 * A capability mentioned only to deny it (denials.ts, through document-content's denialIn): the
 * bundled topics marked `affirmed`, read from their packs, on runbooks that describe the thing
 * (no denial, whatever negations they hold) and on ones that deny it (the denial, quoted).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { denialIn, type Topic } from '../../src/evaluate/functions/document-content.js';

const RULES = path.resolve(import.meta.dirname, '..', '..', 'policies', 'rules');

/** The affirmed topic named `name` in a bundled rules file. */
function bundledTopic(file: string, name: string): Topic {
  const rules = parse(fs.readFileSync(path.join(RULES, file), 'utf8')) as { rules: Record<string, { then: unknown }> };
  const topics = Object.values(rules.rules).flatMap((rule) => [rule.then].flat() as Array<{ options?: { topics?: Topic[] } }>).flatMap((step) => step.options?.topics ?? []);
  const topic = topics.find((t) => t.name === name);
  if (!topic?.affirmed) throw new Error(`no affirmed topic "${name}" in ${file}`);
  return topic;
}

const STOP = bundledTopic('oversight.yaml', 'stopping or disabling the system');
const OVERRIDE = bundledTopic('oversight.yaml', 'overriding or reversing an output');
const REVIEW = bundledTopic('transparency.yaml', 'the human review or editorial control of the text before publication');

describe('a capability described, whatever negations stand near it', () => {
  const described: Array<[Topic, string]> = [
    [STOP, 'No approval is needed to halt the scorer: any on-call engineer sets SCORER_ENABLED=false.'],
    [STOP, "Don't wait for approval to stop the scorer; set the flag and tell the duty manager."],
    [STOP, 'Operators never need a ticket to shut down the scorer.'],
    [STOP, 'Stopping is not instant; traffic drains within a minute.'],
    [STOP, "The scorer cannot be stopped without the duty manager's approval; once approved, on-call turns it off."],
    [STOP, 'The old scorer is not retired until on-call halts it.'],
    [STOP, 'Operators not only watch the dashboard but also halt the scorer when drift alerts fire.'],
    [STOP, 'If the scorer does not respond, on-call stops it with the kill switch.'],
    [STOP, 'The model cannot be retrained in production. On-call disables it from the console.'],
    [STOP, 'The scorer cannot be paused mid-batch.\n\n## Stopping the scorer\n\n1. Open the admin console.\n2. Set SCORER_ENABLED to false.\n'],
    [STOP, 'There is no automatic retraining, and operators can switch the scorer off at any time.'],
    [OVERRIDE, 'Officers need no approval to override a score.'],
    [OVERRIDE, 'No decision is final until an officer approves it; officers may reverse any score.'],
    [OVERRIDE, 'The model makes no decision on its own | a credit officer decides every application.'],
    [REVIEW, 'No AI-drafted article is published that has not been reviewed by an editor.'],
    [REVIEW, 'The desk does not publish any draft it has not fact-checked.'],
    [REVIEW, 'Nothing is published before an editor has reviewed and approved it.'],
    // From a red-team pass: wording a bank, a hospital, an HR team or a newsroom uses.
    [OVERRIDE, 'The model does not make hiring decisions. It ranks applications; a recruiter reads every application and chooses whom to interview.'],
    [OVERRIDE, 'These are not automated decisions in the sense of Article 22 GDPR: a credit officer signs every outcome.'],
    [OVERRIDE, 'No treatment decision is taken by the model alone. The clinician may set it aside; no justification is required to overrule it.'],
    [OVERRIDE, 'Decisions are not made by the model.'],
    [OVERRIDE, 'The model never makes the final decision; the loan officer does.'],
    [OVERRIDE, 'There is no automated rejection: a recruiter looks at every CV.'],
    [OVERRIDE, 'No application is rejected by the model.'],
    [OVERRIDE, "A human reviewer's call cannot be overridden by the model."],
    [OVERRIDE, 'The model is not always correct, so officers make their own call.'],
    [OVERRIDE, 'The model cannot reject an application on its own.'],
    [REVIEW, 'The language model does not review its own output. A duty editor reads every draft.'],
    [REVIEW, 'The tool is not used to fact-check stories.'],
    [REVIEW, 'No piece is approved by the tool itself; an editor signs each one off.'],
    [REVIEW, 'No story is published that has not been reviewed by a named editor.'],
    [REVIEW, 'We never publish AI-drafted copy that a human editor has not reviewed.'],
    [REVIEW, 'Fact-checking is not optional.'],
    [REVIEW, 'Review is never skipped.'],
    [REVIEW, 'No review step can be skipped.'],
    [REVIEW, 'Nothing goes out prior to review by the duty editor.'],
    [STOP, 'Rollback is not automatic: the on-call engineer triggers it by hand.'],
    [STOP, 'Do not hesitate to halt it if alerts look wrong.'],
    [STOP, 'The fallback is not the model: it is the rules engine, which the operator activates from the console.'],
    [STOP, 'A stop does not require a change ticket.'],
    [STOP, "You don't need permission to switch it off."],
    [STOP, 'Stopping never takes longer than thirty seconds.'],
    [STOP, 'The model is not stopped automatically: a human presses the button.'],
    [STOP, 'A stop has no effect on claims already decided.'],
    [STOP, 'We have never had to roll back in production; the drill is rehearsed every quarter.'],
    [STOP, 'The fallback has not been needed since launch.'],
    [STOP, 'The scorer must be halted no later than ten minutes after a drift alert.'],
    [STOP, 'In an emergency nobody needs permission.'],
    [STOP, 'There is no situation in which the model cannot be stopped.'],
    [STOP, 'Nothing stops a duty officer switching the model off.'],
    [STOP, '- **Kill switch:** the red button in the console.\n- **Approval:** none needed to halt the scorer.\n'],
    [STOP, 'Step | Approval needed\n--- | ---\nPage the on-call engineer | none\nHalt the scorer in the console | none\n'],
    [STOP, '• No ticket needed\n• Stop the scorer from the console\n'],
    [STOP, 'Follow runbook No 7 to halt the scorer.'],
    [STOP, 'AT&T on-call halts the model.'],
    [STOP, 'If alerts do not clear the engineer stops the model.'],
  ];
  it.each(described.map(([topic, body]) => ({ topic, body })))('$body', ({ topic, body }) => {
    expect(denialIn(body, topic)).toBeUndefined();
  });
});

describe('a capability only denied', () => {
  const denied: Array<[Topic, string, string]> = [
    [STOP, 'The scorer cannot be stopped or paused by operators; it runs for every application.', 'cannot be stopped or paused by operators'],
    [STOP, "There is no kill switch and no fallback: staff can't switch it off.", 'no kill switch and no fallback'],
    [STOP, 'Shutdown is not possible while applications are in flight.', 'shutdown is not possible'],
    [STOP, 'There is no way to stop the scorer once a batch has started.', 'no way to stop the scorer once a batch'],
    [STOP, 'It is impossible to halt a batch.', 'impossible to halt a batch'],
    [OVERRIDE, 'The score cannot be overridden by officers, and the model output is final.', 'cannot be overridden by officers'],
    [OVERRIDE, "Officers can't overrule or amend the score once issued.", "can't overrule or amend the score once"],
    [OVERRIDE, '## Override\n\nOverriding is not supported: the score is final.', 'overriding is not supported'],
    [REVIEW, 'Drafts cannot be edited or reviewed once they are queued for publication.', 'cannot be edited or reviewed once they are queued for'],
    [STOP, 'The system has no fallback.', 'no fallback'],
    [STOP, 'Operators are unable to stop the scorer.', 'unable to stop the scorer'],
    [OVERRIDE, 'The manual override is not possible.', 'manual override is not possible'],
    [STOP, 'Rollback is impossible.', 'rollback is impossible'],
  ];
  it.each(denied.map(([topic, body, quoted]) => ({ topic, body, quoted })))('$body: "$quoted"', ({ topic, body, quoted }) => {
    expect(denialIn(body, topic)).toBe(quoted);
  });
});
