/**
 * Answers that name no one and nothing: "None", "Nobody", "N/A", "Unassigned". A field that asks
 * who approves, who owns, who reviews, what training a reviewer has or to whom an incident was
 * reported is not answered by them, though it is filled in (red team: an impact assessment
 * "approved" by None, reviewers trained "None", an incident "reported" to "n/a" passed). Compared
 * loosely: in any case, compatibility forms folded, punctuation and spacing aside ("None.",
 * "no-one", "n.a.").
 */
const NO_ONE = [
  ...['none', 'none yet', 'nothing', 'no', 'nobody', 'nobody yet', 'no one', 'no one yet', 'noone', 'not anyone'],
  // Not "NA" alone: a team may be North America's.
  ...['n a', 'not applicable', 'nil', 'null', 'unknown', 'tbc', 'tbd', 'not required', 'not needed', 'none required', 'none needed'],
  ...['not assigned', 'not yet assigned', 'unassigned', 'to be assigned', 'to be decided', 'not decided', 'not recorded', 'not reported', 'not reported yet', 'not yet reported'],
];
/** What names a machine where a person must act: "the model", "automated". */
// Not "AI" alone: a team may be called that (false-error hunt).
const MACHINE = ['the model', 'the system', 'the ai', 'the algorithm', 'automated', 'automatic', 'the tool'];

const NONE = new Set(NO_ONE);
const NONE_OR_MACHINE = new Set([...NO_ONE, ...MACHINE]);

/** A text as the lists compare it: in any case, compatibility forms folded, punctuation and spacing aside. */
export function loosely(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether `value` is a text that names no one and nothing ("None", "nobody", "n/a"); with
 * `machines`, also one that names a machine where a person must act ("the model"). Short texts
 * only: a sentence that starts "None of …" says something.
 */
export function namesNoOne(value: unknown, machines = false): boolean {
  if (typeof value !== 'string' || value.length > 40) return false;
  return (machines ? NONE_OR_MACHINE : NONE).has(loosely(value));
}
