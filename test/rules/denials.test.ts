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
  if (!topic?.affirmed && !topic?.done) throw new Error(`no affirmed topic "${name}" in ${file}`);
  return topic;
}

const STOP = bundledTopic('oversight.yaml', 'stopping or disabling the system');
const OVERRIDE = bundledTopic('oversight.yaml', 'overriding or reversing an output');
const REVIEW = bundledTopic('transparency.yaml', 'the human review or editorial control of the text before publication');
const RESPONSIBLE = bundledTopic('transparency.yaml', 'who holds editorial responsibility for the publication');
// Activities a document must record as done (`done`): an admission that they were not denies them.
const TESTS = bundledTopic('assurance.yaml', 'tests or controls against them');
const PRIVACY_MEASURES = bundledTopic('assurance.yaml', 'risks and the measures against them');
const RISKS = bundledTopic('risk.yaml', 'risks');
const OWNERS = bundledTopic('risk.yaml', 'who owns each risk');

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
    // From a second red-team pass: limits on who may act or when, prohibitions, and denials of something else.
    [OVERRIDE, '**Four-eyes rule:** a score above £250,000 cannot be overridden by a credit officer alone; a senior underwriter countersigns.'],
    [OVERRIDE, 'A score cannot be overridden by the same officer who entered it; a second officer must countersign the change.'],
    [STOP, 'The scorer cannot be switched off by a single engineer; two members of the on-call rota must agree before it is taken offline.'],
    [STOP, 'The scorer cannot be stopped by one person acting alone; two on-call engineers take it offline together.'],
    [REVIEW, 'A story cannot be approved by its own author; a second editor must read it and clear it for publication.'],
    [REVIEW, 'Every draft goes through the editor before it is published. Drafts cannot be reviewed by the reporter who wrote them.'],
    [REVIEW, 'Copy cannot be approved by anyone below the rank of section editor.'],
    [REVIEW, 'Reporters may not approve their own stories; the duty editor checks every draft and clears it for publication.'],
    [REVIEW, 'Every AI-assisted article is read in full by a duty editor. Reporters cannot approve their own AI-assisted copy.'],
    [OVERRIDE, 'Junior staff may not override scores above £50,000; a senior underwriter sets those aside personally.'],
    [STOP, 'Engineers must not pause the scorer for routine maintenance. In an incident, any engineer takes it offline from the console.'],
    [STOP, '1. Set CLAIMS_MODEL_ENABLED to false.\n\n**Note:** the model must not be switched back on before the incident review is closed.\n'],
    [OVERRIDE, 'A credit officer can set aside any score and record their own grade. The audit log of these changes cannot be edited.'],
    [REVIEW, '## Before publication\n\n- A sub-editor reads every story.\n- Direct quotations must not be edited.\n'],
    [STOP, '## Taking the model offline\n\nThe duty clinician presses *Take offline* on the ward dashboard. Nurses must not be interrupted mid-handover for this.\n'],
    [STOP, "On-call takes the scorer offline from the console. Staff won't switch shifts during an incident."],
    [OVERRIDE, '## Human review of shortlisting\n\nThe screening tool ranks CVs; it has no decision-making role. A recruiter reads every application.\n'],
    [OVERRIDE, 'Officers can set aside any score and enter their own grade in the case screen. There is no approval step for this.'],
    [REVIEW, 'There is no approval queue: the duty editor reads and clears each story in the CMS.'],
    [STOP, 'Any on-call engineer takes the scorer offline from the admin console. There is no rollback window: decisions already issued stand.'],
    [STOP, 'On-call takes the scorer offline. There are no flags to set.'],
    [STOP, 'Operators cannot stop the scorer during a batch before it checkpoints; otherwise they take it offline.'],
    [OVERRIDE, 'Officers cannot adjust the score itself; they record their own grade, which takes precedence.'],
    // The capability in words the terms now hold: "take offline", "set aside", "checks".
    [STOP, 'The scorer cannot be stopped mid-batch from the dashboard. On-call takes it offline from the admin console instead.'],
    [OVERRIDE, 'The score cannot be overridden in the scoring service. An officer sets aside the score in the case screen and records a grade.'],
    [REVIEW, 'Drafts cannot be reviewed in the publishing tool. The duty editor checks every draft by hand before it goes out.'],
    // Beside the auditor's denials below, the same words where the capability is there.
    [STOP, 'No kill switch has been needed since launch, but on-call can set SCORER_ENABLED=false at any time.'],
    [STOP, 'On-call stops the scorer with SCORER_ENABLED=false. The platform team will add a second fallback region in a later release.'],
    [STOP, 'Stopping the scorer is something any on-call engineer can do from the console.'],
    [STOP, 'The team has agreed on how to stop the scorer: on-call sets SCORER_ENABLED=false.'],
    [STOP, 'A fallback to manual review was considered and built; on-call switches to it from the console.'],
    [OVERRIDE, 'The appeal process for declined applicants is run by the complaints team, who can set aside any score.'],
    [OVERRIDE, 'An appeal process for declined applicants is in place: officers can overturn the score.'],
    // From a false-error hunt: notes beside a procedure that names no term of its own.
    [STOP, 'Set SCORER_ENABLED=false; applications go to manual review. No rollback has been deployed since 2.3.0 shipped.'],
    [STOP, 'Set SCORER_ENABLED=false (step 1). The team will add a kill switch button to the admin console in a later release; until then use step 1.'],
    // Stop 49: what the new forms must leave alone.
    [STOP, 'We intend to add a kill switch so nurses can stop the suggestion; today on-call halts it with the flag.'],
    [STOP, 'The scorer can be stopped, paused or disabled by on-call.'],
    [STOP, 'The scorer cannot easily be stopped mid-batch; on-call drains the queue first.'],
    [STOP, 'Anyone on call is able to stop the scorer.'],
    [STOP, 'Stop, pause and roll back are in the admin console.'],
    // A false-error hunt's honest runbooks.
    [STOP, '# Kill switch\n\n1. Set `SCORER_ENABLED=false` in the scoring service configuration.\n2. Within a minute every application goes to full manual review.\n\nWe plan to add a kill switch to the admin console, so that the duty manager can do step 1 without shell access.'],
    [STOP, 'A kill switch button is planned for the next release of the admin console; until then on-call keeps using the configuration setting below.'],
    [STOP, 'Nobody can stop the scorer but the on-call engineer.'],
    [STOP, 'No one can switch the model off apart from the duty manager.'],
    [OVERRIDE, 'Nobody can override the score but the credit officer handling the application.'],
    [RESPONSIBLE, 'Nobody holds editorial responsibility for these summaries other than the Editor of the Courier.'],
    [RESPONSIBLE, 'The model vendor has no editorial responsibility: the managing editor holds it.'],
    [STOP, 'If the scorer cannot be stopped within ten minutes, page the platform lead.'],
    [STOP, 'The kill switch is scheduled for testing at the next game day.'],
    [STOP, 'The rollback is planned for the next maintenance window.'],
    [STOP, 'The fallback was added in March and is described later in this runbook.'],
    [STOP, 'The on-call engineer will create an incident so the model owner can halt the scorer.'],
    [RESPONSIBLE, 'No one holds editorial responsibility alone; the desk editor and the managing editor share it.'],
    // What an honest assessment says of what it did not do, beside what it did.
    [TESTS, 'The penetration test found no exploitable vulnerability; prompt injection tests run weekly.'],
    [TESTS, 'Model extraction was not tested, since the API is internal; adversarial robustness was tested with ART in March.'],
    [TESTS, 'We have not seen any attack in production. Red-team tests ran in March.'],
    [RISKS, 'No critical risk has been identified since the last review. R1, data drift, is treated by weekly monitoring.'],
    [RISKS, '| R1 | Data drift | Medium | Weekly monitoring | ML lead |'],
    [OWNERS, '| Risk | Owner |\n|---|---|\n| Data drift | ML lead |'],
    [PRIVACY_MEASURES, 'Risks to applicants are low: records are pseudonymised and access is limited to the credit team.'],
    [RESPONSIBLE, 'Editorial responsibility lies with the managing editor; nobody else holds editorial responsibility.'],
    [STOP, 'Nobody has stopped the scorer this year.'],
    [STOP, 'No one can stop the scorer without the duty manager.'],
    [STOP, 'A rollback is planned and rehearsed each quarter.'],
    [STOP, 'A kill switch is planned for a later release; until then operators scale the deployment to zero.'],
    [STOP, 'We plan to add a kill switch in a later release; meanwhile on-call sets SCORER_ENABLED=false.'],
    [STOP, 'There is no automatic kill switch: on-call halts the scorer from the admin console.'],
    [STOP, 'There is no separate fallback region; on-call sets SCORER_ENABLED=false.'],
    // A lack in one interface, before steps that stop it another way (false-error hunt).
    [STOP, '# Stopping the scorer\n\nThere is no kill switch in the UI. To take the scorer out of service:\n\n1. Run `kubectl scale deployment credit-scorer --replicas=0`.\n2. Confirm requests return 503 within a minute.'],
    [STOP, 'There is no stop button on the admin dashboard; on-call scales the deployment to zero.'],
    [STOP, 'There is no manual rollback; the pipeline reverts automatically when error rates rise.'],
    [OVERRIDE, 'There is no automated rejection; a recruiter decides on every application.'],
    [STOP, 'Set SCORER_ENABLED=false. Stopping the scorer is not something we do lightly: every application then needs full manual review.'],
    [STOP, 'Set SCORER_ENABLED=false. If you have not worked out how to roll back a bad release within 15 minutes, use step 1 instead.'],
    [STOP, 'Set SCORER_ENABLED=false. If the on-call engineer and the model owner have not agreed how to roll back within 30 minutes, the duty manager decides.'],
    [STOP, 'Set SCORER_ENABLED=false. The incident lead will write a shutdown report for the next model risk committee.'],
    [STOP, 'Set SCORER_ENABLED=false. No emergency stop has been set off this year.'],
    [STOP, 'Set SCORER_ENABLED=false. There have been no emergency stops in 2026.'],
    [OVERRIDE, 'Officers record their own outcome in the case screen; no override workflow has been built, because none is needed.'],
    [STOP, 'The emergency stop was dropped from v1 and restored in v2.'],
  ];
  it.each(described.map(([topic, body]) => ({ topic, body })))('$body', ({ topic, body }) => {
    expect(denialIn(body, topic)).toBeUndefined();
  });
});

describe('a capability only denied', () => {
  const denied: Array<[Topic, string, string]> = [
    [STOP, 'The scorer cannot be stopped or paused by operators; it runs for every application.', 'cannot be stopped or paused by operators'],
    [STOP, "There is no kill switch and no fallback: staff can't switch it off.", 'no kill switch and no fallback'],
    [STOP, 'Shutdown is not possible.', 'shutdown is not possible'],
    [STOP, 'There is no way to stop the scorer.', 'no way to stop the scorer'],
    [STOP, 'It is impossible to halt the scorer.', 'impossible to halt the scorer'],
    [OVERRIDE, 'The score cannot be overridden by officers, and the model output is final.', 'cannot be overridden by officers'],
    [OVERRIDE, "Officers can't overrule or amend the score.", "can't overrule or amend the score"],
    [OVERRIDE, '## Override\n\nOverriding is not supported: the score is final.', 'overriding is not supported'],
    [REVIEW, 'Drafts cannot be edited or reviewed by anyone.', 'cannot be edited or reviewed by anyone'],
    [STOP, 'The system has no fallback.', 'no fallback'],
    [STOP, 'Operators are unable to stop the scorer.', 'unable to stop the scorer'],
    [OVERRIDE, 'The manual override is not possible.', 'manual override is not possible'],
    [STOP, 'Rollback is impossible.', 'rollback is impossible'],
    // From an auditor: a runbook that says the capability is not there yet, or was turned down.
    [STOP, 'No kill switch has been built yet for the scoring service; the platform team will add a stop procedure in a later release.', 'will add a stop procedure in a later release'],
    [STOP, 'The on-call engineers have not yet agreed on how to stop the scorer safely.', 'not yet agreed on how to stop the scorer safely'],
    [STOP, 'Stopping the scorer is not something we currently support; a fallback to manual review was considered and rejected for cost.', 'stopping the scorer is not something we currently support'],
    [OVERRIDE, 'Credit officers cannot override the score in the current release. An appeal process for declined applicants is still being designed and is not in place.', 'cannot override the score in the current'],
    [STOP, 'A rollback is not yet in place.', 'rollback is not yet in place'],
    [STOP, 'Nobody has worked out how to stop the scorer safely.', 'nobody has worked out how to stop the scorer safely'],
    // Stop 49: a word between "no" and the mention, and a capability planned for later.
    [STOP, 'There is no manual kill switch.', 'no manual kill switch'],
    [STOP, 'The scorer has no documented emergency stop.', 'no documented emergency stop'],
    [STOP, 'No manual kill switch has been built yet.', 'no manual kill switch has been built yet'],
    [STOP, 'A kill switch is planned for a later release.', 'kill switch is planned for a later release'],
    [STOP, 'We plan to add a kill switch in a later release.', 'plan to add a kill switch in a later release'],
    [STOP, 'Stopping the scorer is on the roadmap.', 'stopping the scorer is on the roadmap'],
    [STOP, 'A rollback will be added in the next release.', 'rollback will be added in the next release'],
    // A red team's triage runbooks.
    [STOP, 'A kill switch is planned for a later release of the vendor integration. Until then the suggestion keeps running inside the EHR triage form during every shift.', 'kill switch is planned for a later release of the vendor integration'],
    [STOP, 'We intend to add a kill switch to the EHR integration so nurses can stop the suggestion. Today the suggestion is always shown.', 'intend to add a kill switch to the ehr integration so nurses can stop the suggestion'],
    [STOP, 'The suggestion cannot currently be stopped, paused or disabled by staff.', 'cannot currently be stopped'],
    [STOP, 'Staff cannot currently stop the suggestion.', 'cannot currently stop the suggestion'],
    [STOP, 'Nobody at the hospital is able to stop or disable the suggestion; only the vendor could.', 'nobody at the hospital is able to stop or disable the suggestion'],
    [STOP, 'Operators are not able to stop the scorer.', 'not able to stop the scorer'],
    [STOP, 'There is no kill switch, fallback or rollback.', 'no kill switch'],
    [STOP, 'There is no kill switch in the UI or anywhere else.', 'no kill switch in the ui or'],
    [STOP, 'There is no kill switch in the scorer.', 'no kill switch in the scorer'],
    [RESPONSIBLE, 'Nobody holds editorial responsibility for the publication: summaries go out as the model writes them.', 'nobody holds editorial responsibility for the publication'],
    // A red team's assessments that admit nothing was done.
    [TESTS, 'No threat or attack has been considered for this model, and no test of any kind was run against it. Nobody has assessed its security.', 'no test of any kind was run'],
    [PRIVACY_MEASURES, 'We did not assess personal data risks. No measure against them is in place.', 'did not assess personal data risks'],
    [RISKS, 'No risk has been identified or treated yet: we have not done the exercise.', 'no risk has been identified or treated'],
    [OWNERS, 'No likelihood, no severity and no owner have been assigned to anything.', 'no owner have been assigned to anything'],
    [TESTS, 'The model has not been tested.', 'has not been tested'],
    [STOP, 'Nobody can stop the scorer.', 'nobody can stop the scorer'],
    // A false-error hunt's near-twins of the red team's runbooks.
    [STOP, 'Nobody at the hospital can stop the suggestion: it is part of the EHR triage form.', 'nobody at the hospital can stop the suggestion'],
    [STOP, 'No one on the ward can switch the suggestion off.', 'no one on the ward can switch the suggestion off'],
    [STOP, 'The vendor has not built a kill switch, and it keeps running during every shift.', 'has not built a kill switch'],
    [STOP, 'A kill switch has not been implemented.', 'kill switch has not been implemented'],
    [STOP, 'No kill switch exists.', 'no kill switch exists'],
    [STOP, 'There is no off switch.', 'no off switch'],
    [STOP, 'Staff have no means of stopping the scorer.', 'no means of stopping the scorer'],
    [STOP, 'The suggestion can never be stopped.', 'can never be stopped'],
    [STOP, 'It is not currently possible to stop the scorer.', 'not currently possible to stop the scorer'],
    [STOP, 'A kill switch is coming in version 3.', 'kill switch is coming in version 3'],
    // Review: what the exceptions for honest runbooks must not let through.
    [STOP, 'The scorer cannot be stopped and other teams depend on it.', 'cannot be stopped and other teams depend on'],
    [STOP, 'The scorer cannot be stopped but nurses may ignore its score.', 'cannot be stopped but nurses may ignore its'],
    [STOP, 'Operators should know the scorer cannot be stopped.', 'cannot be stopped'],
    [STOP, 'When deployed the scorer cannot be stopped.', 'cannot be stopped'],
    [STOP, 'The customer scoring model has no kill switch.', 'no kill switch'],
    [STOP, 'The provider has no kill switch.', 'no kill switch'],
    [STOP, 'We plan to add a kill switch in a later release. Until then, the suggestion keeps running.', 'plan to add a kill switch in a later release'],
    [STOP, 'A kill switch will be added in version 3. For now, the scorer always runs.', 'kill switch will be added in version 3'],
    [STOP, "Nurses aren't able to stop the suggestion.", "aren't able to stop the suggestion"],
    [STOP, '1. Background of the project\n2. Contacts for the team\n\nA kill switch is planned for a later release.', 'kill switch is planned for a later release'],
    [TESTS, "We didn't test the model.", "didn't test the model"],
    [RISKS, "We haven't identified any risks.", "haven't identified any risks"],
  ];
  it.each(denied.map(([topic, body, quoted]) => ({ topic, body, quoted })))('$body: "$quoted"', ({ topic, body, quoted }) => {
    expect(denialIn(body, topic)).toBe(quoted);
  });
});

// Review: the clause after each mention was looked for to the end of a long clause, quadratic in its length.
describe('reading time', () => {
  it('grows linearly with a runbook of one long clause of mentions', () => {
    const timeOf = (repeats: number) => {
      const body = 'the team will add a stop procedure in a later release '.repeat(repeats);
      const started = process.hrtime.bigint();
      denialIn(body, STOP);
      return Number(process.hrtime.bigint() - started);
    };
    timeOf(500); // warm
    // Four times the text: linear reading takes about 4× the time, quadratic 16×; the gap is wide
    // so a loaded machine's noise cannot cross it.
    const ratio = Math.min(...[0, 1, 2].map(() => timeOf(8000) / timeOf(2000)));
    expect(ratio).toBeLessThan(9);
  });
});
