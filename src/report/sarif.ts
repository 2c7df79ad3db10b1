/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`): one run per category, a result for
 * each failing or waived finding (waived ones carry an accepted external suppression), and a
 * rule descriptor for each rule that has a result. Fingerprints leave the line out, so an alert
 * survives edits above it.
 */
import { findingIdentity } from '../policy/baseline.js';
import type { RuleDefinition } from '../policy/types.js';
import type { Controls, Finding, Severity } from '../types.js';
import { markdownText, markdownUrl, sarifText, visibleText } from './escape.js';
import { failuresInPriorityOrder, type Report } from './report.js';
import { FRAMEWORK_NAMES } from './rules-doc.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS_PER_RUN = 25_000;
/** GitHub keeps at most 20 tags per rule. */
const MAX_TAGS = 20;
export const FINGERPRINT_KEY = 'modelgateFindingHash/v1';
const INFORMATION_URI = 'https://github.com/modelgate/modelgate';
const SRCROOT = '%SRCROOT%';

/** What a rule descriptor says beyond what each finding carries (id, docs, controls, severity). */
export type RuleText = Pick<RuleDefinition, 'title' | 'description' | 'remediation'>;

export interface SarifOptions {
  /** Code scanning category: `runs[0].automationDetails.id` is `<category>/`. */
  category?: string;
  /** Rule titles, descriptions and fixes by id (a policy's `known` rules); the report has only ids. */
  rules?: ReadonlyMap<string, RuleText>;
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

interface Message {
  text: string;
  markdown?: string;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId: string;
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface PhysicalLocation {
  physicalLocation: { artifactLocation: ArtifactLocation; region: Region };
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: Message;
  fullDescription: Message;
  help: Message;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: Message;
  locations: Array<PhysicalLocation & { logicalLocations: Array<{ name: string; fullyQualifiedName: string; kind?: string }> }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: 'external'; status: 'accepted'; justification: string; location: PhysicalLocation }>;
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const category = trimTrailingSlashes(options.category ?? 'modelgate');
  // Failures first, most severe first, so a cut at GitHub's limit keeps what matters most.
  const candidates = [...failuresInPriorityOrder(report.findings), ...report.findings.filter((f) => f.status === 'waived')];
  const kept = candidates.slice(0, MAX_RESULTS_PER_RUN);
  const left = candidates.length - kept.length;

  const ruleIds = [...new Set(kept.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const firstFinding = new Map<string, Finding>();
  for (const finding of kept) if (!firstFinding.has(finding.ruleId)) firstFinding.set(finding.ruleId, finding);
  const rules = ruleIds.map((id) => describeRule(firstFinding.get(id) as Finding, options.rules?.get(id)));

  const fingerprints = fingerprintsOf(kept);
  const results = kept.map((finding, i): SarifResult => {
    const index = ruleIndex.get(finding.ruleId) as number;
    return {
      ruleId: finding.ruleId,
      ruleIndex: index,
      level: LEVEL[finding.severity],
      message: { text: resultText(finding, options.rules?.get(finding.ruleId)) },
      locations: [{ ...at(finding.file, region(finding)), logicalLocations: [logicalLocation(finding)] }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] as string },
      ...(finding.status === 'waived' && finding.waiver ? { suppressions: [suppression(finding.waiver)] } : {}),
    };
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'modelgate',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        automationDetails: { id: `${category}/` },
        invocations: [
          {
            executionSuccessful: true,
            ...(left > 0 ? { toolExecutionNotifications: [truncationNotice(left, candidates.length)] } : {}),
          },
        ],
        // Columns come from JavaScript string offsets, which count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeRule(finding: Finding, text: RuleText | undefined): ReportingDescriptor {
  const title = text?.title ?? finding.ruleId;
  const remediation = text?.remediation ?? finding.remediation;
  const evidenced = controlsByFramework(finding.evidences);
  const supported = controlsByFramework(finding.supports);
  const listed = (frameworks: typeof evidenced) => frameworks.map(({ framework, ids }) => `${framework} ${ids.join(', ')}`).join('; ');
  const controls = [evidenced.length && `evidences ${listed(evidenced)}`, supported.length && `supports ${listed(supported)}`].filter(Boolean).join(' · ');
  const docs = markdownUrl(finding.docs);
  const helpText = [remediation && `Fix: ${visibleText(remediation)}`, controls && `Controls: ${visibleText(controls)}`, docs && `Docs: ${docs}`];
  const helpMarkdown = [remediation && `**Fix:** ${markdownText(remediation)}`, controls && `**Controls:** ${markdownText(controls)}`, docs && `[Rule documentation](${docs})`];
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: { text: sarifText(sentence(title)) },
    fullDescription: { text: sarifText(sentence(text?.description?.trim() || title)) },
    help: { text: helpText.filter(Boolean).join('\n\n'), markdown: helpMarkdown.filter(Boolean).join('\n\n') },
    ...(docs ? { helpUri: docs } : {}),
    defaultConfiguration: { level: LEVEL[finding.severity] },
    // Tags filter alerts in code scanning; a control id alone is ambiguous across frameworks.
    properties: { tags: [...new Set([...evidenced, ...supported].flatMap(({ framework, ids }) => ids.map((id) => `${framework} ${id}`)))].slice(0, MAX_TAGS) },
  };
}

function controlsByFramework(controls: Controls): Array<{ framework: string; ids: string[] }> {
  return (Object.keys(FRAMEWORK_NAMES) as Array<keyof Controls>)
    .map((key) => ({ framework: FRAMEWORK_NAMES[key], ids: [...new Set(controls[key] ?? [])] }))
    .filter(({ ids }) => ids.length > 0);
}

/** `data/dataset-license` → `DataDatasetLicense`: SARIF's convention for a rule's friendly name. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Z0-9]+/i)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
}

/** Code scanning shows only the message, so it carries the fix as well. */
function resultText(finding: Finding, text: RuleText | undefined): string {
  const remediation = finding.remediation ?? text?.remediation;
  return sarifText(remediation ? `${sentence(finding.message)} Fix: ${sentence(remediation)}` : sentence(finding.message));
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The end is given only on one line: a span over several lines would mark whole blocks. */
function region(finding: Finding): Region {
  const start = { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) };
  const oneLine = (finding.endLine ?? finding.line) === finding.line && finding.endColumn !== undefined && finding.endColumn > start.startColumn;
  return oneLine ? { ...start, endLine: start.startLine, endColumn: finding.endColumn } : start;
}

function at(file: string, where: Region): PhysicalLocation {
  // A URI, not a path: each segment percent-encoded (spaces, `#`, `%` in file names).
  const uri = file.split('/').map(encodeURIComponent).join('/');
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, region: where } };
}

function logicalLocation(finding: Finding): { name: string; fullyQualifiedName: string; kind?: string } {
  const system = visibleText(finding.system);
  if (!finding.path) return { name: system, fullyQualifiedName: system, kind: 'module' };
  return { name: visibleText(finding.path), fullyQualifiedName: `${system}:${visibleText(finding.path)}` };
}

/**
 * A hash of what identifies a finding apart from where it is printed: rule, file, system and
 * logical path. Findings that share all four are numbered in order (`:1`, `:2`), as
 * github/codeql-action numbers its own line hashes, so each result keeps a distinct fingerprint.
 */
function fingerprintsOf(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = findingIdentity(finding);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

function suppression(waiver: NonNullable<Finding['waiver']>): NonNullable<SarifResult['suppressions']>[number] {
  return {
    kind: 'external',
    status: 'accepted',
    justification: sarifText(`${sentence(waiver.justification)} Approved by ${waiver.approver}; expires ${waiver.expires}.`),
    // Where the waiver is written: the suppression persists there, not in the file at fault.
    location: at(waiver.file, { startLine: waiver.line }),
  };
}

function truncationNotice(left: number, total: number) {
  return {
    level: 'warning',
    message: {
      text: `${left} of ${total} results were left out: GitHub code scanning accepts at most ${MAX_RESULTS_PER_RUN} per run. Errors come first; the JSON report has every finding.`,
    },
  };
}

/** `a/b//` → `a/b`, by one backward walk (`/\/+$/` retries from every slash of a run). */
function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}
