/**
 * The audit export (`--format cyclonedx`): a CycloneDX 1.6 JSON document whose `declarations`
 * attest each system against each framework the policy reports, in CycloneDX's attestation
 * model (CDXA):
 *
 * - targets: each system (an application) with its model and its datasets as components;
 * - claims: one per control per framework per system ("this system meets control X");
 * - evidence: each file a system's check read, with its path, SHA-256, the checks run on it
 *   (rule ids and messages) and their result;
 * - attestations: per system and framework, a map from each requirement (control) to its claim
 *   and conformance (score and rationale), plus the framework's own conformance;
 * - definitions.standards: the frameworks and their controls as requirements.
 *
 * Written as plain JSON (the CycloneDX library has no model of declarations) and validated
 * against the 1.6 schema in the tests. Deterministic: the timestamp is the as-of day, not the
 * time of the run, and the serial number is derived from the document's own content, so the
 * same inputs give the same bytes. Strings from the repository are data in JSON, escaped by
 * JSON.stringify; control characters are written out all the same (visibleText), and paths are
 * percent-encoded in bom-refs and URLs.
 */
import { createHash } from 'node:crypto';
import { loadFrameworks, type FrameworkKey } from '../policy/frameworks.js';
import type { ControlExclusions } from '../policy/types.js';
import type { Finding } from '../types.js';
import { auditSystems, filesOfFinding, type FrameworkAudit, type SystemAudit } from './audit.js';
import { frameworkConformance } from './conformance.js';
import { visibleText } from './escape.js';
import type { Report } from './report.js';

/** Edition or version of each framework, as the standards are published. */
const STANDARD_VERSION: Record<FrameworkKey, string> = {
  iso42001: '2023',
  euAiAct: 'Regulation (EU) 2024/1689',
  nistAiRmf: '1.0 (NIST AI 100-1)',
  iso24028: '2020',
};

const STANDARD_OWNER: Record<FrameworkKey, string> = {
  iso42001: 'ISO/IEC JTC 1/SC 42',
  euAiAct: 'European Parliament and Council of the European Union',
  nistAiRmf: 'National Institute of Standards and Technology',
  iso24028: 'ISO/IEC JTC 1/SC 42',
};

const ASSESSOR = 'assessor:modelgate';

export interface CycloneDxOptions {
  /** Controls the policy excludes (ISO/IEC 42001 Statement of Applicability). */
  exclusions: ControlExclusions;
}

type Json = Record<string, unknown>;

/**
 * Writes the document in pieces, one system at a time, so an export of thousands of systems is
 * never one string (nor one object) in memory. The same text as JSON.stringify(document, null, 2).
 * The serial number comes last: a UUID (version 8, RFC 9562) made from the SHA-256 of everything
 * written before it.
 */
export function writeCycloneDx(report: Report, options: CycloneDxOptions, output: (chunk: string) => void): void {
  const hash = createHash('sha256');
  const write = (chunk: string) => {
    hash.update(chunk);
    output(chunk);
  };
  const systems = () => auditSystems(report, options.exclusions);
  const { provenance } = report;
  const metadata = {
    // The as-of day, not the clock: the same inputs give the same document.
    timestamp: `${provenance.asOf}T00:00:00Z`,
    tools: { components: [{ type: 'application', 'bom-ref': 'tool:modelgate', name: 'modelgate', version: provenance.tool.version }] },
    properties: [
      { name: 'modelgate:commit', value: provenance.commit ?? 'none' },
      { name: 'modelgate:commit-source', value: provenance.commitSource },
      { name: 'modelgate:as-of', value: provenance.asOf },
      { name: 'modelgate:policy-digest', value: provenance.policy.digest },
      ...provenance.policy.packs.map((pack) => ({ name: 'modelgate:policy-pack', value: text(pack) })),
      { name: 'modelgate:verdict', value: report.verdict },
      { name: 'modelgate:fail-on', value: report.failOn },
    ],
  };
  write(`{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",\n  "version": 1,\n  "metadata": ${indented(metadata, 1)},\n`);
  write(`  "definitions": ${indented({ standards: frameworksOf(report).map(standard) }, 1)},\n`);
  write(`  "declarations": {\n    "assessors": ${indented([{ 'bom-ref': ASSESSOR, thirdParty: false }], 2)},\n`);
  const array = (name: string, items: (system: SystemAudit) => Json[], depth: number, last = false) => {
    const pad = '  '.repeat(depth);
    write(`${pad}${JSON.stringify(name)}: [`);
    let first = true;
    for (const system of systems()) {
      for (const item of items(system)) {
        write(`${first ? '' : ','}\n${pad}  ${indented(item, depth + 1)}`);
        first = false;
      }
    }
    write(`${first ? '' : `\n${pad}`}]${last ? '' : ','}\n`);
  };
  array('attestations', (system) => systemDeclarations(system, 'attestations').attestations, 2);
  array('claims', (system) => systemDeclarations(system, 'claims').claims, 2);
  array('evidence', (system) => systemDeclarations(system, 'evidence').evidence, 2);
  write('    "targets": {\n');
  array('components', (system) => [targetComponent(system, ref('system', system.summary.id))], 3, true);
  write('    }\n  },\n');
  output(`  "serialNumber": ${JSON.stringify(serialNumberOf(hash.digest('hex')))}\n}\n`);
}

/** A CycloneDX serial number made from a SHA-256 (hex) of the document: a UUID, version 8 (RFC 9562). */
export function serialNumberOf(hex: string): string {
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** JSON.stringify(value, null, 2), its lines indented to sit `depth` levels deep. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * One system's attestations (one per framework), claims (one per control) and evidence (one per
 * file); each pass over the systems makes only the `part` it writes.
 */
function systemDeclarations(system: SystemAudit, part: 'attestations' | 'claims' | 'evidence'): { attestations: Json[]; claims: Json[]; evidence: Json[] } {
  const claims: Json[] = [];
  const evidence: Json[] = [];
  const attestations: Json[] = [];
  const target = ref('system', system.summary.id);
  const evidenceRefs = new Map<string, string>();
  for (const [file, findings] of evidenceFiles(system)) {
    const bomRef = ref('evidence', system.summary.id, file);
    evidenceRefs.set(file, bomRef);
    if (part === 'evidence') evidence.push(evidenceItem(bomRef, file, system.digests.get(file), findings));
  }
  if (part === 'evidence') return { attestations, claims, evidence };
  for (const framework of system.frameworks) {
    const map: Json[] = [];
    for (const control of framework.controls) {
      const claim = ref('claim', system.summary.id, framework.key, control.id);
      const failingFiles = new Set(control.findings.filter((f) => f.status === 'fail' || f.status === 'waived').flatMap(filesOfFinding));
      const supporting = control.files.filter((f) => !failingFiles.has(f)).map((f) => evidenceRefs.get(f) as string);
      const against = [...failingFiles].sort().map((f) => evidenceRefs.get(f) as string);
      const rationale = `${control.coverage.status}: ${control.meaning.rationale}${rulesText(control.coverage.rules)}`;
      if (part === 'claims') {
        claims.push({
          'bom-ref': claim,
          target,
          predicate: `${text(system.summary.id)} meets ${framework.name} ${control.id} (${control.title})`,
          ...(supporting.length > 0 ? { evidence: supporting } : {}),
          ...(against.length > 0 ? { counterEvidence: against } : {}),
          reasoning: rationale,
        });
        continue;
      }
      const { conformance } = control.meaning;
      map.push({
        requirement: ref('requirement', framework.key, control.id),
        claims: [claim],
        conformance: { ...(conformance === 'not-applicable' ? {} : { score: conformance === 'met' ? 1 : 0 }), rationale },
      });
    }
    if (part === 'claims') continue;
    const overall = frameworkConformance(framework.controls.map((c) => c.meaning));
    map.unshift({ requirement: ref('requirement', framework.key), conformance: { score: overall.score, rationale: frameworkRationale(framework, overall) } });
    attestations.push({
      summary: `${text(system.summary.id)} against ${framework.name}: ${overall.met} of ${overall.assessed} assessed controls evidenced by checks of content`,
      assessor: ASSESSOR,
      map,
    });
  }
  return { attestations, claims, evidence };
}

/** A bom-ref: kind and parts, joined so that different parts cannot make the same ref. */
export function ref(kind: string, ...parts: string[]): string {
  return `${kind}:${parts.map((p) => encodeURIComponent(p)).join('/')}`;
}

/** A repository string as CycloneDX text: no control characters, bounded. */
export function text(value: string): string {
  return visibleText(value, 2000);
}

/** A repository-relative path as an IRI reference (each segment percent-encoded). */
export function pathUrl(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function rulesText(rules: readonly string[]): string {
  return rules.length > 0 ? ` (rules: ${rules.join(', ')})` : '';
}

function frameworkRationale(framework: FrameworkAudit, overall: { met: number; assessed: number }): string {
  const counts = new Map<string, number>();
  for (const control of framework.controls) {
    const key = control.meaning.conformance === 'not-applicable' ? (control.exclusion !== undefined ? 'excluded' : 'not applicable') : control.coverage.status;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
  return (
    `${overall.met} of ${overall.assessed} assessed controls are evidenced by rules that judge content (${parts}). ` +
    'Only evidenced controls count as conformance; failing, waived, unchecked and uncovered controls count against it; excluded and not-applicable controls are left out.'
  );
}

/** The frameworks any system is attested against, in the order the report lists them. */
function frameworksOf(report: Report): Array<{ key: FrameworkKey; name: string; controls: Array<{ id: string; title: string }> }> {
  const seen = new Map<FrameworkKey, { key: FrameworkKey; name: string; controls: Map<string, string> }>();
  const catalogs = loadFrameworks();
  for (const system of report.coverage) {
    for (const framework of system.frameworks) {
      let entry = seen.get(framework.framework);
      if (!entry) seen.set(framework.framework, (entry = { key: framework.framework, name: catalogs.get(framework.framework)?.name ?? framework.name, controls: new Map() }));
      for (const control of framework.controls) entry.controls.set(control.id, control.title);
    }
  }
  // Controls in the framework's own order.
  return [...seen.values()].map(({ key, name, controls }) => {
    const order = [...(catalogs.get(key)?.controls.keys() ?? [])];
    const ids = [...controls.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return { key, name, controls: ids.map((id) => ({ id, title: controls.get(id) as string })) };
  });
}

function standard(framework: { key: FrameworkKey; name: string; controls: Array<{ id: string; title: string }> }): Json {
  const root = ref('requirement', framework.key);
  return {
    'bom-ref': ref('standard', framework.key),
    name: framework.name,
    version: STANDARD_VERSION[framework.key],
    description: `Control identifiers and modelgate's own short titles (no text of the standard is reproduced); the first requirement stands for every control of ${framework.name} in the policy's coverage scope.`,
    owner: STANDARD_OWNER[framework.key],
    requirements: [
      { 'bom-ref': root, identifier: framework.name, title: `Every control of ${framework.name} in the policy's coverage scope` },
      ...framework.controls.map((control) => ({ 'bom-ref': ref('requirement', framework.key, control.id), identifier: control.id, title: control.title, parent: root })),
    ],
  };
}

function targetComponent(system: SystemAudit, bomRef: string): Json {
  const { summary } = system;
  const model: Json = {
    type: 'machine-learning-model',
    'bom-ref': ref('model', summary.id),
    name: text(summary.name ?? summary.id),
    ...(summary.version ? { version: text(summary.version) } : {}),
    ...(summary.card ? { externalReferences: [{ type: 'model-card', url: pathUrl(summary.card) }] } : {}),
  };
  const seen = new Set<string>();
  const datasets = (summary.datasets ?? []).flatMap((dataset): Json[] => {
    if (seen.has(dataset.id)) return [];
    seen.add(dataset.id);
    return [{ type: 'data', 'bom-ref': ref('dataset', summary.id, dataset.id), name: text(dataset.id), ...(dataset.role ? { description: `${text(dataset.role)} data` } : {}) }];
  });
  return {
    type: 'application',
    'bom-ref': bomRef,
    name: text(summary.id),
    ...(summary.version ? { version: text(summary.version) } : {}),
    ...(summary.name ? { description: text(summary.name) } : {}),
    externalReferences: [{ type: 'other', url: pathUrl(summary.manifest), comment: 'the system manifest (ai-system.yaml)' }],
    components: [model, ...datasets],
  };
}

/** Each file a system's findings judged, or its check read, with those findings (sorted by path). */
function evidenceFiles(system: SystemAudit): Array<[string, Finding[]]> {
  const byFile = new Map<string, Finding[]>();
  for (const file of system.digests.keys()) byFile.set(file, []);
  for (const finding of system.findings) {
    for (const file of filesOfFinding(finding)) {
      const list = byFile.get(file);
      if (list) list.push(finding);
      else byFile.set(file, [finding]);
    }
  }
  return [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const RESULT_ORDER: ReadonlyArray<Finding['status']> = ['fail', 'waived', 'pass', 'not-applicable'];

function evidenceItem(bomRef: string, file: string, sha256: string | undefined, findings: readonly Finding[]): Json {
  const result = findings.length === 0 ? 'read' : (RESULT_ORDER.find((s) => findings.some((f) => f.status === s)) as string);
  const checks = findings.map((f) => ({ rule: f.ruleId, status: f.status, line: f.line, message: text(f.message) }));
  const counts = RESULT_ORDER.map((s) => [s, findings.filter((f) => f.status === s).length] as const).filter(([, n]) => n > 0);
  return {
    'bom-ref': bomRef,
    propertyName: 'modelgate:evidence-file',
    description:
      `${text(file)}${sha256 ? ` (sha256 ${sha256})` : ' (not read: only its existence was checked, so it has no digest)'}: ` +
      (findings.length === 0 ? 'read by the check; no rule judged it' : `${counts.map(([s, n]) => `${n} ${s}`).join(', ')}; result ${result}`),
    data: [
      {
        name: text(file),
        contents: {
          attachment: { contentType: 'application/json', content: JSON.stringify({ path: file, sha256: sha256 ?? null, result, checks }) },
          url: pathUrl(file),
        },
      },
    ],
  };
}
