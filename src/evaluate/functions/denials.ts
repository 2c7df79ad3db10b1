/**
 * Whether a document mentions a capability only to deny it: "the scorer cannot be stopped or
 * paused", "there is no kill switch", "overriding is not possible". document-content asks this of
 * a topic marked `affirmed` (stopping the system, overriding an output, reviewing text before it
 * is published), whose terms a runbook can name while saying the thing cannot be done.
 *
 * Terms are matched, not meaning, so only a few plain forms of denial are read, each about the
 * system or what it puts out, and a false error on a real runbook costs more than a denial let
 * through (two red-team passes wrote some sixty legitimate documents the first readings failed;
 * test/rules/denials.test.ts keeps them). A mention is denied by:
 * - "cannot" or "can't": "the score cannot be overridden", "the scorer cannot be stopped or
 *   paused", "staff can't switch it off", "operators are unable to stop the scorer"; not where a
 *   machine is the agent or subject ("cannot be overridden by the model", "the model cannot
 *   decide"), and not where the denial is about something else ("the audit log cannot be edited");
 * - "impossible to", "not possible to", "no way to" stop it;
 * - "there is no kill switch", "the system has no fallback", where the mention is what there is
 *   none of ("no approval step" is not a denial of approval), and not a lack in one interface
 *   ("there is no kill switch in the UI", before steps that stop it another way);
 * - the mention as a subject that is not possible: "overriding is not possible", "shutdown is not
 *   supported", "rollback is impossible"; not there yet or turned down (an auditor's runbooks):
 *   "a rollback is not yet in place", "an appeal process for declined applicants is still being
 *   designed", "stopping the scorer is not something we support", "a fallback to manual review
 *   was considered and rejected";
 * - not built yet: "no kill switch has been built yet", "the team will add a stop procedure in a
 *   later release", "we plan to add a kill switch in a later release", "a kill switch is planned
 *   for a later release", "stopping the scorer is on the roadmap", "engineers have not yet agreed
 *   on how to stop the scorer"; not where a clause after it says what to do until then.
 * A word or two such as "manual" or "documented" may stand between "no" and the mention ("there
 * is no manual kill switch"), an adverb within "cannot" ("cannot currently be stopped"); "not able
 * to" and "nobody … is able to" deny as "unable to" does; a mention that is the purpose of a plan
 * ("we intend to add a kill switch so nurses can stop it") is not there yet; a list across commas
 * shares its first item's denial ("cannot be stopped, paused or disabled"). A clause after a
 * capability to come that says the system goes on meanwhile ("until then it keeps running") is
 * no way to stop it; one that points at the steps there are now ("so that the duty manager can
 * do step 1 without shell access") is. "But", "other than", "apart from" name who can, after a
 * "nobody" form only; a clause that opens with "if", "whenever" or "unless" is a condition.
 * For an activity a document must record as done (a `done` topic: tests run, risks identified),
 * an admission that it was not is a denial too (notDone): "no test of any kind was run", "we did
 * not assess it", "nobody has assessed it".
 * Mentions joined by "or" share a denial. "Must not", "may not" forbid rather than deny; a double
 * denial affirms ("there is no situation in which the model cannot be stopped"); a condition or a
 * limit on who may act, or when, is not a denial ("without approval", "during a batch", "by a
 * single engineer", "their own stories"). Anything else is not a denial: "the model does not make
 * decisions", "no approval is needed to halt it", "rollback is not automatic".
 */

/**
 * Text in lower case, letters and digits only, with each clause ended by ` | `: sentence
 * punctuation, commas, blank lines, list items and table cells end a clause; a line wrapped inside
 * a paragraph does not. Topic terms are looked for in it as ` term` (at the start of a word).
 */
export function clauseWords(text: string): string {
  const clauses = text.toLowerCase().replace(/[.;:!?,|•–—]+|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n[ \t]*(?=\n)/g, ' | ');
  return ` ${clauses.replace(/[^\p{L}\p{N}|]+/gu, ' ').trim()} | `;
}

/**
 * Modals a `not` (or "n't") negates into "cannot": "could not be stopped", "can't switch it off".
 * "Must not", "may not", "should not" forbid rather than deny ("reporters may not approve their
 * own stories"), and "will not" foretells ("staff won't switch shifts").
 */
const MODALS = new Set(['can', 'could', 'couldn']);
/** What a machine is called, as the agent or subject of a denial that does not deny people the capability. */
const MACHINES = new Set(['model', 'models', 'system', 'systems', 'ai', 'algorithm', 'tool', 'scorer', 'classifier', 'engine', 'it']);
/** What a denial must be about: the system or what it puts out ("the score cannot be overridden"). */
const OUTPUTS = new Set([
  ...MACHINES,
  ...['service', 'pipeline'],
  ...['score', 'scores', 'output', 'outputs', 'decision', 'decisions', 'prediction', 'predictions', 'result', 'results', 'recommendation', 'recommendations', 'suggestion', 'suggestions', 'grade', 'grades', 'rating', 'ratings'],
  ...['story', 'stories', 'article', 'articles', 'draft', 'drafts', 'text', 'texts', 'content', 'copy', 'summary', 'summaries'],
]);
/** Words after a denied mention that limit who may act, or when, rather than deny it ("by a single engineer", "by the reporter who wrote it"). */
const LIMITS = new Set(['alone', 'own', 'same', 'single', 'one', 'who', 'itself', 'himself', 'herself', 'themselves', 'below', 'above', 'before', 'after', 'once', 'during', 'while', 'mid', 'routine']);
/** What may follow a mention that is what there is none of ("no fallback and no kill switch"). */
const AFTER_A_NOUN = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'is', 'are', 'was', 'were', 'exists', 'available', 'so', 'because', 'either', 'anymore', 'yet']);
/**
 * Where a means may be missing while the capability is there another way: "there is no kill
 * switch in the UI" (then the steps run kubectl) says where not to look, not that it cannot be done.
 */
const INTERFACES = new Set(['ui', 'gui', 'dashboard', 'console', 'portal', 'interface', 'screen', 'frontend', 'website', 'page', 'menu', 'toolbar', 'panel', 'cli', 'api', 'form', 'widget']);
/** "no way to stop it", "no means to override it". */
const WAYS = new Set(['way', 'means', 'mechanism', 'option', 'possibility', 'ability', 'facility']);
/** Whose lack is not the system's, as the subject of "has no": "the vendor has no editorial responsibility" (not "the provider", the AI Act's word for the system's maker). */
const THIRD_PARTIES = new Set(['vendor', 'vendors', 'supplier', 'suppliers', 'partner', 'partners', 'contractor', 'contractors']);
/** "has not built", "have not added". */
const HAVING_BUILT = new Set(['has', 'have', 'had']);
/** "nobody holds editorial responsibility"; not "has", which may be an occurrence ("nobody has stopped it this year"). */
const HOLDING = new Set(['holds', 'hold', 'bears', 'bear', 'takes', 'take', 'carries', 'carry', 'owns', 'own']);
/** "the system has no fallback". */
const HAVING = new Set(['has', 'have', 'had', 'offers', 'offer', 'provides', 'provide', 'includes', 'include']);
/** What a `not` after a mention says it is not ("overriding is not possible"). */
const NOT_STATES = new Set(['possible', 'supported', 'allowed', 'permitted', 'available', 'provided', 'offered', 'implemented', 'feasible']);
/** What a mention may be said to be on its own ("rollback is impossible"). */
const DENYING_STATES = new Set(['impossible', 'unavailable', 'unsupported', 'infeasible', 'prohibited', 'forbidden', 'disallowed']);
/** What is said of a capability not built ("no kill switch has been built", "will add a stop procedure"). */
const BUILT = new Set(['built', 'implemented', 'added', 'developed', 'created', 'introduced', 'provided', 'written', 'designed', 'delivered', 'agreed', 'defined']);
const TO_BUILD = new Set(['add', 'build', 'introduce', 'provide', 'implement', 'ship', 'deliver', 'create', 'develop']);
/** A clause after a capability to come that says what to do meanwhile ("until then use step 1"): it is there now. */
const MEANWHILE = new Set(['until', 'till', 'meanwhile', 'meantime', 'now', 'instead', 'today', 'currently']);
/** Words by which a clause after a plan points at the procedure there is now ("do step 1", "as above"). */
const STEP_POINTERS = new Set(['step', 'steps', 'above', 'below']);
/** A clause after a capability to come that says the system goes on meanwhile ("until then the suggestion keeps running"): no stop now. */
const CONTINUING = new Set(['keeps', 'keep', 'continues', 'continue', 'remains', 'remain', 'stays', 'stay', 'always']);
/** Adverbs that may stand in a denial ("cannot currently be stopped"); not "easily", which says it is hard, not impossible. */
const DENIAL_ADVERBS = new Set(['currently', 'presently', 'yet', 'today', 'now', 'ever', 'really', 'actually', 'practically']);
/** What a capability comes in: "a later release", "version 3", "the next quarter". */
const RELEASES = new Set(['release', 'releases', 'version', 'versions', 'sprint', 'quarter', 'phase', 'iteration', 'milestone', 'update', 'roadmap']);
/** When a capability to come comes: "in a later release", "in the next quarter". */
const LATER = new Set(['later', 'future', 'next', 'eventually', 'roadmap', 'soon']);
/** "have not yet agreed on how to stop it". */
const DECIDED = new Set(['agreed', 'decided', 'determined', 'defined', 'documented', 'worked', 'figured', 'settled']);
/** "is still being designed". */
const UNDER_WAY = new Set(['designed', 'built', 'developed', 'written', 'discussed', 'planned', 'drafted', 'implemented', 'scoped', 'worked']);
/** "was considered and rejected". */
const TURNED_DOWN = new Set(['rejected', 'abandoned', 'dropped', 'descoped', 'shelved']);
/** "… and restored in v2": what was turned down is back. */
const RESTORED = new Set(['restored', 'reinstated', 'reintroduced', 'readded', 'revived']);
/**
 * Words that may stand between "no" and the mention without changing what there is none of
 * ("there is no manual kill switch", "the scorer has no documented rollback"). Not "automatic"
 * or "automated": "there is no automated rejection" says a person decides, the opposite.
 */
const MODIFIERS = new Set(['off', 'manual', 'dedicated', 'documented', 'formal', 'tested', 'working', 'physical', 'hardware', 'software', 'remote', 'central', 'global', 'separate', 'reliable', 'proper', 'real', 'explicit', 'human', 'operator', 'quick', 'immediate', 'instant', 'safe', 'graceful']);
/** "we plan to add a kill switch": what comes before "to" in a capability to come. */
const INTENDING = new Set(['plan', 'plans', 'planned', 'intend', 'intends', 'aim', 'aims', 'expect', 'expects', 'hope', 'hopes', 'want', 'wants']);
/** "a kill switch is planned for a later release": what is said of a capability to come. */
const TO_COME = new Set(['planned', 'scheduled', 'expected', 'due', 'intended', 'proposed', 'coming']);
/** What a capability may be called after its term ("an appeal process", "a stop procedure"). */
const MECHANISMS = new Set(['process', 'procedure', 'mechanism', 'step', 'path', 'workflow', 'feature', 'function', 'button', 'route', 'plan', 'option', 'capability', 'runbook']);
/** What may be said of whom we do not support it ("we currently support", "we offer"). */
const SUPPORTING = new Set(['support', 'offer', 'provide', 'allow', 'enable']);

/** Words before a mention that keep it the subject ("the override is not possible"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'this', 'that', 'its', 'our']);
/** Words that deny, for the double denial that affirms. */
const NEGATIONS = new Set(['no', 'not', 'never', 'cannot', 't', 'unable', 'impossible', 'neither', 'nor', 'none', 'nobody', 'nothing']);
/** A denial followed by one of these is a condition ("cannot be stopped without a second approval"). */
const CONDITIONS = new Set(['without', 'unless', 'except', 'until']);
/** Words that make what follows them in a clause a condition: "if the scorer cannot be stopped, …". */
const IF_WORDS = new Set(['if', 'whenever', 'unless']);
/** Words a double denial's first denial is not looked for past. */
const COORDINATORS = new Set(['and', 'but', 'or', 'while', 'whereas']);

/** How many words before a mention are read (the clause's start, for "there is no …"). */
const BEFORE_REACH = 16;
/** How many words after a mention are read (a machine agent, a condition, "is not possible"). */
const AFTER_REACH = 12;

/**
 * When every mention of `terms` in `words` (clauseWords) is denied, the first denial, quoted;
 * undefined when one mention or more is not denied, or there is none. Each mention is read with
 * a bounded number of words either side, and the first that is not denied ends the search, so
 * the time is linear in the text whatever it holds.
 */
export function onlyDenied(words: string, terms: readonly string[], done = false): string | undefined {
  let first: string | undefined;
  // A mention's first word, for a mention standing between a denial and another ("stopped or paused").
  const starts = terms.map((term) => term.split(' ', 2).join(' '));
  for (const term of terms) {
    for (let at = words.indexOf(term); at >= 0; at = words.indexOf(term, at + term.length)) {
      const denial = denialOf(words, at, at + term.length, starts, 0, done);
      if (denial === undefined) return undefined;
      first ??= denial;
    }
  }
  return first;
}

/** Up to `count` words before offset `from` (a space) of `words`, nearest first, stopping at a clause end. */
function wordsBefore(words: string, from: number, count: number): string[] {
  const found: string[] = [];
  let end = from;
  while (found.length < count && end > 0) {
    const start = words.lastIndexOf(' ', end - 1);
    const word = words.slice(start + 1, end);
    if (word === '|') break;
    found.push(word);
    end = start;
  }
  return found;
}

/** Up to `count` words from offset `from` (a space) of `words`, stopping at a clause end. */
function wordsAfter(words: string, from: number, count: number): string[] {
  const found: string[] = [];
  let start = from;
  while (found.length < count && start >= 0 && start < words.length - 1) {
    const end = words.indexOf(' ', start + 1);
    const word = words.slice(start + 1, end < 0 ? words.length : end);
    if (word === '|') break;
    found.push(word);
    start = end;
  }
  return found;
}

const isMention = (word: string | undefined, starts: readonly string[]) => word !== undefined && starts.some((start) => ` ${word}`.startsWith(start));

/** At `b[k]`, a negated modal ("cannot", "can not", "can't", "won't"): how many words it takes, or 0. */
function negatedModal(b: readonly string[], k: number): number {
  if (b[k] === 'cannot') return 1;
  if (b[k] === 'never' && MODALS.has(b[k + 1] as string)) return 2;
  if ((b[k] === 'not' || b[k] === 't') && MODALS.has(b[k + 1] as string)) return 2;
  return 0;
}

/**
 * The quoted denial of the mention at `words[at + 1, end)` (`at` is the space before it), or
 * undefined when none of the forms above denies it.
 */
function denialOf(words: string, at: number, end: number, starts: readonly string[], listed = 0, done = false): string | undefined {
  const space = words.indexOf(' ', end - 1);
  const mentionEnd = space < 0 ? words.length : space;
  const mention = words.slice(at + 1, mentionEnd);
  const clause = wordsBefore(words, at, BEFORE_REACH); // nearest first
  const after = wordsAfter(words, mentionEnd, AFTER_REACH);
  // A condition or a limit on who may act is not a denial: "without approval", "during a batch",
  // "by a single engineer", "their own stories".
  if (after.some((word) => CONDITIONS.has(word) || LIMITS.has(word))) return undefined;
  // Past the mentions that go with this one: "stopped or paused", "kill switch".
  let i = 0;
  for (;;) {
    if ((clause[i] === 'or' || clause[i] === 'nor') && isMention(clause[i + 1], starts)) i += 2;
    else if (isMention(clause[i], starts)) i += 1;
    else break;
  }
  // Past a word or two that says which kind there is none of: "no manual kill switch".
  let m = i;
  while (m < i + 2 && MODIFIERS.has(clause[m] as string)) m++;
  if (m > i && clause[m] === 'no') i = m;
  const b = clause.slice(i);
  // A list of mentions across commas shares the first one's denial: "the suggestion cannot be
  // stopped, paused or disabled" (red team). Read back a few items, no more.
  if (b.length === 0 && clause.length < BEFORE_REACH && listed < 4) {
    const bar = words.lastIndexOf(' | ', at);
    const start = bar > 0 ? words.lastIndexOf(' ', bar - 1) : -1;
    if (bar > 0 && isMention(words.slice(start + 1, bar), starts)) return denialOf(words, start, bar, starts, listed + 1, done);
  }
  // What the denial is about must be the system or its output: "the score cannot be overridden",
  // "staff can't switch it off", not "the audit log cannot be edited".
  const aboutOutput = (near: readonly string[]) => near.some((word) => OUTPUTS.has(word));
  let denial = -1; // where in `b` the denial ends (its farthest word)
  // "cannot currently be stopped", "staff cannot currently stop it": past one adverb.
  const adverbAt = (k: number) => (DENIAL_ADVERBS.has(b[k] as string) && negatedModal(b, k + 1) > 0 ? 1 : 0);
  const passiveAdverb = b[0] === 'be' ? adverbAt(1) : 0;
  const passive = b[0] === 'be' && negatedModal(b, 1 + passiveAdverb) > 0 ? negatedModal(b, 1 + passiveAdverb) + passiveAdverb : 0;
  const activeAdverb = adverbAt(0);
  const active = (negatedModal(b, activeAdverb) > 0 ? negatedModal(b, activeAdverb) + activeAdverb : 0) || (b[0] === 'to' && b[1] === 'unable' ? 2 : 0) || notAbleUnlessSomeone(b, after);
  // The object, past the mentions joined to this one ("overrule or amend the score").
  let o = 0;
  while (after[o] === 'or' || after[o] === 'nor' || isMention(after[o], starts)) o++;
  const object = after.slice(o, o + 3);
  const agent = after.indexOf('by');
  const byMachine = agent >= 0 && after.slice(agent + 1, agent + 3).some((word) => MACHINES.has(word));
  if (passive && !byMachine && aboutOutput(b.slice(passive + 1))) denial = passive;
  else if (active && !b.slice(active).some((word) => MACHINES.has(word)) && aboutOutput(object)) denial = active - 1;
  else if (b[0] === 'to' && b[1] === 'impossible' && aboutOutput(object)) denial = 1;
  else if (b[0] === 'to' && b[1] === 'possible' && b[2] === 'not' && aboutOutput(object)) denial = 2;
  else if (b[0] === 'to' && b[1] === 'possible' && DENIAL_ADVERBS.has(b[2] as string) && b[3] === 'not' && aboutOutput(object)) denial = 3;
  // "no way to stop it", "no means of stopping it".
  else if ((b[0] === 'to' || b[0] === 'of') && WAYS.has(b[1] as string) && b[2] === 'no' && aboutOutput(object)) denial = 2;
  // "there is no kill switch", "the system has no fallback": the mention is what there is none of, not a word describing it ("no approval step").
  // Not "there have been no emergency stops": occurrences, not the capability (false-error hunt).
  // Not a third party's lack: "the vendor has no editorial responsibility" (false-error hunt).
  // Not a lack in one interface: "there is no kill switch in the UI" (false-error hunt).
  else if (b[0] === 'no' && b[1] !== 'been' && (HAVING.has(b[1] as string) || thereIs(clause)) && endsNoun(after, starts) && !THIRD_PARTIES.has(b[2] as string) && !inInterface(after, starts)) denial = 0;
  // "No kill switch exists".
  else if (b[0] === 'no' && b.length === 1 && ['exists', 'exist'].includes(after[pastMentions(after, starts)] as string)) denial = 0;
  // "the vendor has not built a kill switch".
  else if ((b[0] === 'a' || b[0] === 'an' || b[0] === 'any') && BUILT.has(b[1] as string) && (b[2] === 'not' || (b[2] === 'yet' && b[3] === 'not')) && HAVING_BUILT.has(b[b[2] === 'yet' ? 4 : 3] as string)) denial = b[2] === 'yet' ? 4 : 3;
  // "No kill switch has been built yet": the clause's first words.
  else if (b[0] === 'no' && b.length === 1 && notBuilt(after, starts)) denial = 0;
  // "the team will add a stop procedure in a later release".
  // "we intend to add a kill switch": an intention is not there yet, whenever it comes.
  else if ((b[0] === 'a' || b[0] === 'an') && TO_BUILD.has(b[1] as string) && (b[2] === 'will' || (b[2] === 'to' && INTENDING.has(b[3] as string))) && namesMechanism(after, starts) && (b[2] === 'to' || after.some((word) => LATER.has(word))) && !meanwhile(words, mentionEnd)) denial = b[2] === 'to' ? 3 : 2;
  // "we intend to add a kill switch so nurses can stop the suggestion": the purpose of a plan.
  else if (purposeOfPlan(b) >= 0 && !meanwhile(words, mentionEnd)) denial = purposeOfPlan(b);
  // "have not yet agreed on how to stop the scorer".
  else if (b[0] === 'to' && b[1] === 'how') denial = notDecided(b);
  // "nobody holds editorial responsibility", "no one can stop the scorer" (red team).
  // Not "nobody can stop it but the on-call engineer": someone can (false-error hunt).
  else if (HOLDING.has(b[0] as string) && nobodyAt(b, 1) > 0 && !someoneElse(after)) denial = nobodyAt(b, 1);
  // "nobody (at the hospital) can stop the suggestion".
  else if (b[0] === 'can' && aboutOutput(object) && nobodyBefore(b) > 0 && !someoneElse(after)) denial = nobodyBefore(b);
  // An activity not done: "no test of any kind was run", "we did not assess it", "nobody has assessed it".
  else if (done) denial = notDone(b, after, starts);
  if (denial >= 0) {
    // A second denial further back in the clause makes a double denial, which affirms.
    const further = b.slice(denial + 1);
    const coordinated = further.findIndex((word) => COORDINATORS.has(word));
    if (further.slice(0, coordinated < 0 ? further.length : coordinated).some((word) => NEGATIONS.has(word))) return undefined;
    // A condition, not a statement: "if the scorer cannot be stopped within ten minutes, page the
    // lead". Only a clause that opens with it: "operators should know it cannot be stopped" and
    // "in the ward where it runs it cannot be stopped" state it (review).
    if (clause.length < BEFORE_REACH && IF_WORDS.has(clause.at(-1) as string)) return undefined;
    return quote([...clause.slice(0, i + denial + 1).reverse(), mention, ...after.slice(0, 5)]);
  }
  // The mention as a subject that is not possible: "overriding is not possible", "rollback is impossible".
  if (!(b.length === 0 || DETERMINERS.has(b[0] as string))) return undefined;
  let state = 0;
  while (isMention(after[state], starts)) state++; // "manual override is …"
  state = pastSubject(after, state);
  const subjectEnd = state;
  while (state < after.length && ['is', 'are', 'was', 'were', 'will', 'be', 'has', 'have'].includes(after[state] as string)) state++;
  if (state === subjectEnd) return undefined;
  const future = after.slice(subjectEnd, state).includes('will');
  const denied = deniedState(after, state) || (toCome(after, state, future) && !meanwhile(words, mentionEnd) ? after.length - state : 0);
  return denied > 0 ? quote([...clause.slice(0, i).reverse(), mention, ...after.slice(0, state + denied)]) : undefined;
}

/** Whether the words after a mention, past the mentions joined to it, name it as a capability ("a stop procedure", "a kill switch button", "a kill switch in …"), not as a document ("a shutdown report"). */
function namesMechanism(after: readonly string[], starts: readonly string[]): boolean {
  let k = 0;
  while (isMention(after[k], starts)) k++;
  const next = after[k];
  return next === undefined || MECHANISMS.has(next) || ['in', 'to', 'for', 'by', 'as', 'at', 'on', 'that', 'which'].includes(next);
}

/**
 * The first words of the clause after the one the offset `from` of `words` is in, looked for
 * only as far as AFTER_REACH words can reach: a search to the clause's end for every mention made
 * a long clause quadratic (review: 2 MB of "will add a stop procedure" ran 51 s).
 */
function nextClause(words: string, from: number): { words: string[]; end: number } {
  const window = words.slice(from, from + NEXT_CLAUSE_REACH);
  const bar = window.indexOf(' | ');
  if (bar < 0) return { words: [], end: -1 };
  const start = from + bar + 2;
  const next = wordsAfter(words, start, 10);
  // Looked for within reach too: a search to the end of a long clause made one of mentions quadratic.
  const close = words.slice(start + 1, start + NEXT_CLAUSE_REACH).indexOf(' | ');
  return { words: next, end: close >= 0 ? start + 1 + close : -1 };
}

/**
 * Whether the clause after the one at `from` says what to do until a capability to come is
 * there ("until then use step 1"), not that the system goes on meanwhile ("until then the
 * suggestion keeps running", red team).
 */
function meanwhile(words: string, from: number): boolean {
  const next = nextClause(words, from);
  // "Until then, the suggestion keeps running": the clause after a bare "until then" says what happens meanwhile.
  const then = next.words.length <= 3 && next.end >= 0 ? nextClause(words, next.end).words : [];
  const said = [...next.words, ...then];
  // A plan that points at the steps there are now improves on them: "…, so that the duty manager
  // can do step 1 without shell access" (false-error hunt).
  if (next.words.some((word) => STEP_POINTERS.has(word))) return true;
  // "Until then the suggestion keeps running": the system goes on; "until then on-call keeps using step 1": a way now.
  return next.words.some((word) => MEANWHILE.has(word)) && !(said.some((word) => CONTINUING.has(word)) && said.some((word) => OUTPUTS.has(word)));
}

/** How many characters past a mention nextClause looks for the clause's end. */
const NEXT_CLAUSE_REACH = 400;

/**
 * Past what a subject may carry after its term: the system or output it acts on ("stopping the
 * scorer"), or what the capability is called and whom it is for ("an appeal process for declined
 * applicants"), up to the word that follows.
 */
function pastSubject(after: readonly string[], from: number): number {
  let at = from;
  if (DETERMINERS.has(after[at] as string) && OUTPUTS.has(after[at + 1] as string)) return at + 2;
  if (OUTPUTS.has(after[at] as string) && !MACHINES.has(after[at] as string)) return at + 1;
  if (!MECHANISMS.has(after[at] as string) && after[at] !== 'to') return at;
  if (MECHANISMS.has(after[at] as string)) at++;
  // "for declined applicants", "to manual review": a short phrase, up to a verb "to be".
  if (after[at] === 'for' || after[at] === 'to') {
    const be = after.slice(at + 1, at + 5).findIndex((word) => ['is', 'are', 'was', 'were'].includes(word));
    if (be > 0) at += be + 1;
  }
  return at;
}

/**
 * How many words from `after[state]` (past "is", "was" …) say the subject is not possible, not
 * there yet, or turned down; 0 when they do not.
 */
function deniedState(after: readonly string[], state: number): number {
  const at = (k: number) => after[state + k] as string;
  if (at(0) === 'not') {
    const yet = at(1) === 'yet' ? 1 : 0;
    if (NOT_STATES.has(at(1 + yet))) return 2 + yet;
    if (at(1 + yet) === 'in' && at(2 + yet) === 'place') return 3 + yet;
    // "has not (yet) been implemented".
    if (at(1 + yet) === 'been' && BUILT.has(at(2 + yet))) return 3 + yet;
    // "not something we currently support"
    if (at(1) === 'something' && after.slice(state + 2, state + 5).some((word) => SUPPORTING.has(word))) return Math.min(after.length - state, 5);
    return 0;
  }
  if (DENYING_STATES.has(at(0))) return 1;
  if (at(0) === 'still' && at(1) === 'being' && UNDER_WAY.has(at(2))) return 3;
  if (at(0) === 'yet' && at(1) === 'to' && at(2) === 'be' && BUILT.has(at(3))) return 4;
  // Not "dropped from v1 and restored in v2" (review).
  if (after.slice(state).some((word) => RESTORED.has(word))) return 0;
  if (TURNED_DOWN.has(at(0))) return 1;
  if (at(0) === 'considered' && at(1) === 'and' && TURNED_DOWN.has(at(2))) return 3;
  return 0;
}

/** What is said of an activity done: "no test was run", "no owner has been assigned". */
const DONE = new Set(['run', 'done', 'performed', 'conducted', 'carried', 'considered', 'identified', 'assessed', 'assigned', 'treated', 'tested', 'evaluated', 'reviewed', 'completed', 'made', 'undertaken', 'analysed', 'analyzed', 'documented', 'recorded', 'applied', 'taken', 'estimated', 'rated', 'scored', 'mitigated']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are']);

/**
 * For an activity (a `done` topic), where a denial that it was done ends in `b` (nearest
 * first), or -1:
 * - "no test (of any kind) was run", "no owner has (yet) been assigned", "no measure is in place":
 *   "no" before the mention, a few words after it an auxiliary and what is said of it done;
 * - "there has been no review";
 * - "nobody has assessed it" (the mention is the verb);
 * - "we did not assess personal data risks", "it has not been tested": a negation a few words
 *   before the mention, with "did", "has" or "have" (and "been") before or after it.
 */
function notDone(b: readonly string[], after: readonly string[], starts: readonly string[]): number {
  if (b[0] === 'no') {
    if (b[1] === 'been' || thereIs(b)) return 0;
    let k = 0;
    while (k < after.length && (isMention(after[k], starts) || ['or', 'and', 'nor', 'no'].includes(after[k] as string))) k++;
    for (let aux = k; aux < Math.min(after.length, k + 5); aux++) {
      if (!AUXILIARIES.has(after[aux] as string)) continue;
      let v = aux + 1;
      if (after[v] === 'yet' || after[v] === 'ever') v++;
      if (after[v] === 'been') v++;
      if (after[v] === 'yet') v++;
      if (DONE.has(after[v] as string) || (after[v] === 'in' && after[v + 1] === 'place')) return 0;
      return -1;
    }
    return -1;
  }
  if (AUXILIARIES.has(b[0] as string) && nobodyAt(b, 1) > 0) return nobodyAt(b, 1);
  // "did not assess …", "has not been tested", "have not yet identified …": within a few words.
  for (let k = 0; k < Math.min(b.length, 5); k++) {
    if (b[k] !== 'not' && b[k] !== 't' && b[k] !== 'never') continue;
    const before = b[k + 1];
    const afterNot = b[k - 1];
    if (['did', 'do', 'does', 'has', 'have', 'had', 'was', 'were', 'didn', 'doesn', 'don', 'hasn', 'haven', 'hadn', 'wasn', 'weren'].includes(before as string) || afterNot === 'been') return k + 1;
    return -1;
  }
  return -1;
}

/** Where the words after a mention go past the mentions joined to it ("kill switch"). */
function pastMentions(after: readonly string[], starts: readonly string[]): number {
  let k = 0;
  while (isMention(after[k], starts)) k++;
  return k;
}

/** Whether the words after a "nobody" denial name who can: "but the on-call engineer", "other than the editor", "apart from", "besides". */
function someoneElse(after: readonly string[]): boolean {
  return after.some((word, k) => word === 'but' || word === 'besides' || (word === 'other' && after[k + 1] === 'than') || (word === 'apart' && after[k + 1] === 'from'));
}

/** Within a few words before `b[0]` (nearest first), "nobody" or "no one" as the subject: where it ends, or 0. */
function nobodyBefore(b: readonly string[]): number {
  for (let k = 1; k < Math.min(b.length, 7); k++) {
    if (COORDINATORS.has(b[k] as string)) return 0;
    const end = nobodyAt(b, k);
    if (end > 0) return end;
  }
  return 0;
}

/** At `b[k]` (nearest first), "nobody" or "no one": where it ends, or 0. */
function nobodyAt(b: readonly string[], k: number): number {
  if (b[k] === 'nobody') return k;
  return b[k] === 'one' && b[k + 1] === 'no' ? k + 1 : 0;
}

/**
 * At "to able" (nearest first): how many words "is not able to" or "nobody … is able to" take,
 * or 0. "No one at the hospital is able to stop it" (red team).
 */
function notAble(b: readonly string[]): number {
  if (b[0] !== 'to' || b[1] !== 'able') return 0;
  if (b[2] === 'not' || b[2] === 'never') return 3;
  if (b[2] === 't' && ['isn', 'aren', 'wasn', 'weren'].includes(b[3] as string)) return 4;
  if (!['is', 'are', 'was', 'were'].includes(b[2] as string)) return 0;
  const subject = b.slice(3, 10);
  const nobody = subject.findIndex((word, k) => word === 'nobody' || (word === 'one' && subject[k + 1] === 'no'));
  return nobody < 0 ? 0 : 3 + nobody + (subject[nobody] === 'one' ? 2 : 1);
}

/** notAble, unless someone else is named who can ("nobody is able to stop it but the on-call engineer"). */
function notAbleUnlessSomeone(b: readonly string[], after: readonly string[]): number {
  const able = notAble(b);
  return able > 0 && b[2] !== 'not' && b[2] !== 't' && someoneElse(after) ? 0 : able;
}

/**
 * At a mention after "so" or "so that" (nearest first): where the plan it is the purpose of ends
 * ("we intend to add a kill switch so nurses can stop it", "the team will add a flag so
 * on-call can halt it"), or -1.
 */
function purposeOfPlan(b: readonly string[]): number {
  const so = b.findIndex((word) => word === 'so');
  if (so < 0) return -1;
  for (let j = so + 1; j < b.length - 1; j++) {
    if (!TO_BUILD.has(b[j] as string)) continue;
    // Not "will": "on-call will create an incident so the owner can halt it" is a step (false-error hunt).
    if (b[j + 1] === 'to' && INTENDING.has(b[j + 2] as string)) return j + 2;
  }
  return -1;
}

/**
 * Whether the words from `after[state]` (past "is", "will be" …) say the subject is still to
 * come, at a time named as later: "is planned for a later release", "will be added in the next
 * quarter", "is on the roadmap". Without a later time it may be routine ("a rollback is planned
 * and rehearsed each quarter"); the caller asks that no clause after it says what to do meanwhile.
 */
function toCome(after: readonly string[], state: number, future: boolean): boolean {
  if (after[state] === 'on' && after[state + 2] === 'roadmap') return true;
  if (!TO_COME.has(after[state] as string) && !(future && BUILT.has(after[state] as string))) return false;
  // A release to come, not an occasion: "for a later release", "in version 3", "for Q3", "for
  // later"; not "for testing at the next game day", "for the next maintenance window" (false-error hunt).
  const rest = after.slice(state + 1, state + 7);
  const release = rest.some((word) => RELEASES.has(word));
  return (release && (rest.some((word) => LATER.has(word)) || rest.some((word) => /^\d/.test(word)))) || rest.some((word) => /^(?:v\d|q[1-4]$)/.test(word)) || rest.at(-1) === 'later' || rest.includes('roadmap');
}

/**
 * Whether the words after a mention at the clause's start, "No …", say it is not built yet:
 * "has been built yet", "has yet been implemented". Without "yet" it is history ("no rollback
 * has been deployed since 2.3.0", "no override workflow has been built, because none is needed").
 */
function notBuilt(after: readonly string[], starts: readonly string[]): boolean {
  let k = 0;
  while (isMention(after[k], starts)) k++;
  if (MECHANISMS.has(after[k] as string)) k++;
  if (!['has', 'have', 'is', 'are', 'was', 'were'].includes(after[k] as string)) return false;
  k++;
  const yetBefore = after[k] === 'yet';
  if (yetBefore) k++;
  if (after[k] !== 'been' || !BUILT.has(after[k + 1] as string)) return false;
  return yetBefore || after[k + 2] === 'yet';
}

/**
 * At "to how …" (nearest first) in `b`: where a denial "not (yet) agreed on how to" ends, or -1.
 * "have not yet agreed on how to stop the scorer", "nobody has worked out how to stop it".
 */
function notDecided(b: readonly string[]): number {
  let k = 2;
  if (['on', 'about', 'out'].includes(b[k] as string)) k++;
  if (!DECIDED.has(b[k] as string)) return -1;
  k++;
  if (b[k] === 'yet') k++;
  // "nobody has worked out how to stop it"
  const nobody = (b[k] === 'has' || b[k] === 'have') && (b[k + 1] === 'nobody' || (b[k + 1] === 'one' && b[k + 2] === 'no')) ? k + (b[k + 1] === 'nobody' ? 1 : 2) : -1;
  const denial = b[k] === 'not' || b[k] === 't' || b[k] === 'never' ? k : nobody;
  // A condition, not a denial: "if you have not worked out how to roll back within 15 minutes, use step 1".
  // Anywhere earlier in the clause: "if the on-call engineer and the model owner have not agreed how to roll back".
  return denial >= 0 && !b.slice(denial + 1).some((word) => CONDITIONS.has(word) || word === 'if' || word === 'when' || word === 'once') ? denial : -1;
}

/** Whether the words after a mention leave it the noun there is none of: the clause ends, or "and", "is" … follows ("kill switch" read as one). */
function endsNoun(after: readonly string[], starts: readonly string[]): boolean {
  let next = 0;
  while (isMention(after[next], starts)) next++;
  return next >= after.length || AFTER_A_NOUN.has(after[next] as string);
}

/** Whether the words after a mention, past the mentions joined to it, place it in one interface: "in the UI", "on the admin dashboard". */
function inInterface(after: readonly string[], starts: readonly string[]): boolean {
  let next = 0;
  while (isMention(after[next], starts)) next++;
  if (!['in', 'on', 'from', 'via', 'through'].includes(after[next] as string)) return false;
  next++;
  if (DETERMINERS.has(after[next] as string)) next++;
  // One word may name which: "the admin dashboard", "the web UI". Not "in the UI or anywhere else".
  return (INTERFACES.has(after[next] as string) || INTERFACES.has(after[next + 1] as string)) && !after.some((word) => word === 'anywhere' || word === 'elsewhere');
}

/** Whether the clause (nearest word first) starts "there is", "there are", "there will be". */
function thereIs(clause: readonly string[]): boolean {
  const start = clause.length < BEFORE_REACH ? clause.slice(-3).reverse() : [];
  return start[0] === 'there' || start[1] === 'there';
}

/** Words as the message quotes them, "can t" made "can't" again. */
function quote(words: readonly string[]): string {
  return words.join(' ').replace(/(\p{L}) t(?= |$)/gu, "$1't");
}
