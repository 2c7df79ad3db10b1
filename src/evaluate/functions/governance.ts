/**
 * What a pull request must not quietly weaken, compared with the same system at the base commit
 * (the same manifest path, or the path it was moved from): its risk tier, its lifecycle stage
 * (moving back skips the rules of later stages), the evidence it cites, and its model card's
 * front matter. Each skips when there is no base to compare with.
 */
import * as path from 'node:path';
import { normaliseCitation } from '../../fs/repo-fs.js';
import { citationsByField } from '../../load/citations.js';
import { valueAbsence } from '../../load/placeholder.js';
import { aiActProfile, ART50_DECLARATIONS, ART50_PARAGRAPH, declarationBinds, obligationsDropped } from '../../policy/obligations.js';
import { declaredArtifacts, type AiSystem } from '../../load/manifest.js';
import { defineFunction, type Failure, type SystemContext, withoutBase } from '../function.js';
import type { PathSegment } from '../../types.js';
import { artifactChanges, swappedFile } from '../../evidence/model-changed.js';
import { quoted } from '../../load/source-doc.js';
import { honouredReason } from './bias-not-applicable.js';

const noOptions = { type: 'object', additionalProperties: false } as const;

/** Higher is stricter. A GPAI model has its own duties, between high-risk and transparency ones. */
const TIER_RANK: Record<string, number> = { prohibited: 6, high: 5, 'gpai-systemic': 4, gpai: 3, limited: 2, minimal: 1 };
const LEVEL_RANK: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1 };
/** Stages in order; `retired` is an end, not a step back or forward. */
const STAGES = ['design', 'development', 'verification', 'deployment', 'operation'];

function baseOf(system: SystemContext) {
  return system.base ? { base: system.base, data: system.base.manifest.data as AiSystem } : undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export const riskNotLowered = defineFunction<Record<string, never>>({
  name: 'risk-not-lowered',
  description: "The EU AI Act tier and the risk level are not lower than at the base commit (nor removed).",
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    const now = system.manifest.data as AiSystem;
    const failures: Failure[] = [];
    const compare = (field: string, path: PathSegment[], before: string | undefined, after: string | undefined, rank: Record<string, number>) => {
      const from = before === undefined ? undefined : rank[before];
      if (from === undefined) return;
      const to = after === undefined ? 0 : (rank[after] ?? 0);
      if (to >= from) return;
      failures.push({
        message: `${field} is ${after === undefined ? 'removed' : `"${after}"`}, lower than "${before}" at the base commit ${then.base.commit}; lowering a system's risk drops the rules for it`,
        path: after === undefined ? ['manifest'] : ['manifest', ...path],
      });
    };
    compare('risk.euAiAct.tier', ['risk', 'euAiAct', 'tier'], text(then.data.risk?.euAiAct?.tier), text(now.risk?.euAiAct?.tier), TIER_RANK);
    compare('risk.level', ['risk', 'level'], text(then.data.risk?.level), text(now.risk?.level), LEVEL_RANK);
    // Roles and basis decide which obligations apply as surely as the tier does (an undeclared
    // tier counts as high): a change that drops one is a lowering too, said once.
    if (failures.length === 0) {
      const before = aiActProfile(then.data);
      const after = aiActProfile(now);
      const { articles, later } = obligationsDropped(before, after);
      const at: PathSegment[] = now.risk?.euAiAct ? ['manifest', 'risk', 'euAiAct'] : ['manifest'];
      // A withdrawn transparency declaration that bound the system is a lowering even where its
      // tier keeps Art. 50 (a limited-risk system): the paragraph's notice or disclosure is no
      // longer asked for. Judged on its own, whatever else the change does: a full stop added to
      // the basis must not hide it.
      const withdrawn = ART50_DECLARATIONS.filter((flag) => before[flag] && !after[flag] && declarationBinds(flag, before));
      const sameDeclaration = before.tier === after.tier && before.basis === after.basis && String(before.roles) === String(after.roles);
      if (withdrawn.length > 0) {
        const paragraphs = [...new Set(withdrawn.map((flag) => ART50_PARAGRAPH[flag]))];
        // Where nothing else changed, what the articles lost is the withdrawal's doing.
        const consequence =
          sameDeclaration && articles.length > 0
            ? `the system is now exempt from EU AI Act ${articles.join(', ')}, and the rules for ${articles.length === 1 ? 'it' : 'them'} stop applying`
            : `nothing asks any more for the notice or disclosure EU AI Act ${paragraphs.join(', ')} binds it to`;
        failures.push({
          path: now.transparency ? ['manifest', 'transparency'] : ['manifest'],
          message: `${withdrawn.map((flag) => `transparency.${flag}`).join(' and ')} ${withdrawn.length === 1 ? 'was' : 'were'} true at the base commit ${then.base.commit} and no longer ${withdrawn.length === 1 ? 'is' : 'are'}: ${consequence}`,
        });
      }
      // Where only a declaration changed, the articles it drops are said above.
      if (withdrawn.length > 0 && sameDeclaration) return failures;
      if (articles.length > 0 && after.openSource && !before.openSource && before.tier === after.tier && String(before.roles) === String(after.roles)) {
        // Only the open-source release is new (Art. 53(2)): say so, where it is declared.
        failures.push({
          path: now.transparency?.parametersPublic === true ? ['manifest', 'transparency', 'parametersPublic'] : ['manifest'],
          message: `the system now declares an open-source release (license ${after.openSource.license}, transparency.parametersPublic), which it did not at the base commit ${then.base.commit}: it is now exempt from EU AI Act ${articles.join(', ')} (Art. 53(2)), and the rules for ${articles.length === 1 ? 'it' : 'them'} stop applying`,
        });
      } else if (articles.length > 0) {
        failures.push({ path: at, message: `risk.euAiAct now exempts the system from EU AI Act ${articles.join(', ')}, which applied at the base commit ${then.base.commit}; changing its tier, roles or basis drops the rules for them` });
      } else if (later) {
        failures.push({ path: at, message: `risk.euAiAct.basis now cites Annex I, not Annex III as at the base commit ${then.base.commit}: the high-risk obligations would apply later` });
      }
    }
    return failures;
  },
});

export const stageNotRegressed = defineFunction<Record<string, never>>({
  name: 'stage-not-regressed',
  description: 'The lifecycle stage has not moved back (operation → development, say) or to retired since the base commit: either stops rules of later stages applying.',
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    // An undeclared stage is judged as in operation, so removing it weakens nothing.
    const stage = (value: unknown) => text(value) ?? 'operation';
    const before = stage(then.data.lifecycle);
    const after = stage((system.manifest.data as AiSystem).lifecycle);
    const from = STAGES.indexOf(before);
    if (from < 0 || after === before) return [];
    if (after === 'retired') {
      return [
        {
          message: `lifecycle is "retired", "${before}" at the base commit ${then.base.commit}: a retired system is exempt from the stage rules, so retiring it needs review`,
          path: ['manifest', 'lifecycle'],
        },
      ];
    }
    const to = STAGES.indexOf(after);
    if (to < 0 || to >= from) return [];
    return [
      {
        message: `lifecycle is "${after}", earlier than "${before}" at the base commit ${then.base.commit}; moving a system back skips the rules of the stages after it`,
        path: ['manifest', 'lifecycle'],
      },
    ];
  },
});

export const citationsKept = defineFunction<Record<string, never>>({
  name: 'citations-kept',
  description: 'No field cites fewer distinct files than at the base commit (a report replaced by a newer one is fine; one dropped is not).',
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    // Distinct files: citing one file twice, or pointing a citation at a file the field already
    // cites, does not keep a dropped one, however it is written ("./", "//", a backslash, a
    // space after it, a link to it). A citation is known by the file it resolves to in the
    // working tree, as a repository path; else by its path normalised. A base citation of a file
    // that was a file of its own at the base and is a link now is known by its path: making it
    // a link to another cited file does not merge the two.
    const repo = system.evidence.repo;
    const baseFiles = then.base.evidence.repo;
    const keyOf = (written: string, fromDir: string, atBase: boolean): string => {
      const resolved = repo.resolve(written, fromDir);
      // The path as normalised (resolve does it), or as written where it names no path.
      const rel = resolved.rel ?? written.trim();
      if (!resolved.ok) return rel;
      const real = repo.relative?.(resolved.abs) ?? rel;
      return atBase && real !== rel && baseFiles.statFile(rel).ok ? rel : real;
    };
    const distinct = (values: readonly string[], manifest: string, atBase: boolean) => {
      const folder = path.posix.dirname(manifest);
      const fromDir = folder === '.' ? '' : folder;
      const byFile = new Map<string, string>();
      for (const value of values) {
        const written = value.split('#', 1)[0] ?? value;
        const key = keyOf(written, fromDir, atBase);
        if (!byFile.has(key)) byFile.set(key, written.trim());
      }
      return byFile;
    };
    const before = citationsByField(then.data);
    const after = citationsByField(system.manifest.data);
    const failures: Failure[] = [];
    for (const [field, all] of before) {
      const cited = distinct(all, then.base.manifest.file, true);
      const now = distinct(after.get(field) ?? [], system.manifest.file, false);
      if (now.size >= cited.size) continue;
      const dropped = [...cited].filter(([key]) => !now.has(key)).map(([, written]) => written);
      failures.push({
        message: `${field} cites ${now.size} file${now.size === 1 ? '' : 's'}, ${cited.size} at the base commit ${then.base.commit}; no longer cited: ${dropped.map((c) => `"${c}"`).join(', ')}`,
        path: ['manifest', ...parentPathIn(system.manifest.data, field)],
      });
    }
    return failures;
  },
});

type DatasetDeclarations = {
  id?: unknown;
  role?: unknown;
  uri?: unknown;
  sha256?: unknown;
  card?: unknown;
  quality?: { path?: unknown };
  croissant?: unknown;
  preprocessing?: unknown;
  labeling?: unknown;
  personalData?: { present?: unknown };
};

/** What names a dataset's data whatever its id: where it is, its checksum, the files that describe it. */
const DATA_IDENTITY = ['uri', 'sha256', 'card', 'quality', 'croissant'] as const;
type IdentityField = (typeof DATA_IDENTITY)[number];
/**
 * What makes two datasets the same training data: only the same bytes (a checksum). Splits of
 * one dataset may share a location, a card and a validation file, but not a role; they do share
 * whether they hold personal data, so any identity counts for that.
 */
const SAME_BYTES: readonly IdentityField[] = ['sha256'];

/** A file a dataset cites, as a repository-relative path would compare: `./data/x.md#s` is `data/x.md`. */
function citedPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const normalised = normaliseCitation(value.split('#', 1)[0] as string);
  return normalised.ok ? normalised.rel : undefined;
}

/** `text` without the slashes it ends in (by hand: a pattern anchored at the end is tried from every slash). */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end--;
  return text.slice(0, end);
}

/** A dataset's identity for `field`, normalised so that a trailing slash or the case of a scheme or checksum does not tell two apart. */
function identityOf(dataset: DatasetDeclarations, field: IdentityField): string | undefined {
  switch (field) {
    case 'uri':
      return typeof dataset.uri === 'string' && dataset.uri.trim() !== '' ? withoutTrailingSlashes(dataset.uri.trim().toLowerCase()) : undefined;
    case 'sha256':
      return typeof dataset.sha256 === 'string' && dataset.sha256.trim() !== '' ? dataset.sha256.trim().toLowerCase() : undefined;
    case 'quality':
      return citedPath(dataset.quality?.path);
    default:
      return citedPath(dataset[field]);
  }
}

const idOf = (dataset: DatasetDeclarations | undefined) => (typeof dataset?.id === 'string' ? dataset.id : undefined);

/** The base's datasets by each identity, in list order; built once, so matching a list of any length is linear. */
class DatasetIndex {
  private readonly byField = new Map<IdentityField, Map<string, DatasetDeclarations[]>>();

  constructor(datasets: readonly DatasetDeclarations[]) {
    for (const field of DATA_IDENTITY) {
      const byKey = new Map<string, DatasetDeclarations[]>();
      for (const dataset of datasets) {
        const key = identityOf(dataset, field);
        if (key === undefined) continue;
        const list = byKey.get(key);
        if (list) list.push(dataset);
        else byKey.set(key, [dataset]);
      }
      this.byField.set(field, byKey);
    }
  }

  /** The first dataset with `dataset`'s identity for `field` that `accept` takes, taken out of the index for that field. */
  take(dataset: DatasetDeclarations, field: IdentityField, accept: (candidate: DatasetDeclarations) => boolean): DatasetDeclarations | undefined {
    const key = identityOf(dataset, field);
    const list = key === undefined ? undefined : this.byField.get(field)?.get(key);
    // Entries not taken here are dropped as they are passed: each is looked at once in all.
    while (list && list.length > 0) {
      const candidate = list.shift() as DatasetDeclarations;
      if (accept(candidate)) return candidate;
    }
    return undefined;
  }

  /** The first dataset with `dataset`'s identity for `field`. */
  first(dataset: DatasetDeclarations, field: IdentityField): DatasetDeclarations | undefined {
    const key = identityOf(dataset, field);
    return key === undefined ? undefined : this.byField.get(field)?.get(key)?.[0];
  }
}

/**
 * Each dataset of the pull request with the base's declaration of the same data: the one of the
 * same id, else (a renamed id) one whose id is gone and that has the same uri, checksum or cited
 * files. Unmatched, a dataset is new; a base dataset no one matched is gone.
 */
function matchDatasets(before: readonly DatasetDeclarations[], after: readonly DatasetDeclarations[]) {
  const afterIds = new Set(after.map(idOf).filter((id) => id !== undefined));
  const byId = new Map<string, DatasetDeclarations>();
  for (const dataset of before) {
    const id = idOf(dataset);
    if (id !== undefined && !byId.has(id)) byId.set(id, dataset);
  }
  const unclaimed = new Set(before.filter((dataset) => dataset && !afterIds.has(idOf(dataset) as string)));
  const index = new DatasetIndex([...unclaimed]);
  const matches = after.map((dataset): { was: DatasetDeclarations; sameBy?: string } | undefined => {
    const id = idOf(dataset);
    const same = id === undefined ? undefined : byId.get(id);
    if (same || !dataset) return same && { was: same };
    for (const field of DATA_IDENTITY) {
      const was = index.take(dataset, field, (candidate) => unclaimed.has(candidate));
      if (was) {
        unclaimed.delete(was);
        return { was, sameBy: field };
      }
    }
    return undefined;
  });
  return { matches, gone: [...unclaimed] };
}

export const exemptionsKept = defineFunction<Record<string, never>>({
  name: 'exemptions-kept',
  description:
    'No declaration that spares the system a rule is newly made: a dataset that held personal data at the base commit is not declared free of it, a training dataset is not given another role or none (under its id, renamed, as a copy of the same data, or replaced by a new dataset in the same change), AI-generated text published to inform the public is not newly declared under editorial control, and bias.notApplicable is not newly declared or its reason rewritten.',
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    const now = system.manifest.data as AiSystem;
    const failures: Failure[] = [];
    const since = `at the base commit ${then.base.commit}`;
    const datasetsOf = (data: AiSystem) => (Array.isArray(data.data?.datasets) ? (data.data.datasets as DatasetDeclarations[]) : []);
    const base = datasetsOf(then.data);
    const current = datasetsOf(now);
    // The list may be reordered, and an id renamed (red team: renaming a dataset took it past
    // this rule); a dataset only dropped is citations' and review's matter.
    const { matches, gone } = matchDatasets(base, current);
    const holdsPersonalData = (dataset: DatasetDeclarations) => dataset.personalData?.present === true;
    const isTraining = (dataset: DatasetDeclarations) => dataset.role === 'training';
    // Datasets with personal data, or training ones, that are gone and not made up for by new
    // datasets that still hold it or are still training: a new dataset may be their replacement
    // (a refresh of the data is one for one; more gone than replaced is an exemption claimed).
    const newDatasets = current.filter((dataset, index) => dataset && !matches[index]);
    const goneUnreplaced = (held: (dataset: DatasetDeclarations) => boolean) => gone.filter(held).length > newDatasets.filter(held).length ? gone.find(held) : undefined;
    const goneWithPersonalData = goneUnreplaced(holdsPersonalData);
    const goneTraining = goneUnreplaced(isTraining);
    // The same data under another id, kept or renamed (red team: a copy added in one pull
    // request, the original removed in the next).
    const withPersonalData = new DatasetIndex(base.filter((dataset) => dataset && holdsPersonalData(dataset)));
    const training = new DatasetIndex(base.filter((dataset) => dataset && isTraining(dataset)));
    const twinOf = (dataset: DatasetDeclarations, held: DatasetIndex, fields: readonly IdentityField[]) => {
      for (const field of fields) {
        const was = held.first(dataset, field);
        if (was) return { was, sameBy: field === 'quality' ? 'quality file' : field === 'croissant' ? 'Croissant file' : field };
      }
      return undefined;
    };
    current.forEach((dataset, index) => {
      if (!dataset) return;
      const match = matches[index];
      const name = JSON.stringify(idOf(dataset) ?? `data.datasets[${index}]`);
      const where = ['manifest', 'data', 'datasets', index];
      const baseName = (was: DatasetDeclarations) => JSON.stringify(idOf(was) ?? 'a dataset without an id');
      // Another dataset of the base (renamed, or copied): named, and what makes it the same data.
      const who = (twin: { was: DatasetDeclarations; sameBy?: string }) => (twin.sameBy ? `${name}, the same ${twin.sameBy} as ${baseName(twin.was)} ${since},` : name);
      const whose = (twin: { was: DatasetDeclarations; sameBy?: string }) => (twin.sameBy ? `${baseName(twin.was)} held` : `it held ${since}`);
      if (dataset.personalData?.present === false) {
        const twin = match && holdsPersonalData(match.was) ? match : twinOf(dataset, withPersonalData, DATA_IDENTITY);
        if (twin) {
          failures.push({
            message: `dataset ${who(twin)} is declared free of personal data (personalData.present: false), which ${whose(twin)}: data/personal-data-handling stops asking for its purpose, legal basis and handling`,
            path: [...where, 'personalData', 'present'],
          });
        } else if (!match && goneWithPersonalData) {
          failures.push({
            message: `dataset ${name} is new and declared free of personal data (personalData.present: false), and dataset ${baseName(goneWithPersonalData)}, which held personal data ${since}, is gone: if it is the same data, data/personal-data-handling stops asking for its purpose, legal basis and handling`,
            path: [...where, 'personalData', 'present'],
          });
        }
      }
      // A role removed stops the rule as surely as another role: no rule asks for one. Where the
      // dataset still says how it was prepared and labelled, nothing the rule asks for is lost
      // (red team: the old training set kept as the monitoring reference after a retraining).
      const preparationStated = valueAbsence(dataset.preprocessing) === undefined && valueAbsence(dataset.labeling) === undefined;
      if (dataset.role !== 'training' && !preparationStated) {
        const role = dataset.role === undefined ? 'has no role' : `has role ${JSON.stringify(dataset.role)}`;
        const at = dataset.role === undefined ? where : [...where, 'role'];
        const twin = match && isTraining(match.was) ? match : twinOf(dataset, training, SAME_BYTES);
        if (twin) {
          const had = twin.sameBy ? `${baseName(twin.was)} had "training"` : `it had "training" ${since}`;
          failures.push({ message: `dataset ${who(twin)} ${role}, where ${had}: data/dataset-preparation stops asking how it was prepared and labelled`, path: at });
        } else if (!match && goneTraining) {
          failures.push({
            message: `dataset ${name} is new and ${role}, and training dataset ${baseName(goneTraining)} of the base commit ${then.base.commit} is gone with no new training dataset in its place: if it is the same data, data/dataset-preparation stops asking how it was prepared and labelled`,
            path: at,
          });
        }
      }
    });
    failures.push(...biasDeclarationMade(then.data, now, since));
    const published = now.transparency?.publishesPublicInterestText === true;
    if (published && then.data.transparency?.editorialControl?.reviewed !== true && now.transparency?.editorialControl?.reviewed === true) {
      failures.push({
        message: `transparency.editorialControl.reviewed is now true, which it was not at the base commit ${then.base.commit}: the AI-generated text the system publishes is no longer disclosed as such (Art. 50(4)), so the editorial control it claims needs review`,
        path: ['manifest', 'transparency', 'editorialControl', 'reviewed'],
      });
    }
    return failures;
  },
});

/**
 * bias.notApplicable, honoured now, where the base commit did not honour it with the same reason:
 * newly declared (or declared where the base cited bias reports, which refused it), or its reason
 * rewritten. Either spares the system every bias rule on the system's word alone.
 */
function biasDeclarationMade(before: AiSystem, now: AiSystem, since: string): Failure[] {
  const reason = honouredReason(now);
  if (reason === undefined) return [];
  const was = honouredReason(before);
  if (was === reason) return [];
  const spared = 'the bias rules (bias/report-cited, bias/sensitive-attributes and the rules that judge a report) stop applying to the system on its word that its output concerns no natural person';
  if (was !== undefined) {
    return [{ message: `bias.notApplicable.reason is rewritten: it was ${quoted(was, 120)} ${since}; ${spared}, and the new reason needs the policy owners' review`, path: ['manifest', 'bias', 'notApplicable', 'reason'] }];
  }
  const reports = Array.isArray(before.bias?.reports) ? before.bias.reports.length : 0;
  const had = reports > 0 ? `, where the system cited ${reports === 1 ? 'a bias report' : `${reports} bias reports`}` : '';
  return [{ message: `bias.notApplicable is newly declared, which it was not ${since}${had}: ${spared}; the policy owners review the claim`, path: ['manifest', 'bias', 'notApplicable'] }];
}

/** More human control is higher: moving down hands decisions to the system. */
const AUTONOMY_RANK: Record<string, number> = { 'human-in-command': 4, 'human-in-the-loop': 3, 'human-on-the-loop': 2, 'fully-automated': 1 };

type LoggingDeclarations = { enabled?: unknown; retentionDays?: unknown; events?: unknown };

export const oversightKept = defineFunction<Record<string, never>>({
  name: 'oversight-kept',
  description:
    'Human oversight and its record are not reduced since the base commit: oversight.autonomy does not move toward full automation, and monitoring.logging does not stop (enabled turned off), keep logs fewer days, or stop logging an event it logged.',
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    const now = system.manifest.data as AiSystem;
    const since = `at the base commit ${then.base.commit}`;
    const failures: Failure[] = [];
    // An autonomy removed is oversight/autonomy-level's finding; one moved down is not anyone's.
    const before = text(then.data.oversight?.autonomy);
    const after = text(now.oversight?.autonomy);
    const from = before === undefined ? undefined : AUTONOMY_RANK[before];
    const to = after === undefined ? undefined : AUTONOMY_RANK[after];
    if (from !== undefined && to !== undefined && to < from) {
      failures.push({
        message: `oversight.autonomy is "${after}", "${before}" ${since}: people now have less control over the system's outputs, which needs the oversight owners' review (EU AI Act Art. 14)`,
        path: ['manifest', 'oversight', 'autonomy'],
      });
    }
    const logged = (data: AiSystem) => ((data.monitoring as { logging?: unknown } | undefined)?.logging ?? {}) as LoggingDeclarations;
    const was = logged(then.data);
    const is = logged(now);
    const hasLogging = (now.monitoring as { logging?: unknown } | undefined)?.logging !== undefined;
    const at = (field: string): PathSegment[] =>
      Object.hasOwn(is as object, field) ? ['manifest', 'monitoring', 'logging', field] : hasLogging ? ['manifest', 'monitoring', 'logging'] : now.monitoring ? ['manifest', 'monitoring'] : ['manifest'];
    // Removed counts as lowered: before deployment no rule asks for them.
    if (was.enabled === true && is.enabled !== true) {
      failures.push({ message: `monitoring.logging.enabled is ${is.enabled === undefined ? 'removed' : JSON.stringify(is.enabled)}, true ${since}: the system stops keeping the record of its operation (EU AI Act Art. 12)`, path: at('enabled') });
    }
    if (typeof was.retentionDays === 'number' && !(typeof is.retentionDays === 'number' && is.retentionDays >= was.retentionDays)) {
      failures.push({ message: `monitoring.logging.retentionDays is ${is.retentionDays === undefined ? 'removed' : JSON.stringify(is.retentionDays)}, ${was.retentionDays} ${since}: logs are kept for less time, or for no time said`, path: at('retentionDays') });
    }
    const events = (value: unknown) => (Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : typeof value === 'string' ? [value] : []);
    const current = new Set(events(is.events).map((e) => e.trim().toLowerCase()));
    const dropped = events(was.events).filter((e) => !current.has(e.trim().toLowerCase()));
    if (dropped.length > 0) {
      failures.push({ message: `monitoring.logging.events no longer lists ${dropped.map((e) => `"${e}"`).join(', ')}, logged ${since}: the record stops showing ${dropped.length === 1 ? 'it' : 'them'}`, path: at('events') });
    }
    return failures;
  },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const reviewNotPostponed = defineFunction<Record<string, never>>({
  name: 'review-not-postponed',
  description:
    "risk.impactAssessment.nextReview is not moved later (or removed) without a new assessment: its date moves on to a day that has come, and the assessment document does not read as the base's did (comments and link definitions are not read).",
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    const was = then.data.risk?.impactAssessment;
    const is = (system.manifest.data as AiSystem).risk?.impactAssessment;
    const due = text(was?.nextReview)?.trim();
    if (!due || !ISO_DATE.test(due)) return [];
    const next = text(is?.nextReview)?.trim();
    // Dates written YYYY-MM-DD compare as text; anything else is the schema's finding.
    if (next !== undefined && (!ISO_DATE.test(next) || next <= due)) return [];
    const since = `at the base commit ${then.base.commit}`;
    const today = system.now.toISOString().slice(0, 10);
    const tomorrow = new Date(system.now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const assessed = text(is?.date)?.trim();
    const before = text(was?.date)?.trim() ?? '';
    // A new assessment: dated after the last one, on a day that has come (red team: the date moved
    // on by a day, or to 2099, with the same document), and its document is not the base's as it was.
    const cited = text(is?.path);
    const oldCited = text(was?.path);
    // Unchanged in this pull request: the base's assessment, or the file it now cites as it was at
    // the base (red team: citing another document the base already held passed as new).
    // Compared as a reader sees them (red team: an HTML comment added passed as a new assessment).
    const digest = cited === undefined ? undefined : system.evidence.readableDigest(cited);
    const sameDocument = digest !== undefined && ((oldCited !== undefined && digest === then.base.evidence.readableDigest(oldCited)) || digest === then.base.evidence.readableDigest(cited as string));
    let why: string | undefined;
    if (assessed === undefined || !ISO_DATE.test(assessed) || assessed <= before) why = `the assessment is not newer (its date is ${assessed ?? 'not given'})`;
    // A day's grace: a team east of UTC writes its own date before UTC's turns.
    else if (assessed > tomorrow) why = `the assessment is dated ${assessed}, after the run's day (${today})`;
    else if (sameDocument) {
      const raw = system.evidence.textDigest(cited as string);
      const unchanged = raw !== undefined && [oldCited, cited].some((ref) => ref !== undefined && raw === then.base.evidence.textDigest(ref));
      why = unchanged ? `the assessment is dated ${assessed}, but ${cited} is as it was ${since}` : `the assessment is dated ${assessed}, but ${cited} reads as it did ${since} (only what a reader does not see changed: comments, link definitions)`;
    }
    if (why === undefined) return [];
    return [
      {
        message:
          next === undefined
            ? `risk.impactAssessment.nextReview is removed; it was ${due} ${since}, and ${why}: the review is dropped without being done`
            : `risk.impactAssessment.nextReview is ${next}, ${due} ${since}, and ${why}: the review is postponed without being done`,
        path: next === undefined ? (is ? ['manifest', 'risk', 'impactAssessment'] : ['manifest']) : ['manifest', 'risk', 'impactAssessment', 'nextReview'],
      },
    ];
  },
});

export const artifactsMatchVersion = defineFunction<Record<string, never>>({
  name: 'artifacts-match-version',
  description:
    "While the version stays, the model's files stay: no artifact's sha256 changes or is removed, and no artifact with a sha256 is replaced by a file under another path. The evaluations of a version vouch for the files it had.",
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    const now = system.manifest.data as AiSystem;
    const version = text(now.version)?.trim();
    if (version !== text(then.data.version)?.trim()) return [];
    const { changed, takenOut } = artifactChanges(then.data, now);
    const since = `at the base commit ${then.base.commit}`;
    const consequence = `the version is still ${JSON.stringify(version)}: the bias, robustness and security evidence for it was about the other file; give the new model a new version`;
    const short = (digest: string) => `${digest.slice(0, 12)}…`;
    const failures: Failure[] = changed.map((change) => {
      const where: PathSegment[] = ['manifest', 'artifacts', change.index];
      const shown = JSON.stringify(change.path);
      if (change.kind === 'digest-removed') return { message: `artifact ${shown} no longer has a sha256 (${short(change.was)} ${since}), and ${consequence}`, path: where };
      if (change.kind === 'digest-changed') return { message: `artifact ${shown} has sha256 ${short(change.sha256 as string)}, ${short(change.was)} ${since}, and ${consequence}`, path: [...where, 'sha256'] };
      return { message: `artifact ${shown} is new and ${JSON.stringify(change.gone)} (sha256 ${short(change.was)} ${since}) is gone, and ${consequence}`, path: where };
    });
    // A file swapped where no sha256 says so (init lists artifacts without one): git compares the
    // file itself (second new user: a model file changed under the same version passed, though
    // the freshness rules saw it change).
    if (failures.length === 0 && takenOut.length === 0) {
      const swapped = swappedFile(system, then.base);
      if (swapped) {
        const at = declaredArtifacts(now).find(({ path }) => path === swapped.path);
        failures.push({ message: `${swapped.path} has ${swapped.how}, and ${consequence}`, path: at ? ['manifest', 'artifacts', at.index, 'path'] : ['manifest', 'artifacts'] });
      }
    }
    // Files taken out with none in their place: a later pull request could list them again with
    // another sha256 as new (red team: two pull requests, the version unchanged throughout).
    if (takenOut.length > 0) {
      failures.push({
        message: `${takenOut.map(([file, digest]) => `artifact ${JSON.stringify(file)} (sha256 ${short(digest)})`).join(', ')} ${takenOut.length === 1 ? 'is' : 'are'} no longer listed, as ${takenOut.length === 1 ? 'it was' : 'they were'} ${since}, and the version is still ${JSON.stringify(version)}: the evidence for it names files the manifest no longer ties it to; give a new model a new version`,
        path: Array.isArray(now.artifacts) && now.artifacts.length > 0 ? ['manifest', 'artifacts'] : ['manifest'],
      });
    }
    return failures;
  },
});

/** The deepest part of `field` (without wildcards) that the manifest still has, to point at. */
function parentPathIn(data: unknown, field: string): PathSegment[] {
  const path: PathSegment[] = [];
  let value = data;
  for (const key of field.split('.')) {
    if (key === '*' || !value || typeof value !== 'object' || !Object.hasOwn(value, key)) break;
    path.push(key);
    value = (value as Record<string, unknown>)[key];
  }
  return path;
}

export const cardFrontMatterKept = defineFunction<Record<string, never>>({
  name: 'card-front-matter-kept',
  description: "The model card keeps the front matter (license, datasets, metrics) it had at the base commit.",
  optionsSchema: noOptions,
  check({ system }) {
    const then = baseOf(system);
    if (!then) return withoutBase(system);
    const card = system.card;
    const before = then.base.card;
    if (!card || !before || Object.keys(before.meta).length === 0) return { skip: `the model card had no front matter at the base commit ${then.base.commit}` };
    if (card.frontMatter && Object.keys(card.meta).length > 0) return [];
    return [
      {
        message: `the model card ${card.file} has no front matter; at the base commit ${then.base.commit} it declared ${Object.keys(before.meta).slice(0, 6).join(', ')}${Object.keys(before.meta).length > 6 ? ', …' : ''}, which the card rules read`,
        at: { file: card.file, line: 1, column: 1 },
      },
    ];
  },
});
